package org.factline.extraction;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factline.measure.FigureParser;

/** The noun a number counts: "500,000 free doses" counts doses; "26 years" is a duration, not a count. */
final class CountedNoun {

    /**
     * A word after the number; a measure joined to its number may stand before the noun ("60-kilogramme bags"), and a
     * model's name may have digits ("210 A320neo narrowbodies").
     */
    private static final Pattern WORD = Pattern.compile(
            "\\G\\s+((?:\\d+(?:\\.\\d+)?-(?=\\p{L}))?[\\p{L}][\\p{L}\\d’'-]*)");
    /** A model's number after its maker's name: "737" of "Boeing 737", "777X", "787-9", "5" of "PlayStation 5". */
    private static final Pattern MODEL = Pattern.compile("\\G\\s+\\d{1,4}[A-Za-z]{0,3}(?:-\\d{1,2})?(?=\\s)");
    /** A model's number with its letters right after the count: "777X" of "30 777X jets", "320XLR". */
    private static final Pattern LETTERED_MODEL = Pattern.compile("\\G\\s+\\d{2,4}[A-Z]{1,3}(?:-\\d{1,2})?(?=\\s)");
    /** A unit with its slash after the number: "615 EH/s", "120 km/h", "850 mmcf/d". */
    private static final Pattern SLASH_UNIT = Pattern.compile("\\G\\s+(\\p{L}{1,4}/\\p{L}{1,3})(?![\\p{L}/])");

    /** Nouns that make the number before them a duration, a time, a multiplier or a name, not a figure. */
    private static final Set<String> NOT_COUNTED = Set.of(
            "years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries", "quarters",
            "nights", "weekends", "times", "fold", "o'clock", "am", "pm", "hrs", "mins", "yrs", "innings", "runs",
            "goals", "votes", "seats",
            // a chip's process, which names its technology: "chips of 7 nanometres and smaller"
            "nanometres", "nanometers");

    /** Words that end the phrase after a number: its counted noun comes before them. */
    private static final Set<String> STOP = Set.of(
            "of", "in", "to", "a", "an", "the", "per", "from", "for", "by", "and", "or", "on", "at", "with", "that",
            "which", "who", "were", "was", "is", "are", "be", "been", "being", "have", "has", "had", "will", "would",
            "could", "should", "may", "might", "can", "this", "these", "those", "last", "next", "each", "since", "than",
            "when", "after", "before", "across", "over", "under", "into", "it", "its", "their", "his", "her", "our",
            "as", "but", "so", "if", "while", "between", "during", "up", "down", "off", "out", "about",
            "around", "against", "not", "also", "already", "now", "only", "year", "month", "week", "day", "said",
            "says", "according", "compared", "versus", "vs", "through", "until", "within", "without");

    /** Verbs that look like plurals, right after a number: "the nation of 22 million hopes to grow". */
    static final Set<String> VERBS = Set.of("hopes", "expects", "wants", "seeks", "remains", "continues",
            "aims", "faces", "intends", "believes", "lives", "plans", "needs", "says", "means", "makes", "takes",
            "earns", "pays", "owns", "gets", "goes", "does");

    private static final Pattern CARDINAL = Pattern.compile(org.factline.measure.NumberWords.CARDINAL_WORDS);

    /** "had expected", "forecast": a verb of expecting after the noun before it. */
    private static final Pattern EXPECTED_BY = Pattern.compile(
            "(?i)\\s+(had\\s+)?(?:have\\s+|were\\s+)?(?:expected|forecast|forecasted|predicted|anticipated|projected|"
            + "estimated|pencilled\\s+in|penciled\\s+in|sought|requested|asked\\s+for|wanted|demanded|planned|"
            + "budgeted|targeted)\\b");

    private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe\\s+$");
    /**
     * "10 of 14", "3 out of the 4": the whole of a share, before its number (not "short of the 457,000 analysts had
     * expected", a comparison).
     */
    private static final Pattern SHARE_BEFORE = Pattern.compile(
            "(?i)(?<!\\bshort\\s|\\bahead\\s|\\binstead\\s)\\b(?:of|out\\s+of)\\s+(?:the\\s+)?$");

    /** Square metres, feet and kilometres as property reports shorten them: "sq m", "sq ft", "sq km". */
    private static final Pattern SQUARE_SHORT = Pattern.compile("(?i)sq\\.?\\s?(?:m|ft|km)(?![\\p{L}])");

    /** "working ", "person-": the word that makes the days after it a count of work lost or done. */
    private static final Pattern WORKING_BEFORE = Pattern.compile("(?i)\\b(?:working|work|person|man)[\\s-]+$");

    /** " were lost", " lost to strikes": the work a count of days stands for, lost. */
    private static final Pattern LOST_AFTER = Pattern.compile("(?i)\\s+(?:(?:were|was|have\\s+been|had\\s+been)\\s+)?"
            + "lost\\b");

    /** "on 289": days after it are days something happened on, counted ("rain fell on 150 days"). */
    private static final Pattern ON_BEFORE = Pattern.compile("(?i)\\bon\\s+[\\d,.]+\\s*$");
    /** "days' notice", "days notice": a length of time after all. */
    private static final Pattern NOTICE_AFTER = Pattern.compile("(?i)'?\\s*notice\\b");

    /** A scale word right before: "mln ", "billion ". */
    private static final Pattern SCALE_BEFORE = Pattern.compile("(?i)\\b(?:mln|million|bln|billion)\\s*$");

    private CountedNoun() {
    }

    /**
     * Where the counted noun after position {@code p} ends ("500,000 free doses": after "doses"), 0 when the
     * words after the number name nothing counted, -2 when they make it a duration or a time.
     */
    static int end(String text, int p) {
        if (p < text.length() && Character.isLetter(text.charAt(p))) {
            // A unit written onto its number: "6,000MW".
            int e = p;
            while (e < text.length() && Character.isLetter(text.charAt(e))) {
                e++;
            }
            return org.factline.measure.Quantities.isUnit(text.substring(p, e)) ? e : 0;
        }
        Matcher slash = SLASH_UNIT.matcher(text).region(p, text.length());
        if (slash.lookingAt() && org.factline.measure.Quantities.isUnit(slash.group(1))) {
            return slash.end();
        }
        Matcher w = WORD.matcher(text);
        int at = p;
        boolean named = false;
        for (int i = 0; i < 5; i++) {
            w.region(at, text.length());
            if (!w.lookingAt()) {
                Matcher model;
                if (named && (model = MODEL.matcher(text).region(at, text.length())).lookingAt()) {
                    at = model.end(); // "50 Boeing 737 aircraft", "29 Boeing 737 MAX 9 jets"
                    named = false;
                    continue;
                }
                if (i == 0 && (model = LETTERED_MODEL.matcher(text).region(at, text.length())).lookingAt()) {
                    at = model.end(); // "30 777X jets": the model, then the noun it counts
                    continue;
                }
                return 0;
            }
            String word = w.group(1);
            if (i == 0 && word.equals("T") && SCALE_BEFORE.matcher(text.substring(Math.max(0, p - 12), p)).find()) {
                return w.end(); // "10.6 mln T": tonnes, as wire headlines write them after a scale word
            }
            if (i > 0 && named && word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
                at = w.end(); // "1,052 Category A certificates": a class's letter after its name
                continue;
            }
            named = Character.isUpperCase(word.charAt(0));
            String lower = word.toLowerCase(Locale.ROOT);
            if (i == 0 && Set.of("day", "night", "week").contains(lower)) {
                Matcher next = WORD.matcher(text).region(w.end(), text.length());
                String following = next.lookingAt() ? next.group(1).toLowerCase(Locale.ROOT) : "";
                if (FigureParser.isPluralNoun(following) && !STOP.contains(following) && !VERBS.contains(following)) {
                    at = w.end(); // "30,000 day visitors", "500 night workers": the noun the time word qualifies
                    continue;
                }
            }
            if (i > 0 && lower.equals("days") && WORKING_BEFORE.matcher(text.substring(p, w.start(1))).find()
                    && LOST_AFTER.matcher(text).region(w.end(), text.length()).lookingAt()) {
                // "1.2 million working days were lost": days counted, not a duration ("September had 21.5 working
                // days" is a month's length)
                return w.end();
            }
            if (i == 0 && lower.equals("days") && ON_BEFORE.matcher(text.substring(Math.max(0, p - 24), p)).find()
                    && !NOTICE_AFTER.matcher(text).region(w.end(), text.length()).lookingAt()) {
                return w.end(); // "load-shedding on 289 days during the year": days counted, not a duration
            }
            if (NOT_COUNTED.contains(lower) || (i == 0 && Set.of("year", "month", "week", "day", "hour", "minute",
                    "am", "pm", "a.m", "p.m").contains(lower))) {
                return -2;
            }
            if (i > 0 && !named && (lower.equals("and") || lower.equals("or"))
                    && !SCALE_BEFORE.matcher(text.substring(p, w.start())).find()) {
                // "1,580 electric and hybrid vehicles": two words of one noun (not "4.5 million and Indians at")
                at = w.end();
                continue;
            }
            if (lower.equals("ones")) {
                return 0; // "15,000 jobs during construction and 3,000 permanent ones": the noun before, not "ones"
            }
            if (STOP.contains(lower) || i == 0 && VERBS.contains(lower) || CARDINAL.matcher(lower).matches()) {
                return 0; // "against 250 two years ago": what follows another number is that number's
            }
            Matcher expected = EXPECTED_BY.matcher(text).region(w.end(), text.length());
            if (FigureParser.isPluralNoun(lower) && expected.lookingAt()) {
                // "the 150,000 economists had expected": those who expected the number, not what it counts ("30
                // analysts expected a cut" and "10 of 14 economists had forecast" count them)
                String before = text.substring(0, Standing.numberStart(text, p));
                if (!SHARE_BEFORE.matcher(before).find()
                        && (expected.group(1) != null || THE_BEFORE.matcher(before).find())) {
                    return 0;
                }
            }
            if (FigureParser.isPluralNoun(lower) || FigureParser.isAcronymPlural(word)
                    || org.factline.measure.Quantities.isUnit(word)) {
                Matcher next = WORD.matcher(text).region(w.end(), text.length());
                if (i < 3 && (named || lower.endsWith("s") && !org.factline.measure.Quantities.isUnit(word)
                        && !lower.startsWith("cent") && FigureParser.currencyOfWord(lower).isEmpty())
                        && next.lookingAt() && !next.group(1).equals("people")
                        && Character.isLowerCase(next.group(1).charAt(0))
                        && FigureParser.isPluralNoun(next.group(1)) && !STOP.contains(next.group(1))
                        && !VERBS.contains(next.group(1))) {
                    // "366 Abrams tanks", "12 Rafales jets": a name ending in s before the noun; "127,350 measles
                    // cases", "40 news outlets": a noun in s that qualifies the counted one
                    at = w.end();
                    continue;
                }
                if (i < 3 && !lower.endsWith("s") && FigureParser.isPluralNoun(lower) && next.lookingAt()
                        && FigureParser.isAcronymPlural(next.group(1))) {
                    // "10 spot bitcoin ETFs": a noun that is its own plural, before the counted one ("200 million
                    // people spends" has its verb after it)
                    return next.end();
                }
                return w.end();
            }
            Matcher square = SQUARE_SHORT.matcher(text).region(w.start(1), text.length());
            if (square.lookingAt()) {
                return square.end(); // "391 million sq m": square metres
            }
            at = w.end();
        }
        return 0;
    }
}
