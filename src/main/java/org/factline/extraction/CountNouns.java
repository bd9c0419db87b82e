package org.factline.extraction;

import static org.factline.extraction.Sentences.sentenceOf;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factline.measure.FigureParser;

/**
 * What a number with no noun of its own counts, read from the words around it: the noun of the last count before it
 * ("added 69,000 jobs, health care 45,000"), the noun "the number of" names ("The number of enterprises reached
 * 645,000"), "passenger traffic" (passengers), "Of the 36 states, 22" (states), "Of those leaving, 51,100" (what the
 * sentence before counted), "the Russians who came" (russians). Text only: these lookups read no other figure.
 */
final class CountNouns {

    private CountNouns() {
    }

    /** "accounted for 50,000 of the new jobs": a whole number counts the noun of the group it is a part of. */
    static final Pattern PART_OF_THE = Pattern.compile("\\G\\s+of\\s+(?:the|its|their|these|those)(?=\\s)",
            Pattern.CASE_INSENSITIVE);

    /** What a number before a bare one may be followed by without counting anything: points, units of measure. */
    private static final Pattern NOT_A_COUNT = Pattern.compile("(?i)\\b(?:points?|pts|bps|cents?)$");

    /**
     * "The number of foreign trade enterprises … reached 645,000", "The backlog of asylum claims … stood at": what is
     * counted, named before the verb.
     */
    private static final Pattern NUMBER_OF = Pattern.compile(
            "(?i)(?:\\bthe\\s+|^[\\s\"“]*)(?:number|backlog)\\s+of(?=\\s)");

    /** "plans to cut ", "will raise ": a verb that sets the number named after it. */
    private static final Pattern SETS_THE_NUMBER = Pattern.compile("(?i)\\b(?:cut(?:s|ting)?|reduc(?:e|es|ed|ing)|"
            + "lower(?:s|ed|ing)?|rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|increas(?:e|es|ed|ing)|limit(?:s|ed|ing)?|"
            + "cap(?:s|ped|ping)?|bring(?:s|ing)?|brought|boost(?:s|ed|ing)?)\\s+$");
    /**
     * " to ", " by about ", " allowed through each day to ": what leads from the noun a verb sets to its number, a few
     * words that qualify the noun allowed.
     */
    private static final Pattern TO_OR_BY = Pattern.compile("(?i)\\s*(?:[\\p{L}-]+\\s+){0,4}?(?:to|by)\\s+"
            + FigureExtractor.HEDGE);

    private static final Pattern VERB_BEFORE_COUNT = Pattern.compile("(?i)\\b(?:rose|fell|climbed|dropped|declined|"
            + "increased|decreased|jumped|grew|reached|reaches|hit|hits|tops|topped|passed|passes|totall?ed|was|were|"
            // "fell for the first time in a decade, dropping 0.3% to"
            + "rising|falling|dropping|climbing|declining|growing|jumping|"
            // "the number of people in its shelters fell below 56,000"
            + "(?:fell|dropped|rose|climbed)\\s+(?:below|under|above|past)|"
            + "stood\\s+at|(?:has\\s+|have\\s+)?(?:halved|doubled|tripled|fallen|risen|grown|shrunk)|"
            // "was little changed at", "remained steady at"
            + "(?:was|were|remained|stayed|held)\\s+(?:(?:little|largely|broadly|almost)\\s+)?(?:changed|unchanged|"
            + "steady|flat|stable)\\s+at),?\\s+"
            // "has also risen, to an average of 53"
            + "(?:(?:to|by|from)\\s+(?:an?\\s+average\\s+of\\s+)?)?"
            + "(?:(?:a\\s+)?(?:new\\s+)?record\\s+(?:of\\s+)?|an\\s+all-time\\s+high\\s+of\\s+)?"
            + FigureExtractor.HEDGE + "$");

    /** " since 2000", " in 2023": when a change began or the year it is of, which says nothing of what is counted. */
    private static final Pattern SINCE_YEAR = Pattern.compile("(?i)\\s+(?:since|in|during)\\s+(?:1[89]|20)\\d\\d"
            + "(?!\\d)");

    /**
     * " from 412,000 to ", " by 296,000 to ", " 11% to ", " by 27,300 in April to ": a change's first end or its size,
     * before the level it came to.
     */
    private static final Pattern FROM_NUMBER_TO = Pattern.compile("(?i)\\s+(?:(?:from|by)\\s+" + FigureExtractor.HEDGE
            + "\\d[\\d,.]*|(?:by\\s+)?\\d[\\d.]*\\s?(?:%|percent|per\\s+cent))(?:\\s+(?:in|over|during|from|on)\\s+"
            + "[^\\d,;.]{1,30}?)?\\s+to\\s+" + FigureExtractor.HEDGE + "$");

    /** "2.3 million who", "9.1 million employed": people, named by what they do or what they are. */
    static final Pattern PEOPLE_AFTER = Pattern.compile("(?i)\\G\\s+(?:(who)|(?:self-)?employed|unemployed|"
            + "jobless|displaced|homeless|uninsured)\\b");

    /**
     * "3 million left the region", "about 700,000 still live in container cities": a verb only people are the subject
     * of, right after a number with no noun.
     */
    static final Pattern PEOPLE_VERB_AFTER = Pattern.compile("(?i)\\G\\s+(?:(?:still|now|have|had|already|have\\s+"
            + "since)\\s+)?(?:fled|live|lived|living|died|emigrated|migrated|left\\s+(?:the|their|for|home))\\b");

    /** "the Russians who came": people named as those who did something. */
    private static final Pattern PEOPLE_WHO = Pattern.compile("(?i)\\b(\\p{L}+)\\s+who\\s+\\p{L}");

    /**
     * The people the sentence of {@code at}, or the one before it (across a paragraph, as an answer follows its
     * question), names as those who did something ("And the Russians who came in 2022?"); null when it names none.
     */
    static String peopleWho(String text, int at, List<int[]> sentences) {
        int opens = sentenceOf(at, sentences)[0];
        int from = opens > 0 ? sentenceOf(opens - 1, sentences)[0] : opens;
        Matcher m = PEOPLE_WHO.matcher(text).region(Math.min(from, at), at);
        String found = null;
        while (m.find()) {
            String noun = m.group(1).toLowerCase(Locale.ROOT);
            found = FigureParser.isPluralNoun(noun) ? noun : found;
        }
        return found;
    }

    /**
     * The noun of the last count written in digits before {@code at} in its sentence or the one before, or null:
     * "159,000 jobs added instead of the previously reported 142,000", "Manufacturing employment fell by 7,000". A
     * number that states a change ({@code change}) looks up to three sentences back, across one paragraph break:
     * "lost 2,200 jobs in March." then a paragraph with "had expected a gain of 25,000. Full-time work fell by 8,200";
     * a new paragraph is otherwise as often a new subject ("Officials counted 1,500 in total").
     */
    static String countNear(String text, int at, boolean change, List<int[]> sentences) {
        int[] s = sentenceOf(at, sentences);
        String noun = countBefore(text, at, sentences);
        int breaks = 0;
        for (int back = 1; noun == null && s[0] > 0 && back <= (change ? 3 : 1); back++) {
            int[] previous = sentenceOf(s[0] - 1, sentences);
            if (text.substring(Math.min(previous[1], s[0]), s[0]).contains("\n\n") && (!change || ++breaks > 1)) {
                break;
            }
            noun = countBefore(text, s[0] - 1, sentences);
            s = previous;
        }
        return noun;
    }

    /**
     * "443 companies were traded, of which 98 registered gains, 318 recorded losses and 27 remained unchanged": after
     * "of which" (or "of whom", "of them"), and in the list it starts, a number counts what the count before it does.
     */
    private static final Pattern OF_WHICH = Pattern.compile("(?i)\\bof\\s+(?:which|whom|them)\\s+(?:\\d[^.;]*?"
            + "(?:,|\\band)\\s+)?" + FigureExtractor.HEDGE + "$");

    /**
     * The noun of the count an "of which" before {@code ns} refers to, or the one a sentence opens with ("Of the 36
     * states and Union territories, 22 reported growth": states) or that one before it opens with ("Of those leaving,
     * 51,100 suspended operations": what was counted before), or null.
     */
    static String ofWhich(String text, int ns, List<int[]> sentences) {
        int from = Math.min(sentenceOf(ns, sentences)[0], ns);
        if (OF_THE_COUNT_LEADS.matcher(text.substring(from, ns)).find()) {
            // "Of the 28, 19 expect": the whole's noun, or that of the count it names again ("a poll of 28 economists")
            return Optional.ofNullable(countBefore(text, ns, sentences)).orElseGet(() -> countNear(text, ns, true,
                    sentences));
        }
        if (ofThoseLeads(text, from, ns)) {
            // what the sentence before counted, or the paragraph before ("… Syria and Afghanistan follow.\n\nOf the
            // total, 72.1 million")
            return Optional.ofNullable(countBefore(text, from - 1, sentences))
                    .orElseGet(() -> countNear(text, from - 1, true, sentences));
        }
        Matcher lead = OF_THE_NOUN_LEADS.matcher(text.substring(from, ns));
        if (lead.find() && FigureParser.isPluralNoun(lead.group(1).toLowerCase(Locale.ROOT))) {
            return lead.group(1).toLowerCase(Locale.ROOT); // "Of the jobs to go, as many as 1,000": jobs
        }
        Matcher m = OF_WHICH.matcher(text.substring(from, ns));
        if (m.find()) {
            return countBefore(text, from + m.start(), sentences);
        }
        // "2,473 shops, 1,644 of them company-managed and 829 run by franchisees": the rest of the same whole
        m = OF_THEM_AND.matcher(text.substring(from, ns));
        return m.find() ? countBefore(text, from + m.start(), sentences) : null;
    }

    /** "1,644 of them company-managed and": a part of a count named before, then another part's number. */
    private static final Pattern OF_THEM_AND = Pattern.compile("(?i)(?<![\\d.,])\\d[\\d,]*\\s+of\\s+(?:them|which|whom)"
            + "\\b[^.;\\d]{1,60}?(?:,|\\band|\\bwhile)\\s+(?:only\\s+|just\\s+)?" + FigureExtractor.HEDGE + "$");

    /** A sentence that opens with "Of the jobs to go," and comes to a number: a count of the plural it names. */
    private static final Pattern OF_THE_NOUN_LEADS = Pattern.compile("(?i)^[\\s\"“]*of\\s+(?:the|its|their)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,2}?(\\p{L}+s)(?![\\p{L}'’])(?:\\s+[^,;:\\d]*)?,\\s+"
            + "(?:up\\s+to\\s+|only\\s+|just\\s+)?"
            + FigureExtractor.HEDGE + "$");

    /**
     * A sentence that opens with "Of the 36 states …,", "Of the country's 20.6 million people,", "Of every 10,000
     * companies," or "Of 25 analysts polled," and comes to a number right after the comma, or to another after "and"
     * or a comma ("19 had expected a cut and 6 a larger one", "289 declined, 61 advanced and 46 remained unchanged").
     */
    private static final Pattern OF_THE_COUNT_LEADS = Pattern.compile("(?i)^[\\s\"“]*of\\s+"
            + "(?:(?:the|its|their|these|those|every|each)\\s+)?(?:\\p{L}+['’]s\\s+)?\\d[\\d,.]*"
            + "(?:\\s+[^,;:\\d]*)?,\\s+"
            + "(?:\\d[^;:]*?(?:,|\\b(?:and|while|but))\\s+)?"
            + "(?:only\\s+|just\\s+|some\\s+|about\\s+|around\\s+|nearly\\s+)?$");

    /** "Of the 70 cities surveyed, ": a whole counted, whose part comes next. */
    private static final Pattern OF_THE_WHOLE_LEADS = Pattern.compile("(?i)\\bof\\s+(?:the|its|their)\\s+[\\d,.]+\\s+"
            + "(?:[\\p{L}-]+\\s+)?\\p{L}+s\\b[^,.;\\d]{0,40},\\s*$");
    /** A sentence that opens with "Of those leaving," or "Of them," and comes to a number: more of the last count. */
    private static final Pattern OF_THOSE_LEADS = Pattern.compile("(?i)^[\\s\"“]*of\\s+(?:those|these|them|"
            + "the\\s+total|the\\s+whole)"
            + "(?:\\s+[^,;:\\d]*)?,\\s+(?:only\\s+|just\\s+|some\\s+|about\\s+|around\\s+|nearly\\s+)?$");

    /**
     * Whether the sentence from {@code from} opens with "Of those leaving," and comes to the number at {@code ns},
     * which is no "8,043 were unaccompanied minors" (a count of its own, named after its verb).
     */
    static boolean ofThoseLeads(String text, int from, int ns) {
        if (from == 0 || from > ns || !OF_THOSE_LEADS.matcher(text.substring(from, ns)).find()) {
            return false;
        }
        Matcher n = FigureExtractor.NUMBER.matcher(text).region(ns, text.length());
        return !n.lookingAt() || !COPULA_AFTER.matcher(text).region(n.end(), text.length()).lookingAt();
    }

    private static final Pattern COPULA_AFTER = Pattern.compile("(?i)\\G\\s+(?:were|are|was|is)\\b");

    /**
     * The noun "the number of" names in the text from {@code from} to {@code at}, when a verb of change or state
     * leads from it to the number at {@code at} with no other number between: "The number of foreign trade
     * enterprises with import and export records reached 645,000" counts enterprises. Null otherwise.
     */
    static String numberOfNoun(String text, int from, int at) {
        MatchResult last = lastNumberOf(text, from, at);
        if (last == null) {
            return null;
        }
        int after = last.end();
        int numberOf = last.start();
        int nounEnd = CountedNoun.end(text, after);
        Matcher adjective = PEOPLE_AFTER.matcher(text).region(after, text.length());
        boolean people = nounEnd <= 0 && adjective.lookingAt() && adjective.group(1) == null;
        if (people) {
            nounEnd = adjective.end(); // "the number of unemployed fell by 328,000": people
        }
        // "the number of unemployed people fell from 412,000 to 331,000", "increased by 296,000 to 16.8 million": the
        // change's two ends are both of them
        String between = nounEnd <= 0 || nounEnd > at ? "" : FROM_NUMBER_TO.matcher(SINCE_YEAR.matcher(
                text.substring(nounEnd, at)).replaceAll("")).replaceFirst(" to ");
        // "plans to cut the number of new permanent residents to 395,000": a number set by the verb before it
        boolean set = SETS_THE_NUMBER.matcher(text.substring(from, numberOf)).find()
                && TO_OR_BY.matcher(between).matches();
        if (nounEnd <= 0 || nounEnd > at || FigureExtractor.NUMBER.matcher(between).find()
                || at - nounEnd > 100 || !set && !VERB_BEFORE_COUNT.matcher(between).find()) {
            return null;
        }
        return people ? "people" : lastWord(text, after, nounEnd);
    }

    /**
     * The noun the last "the number of" in the text from {@code from} to {@code at} names, whatever stands between:
     * "The number of homes for sale was 11% higher …, at about 30 per branch" counts homes. Null when none.
     */
    static String numberOfNamed(String text, int from, int at) {
        MatchResult last = lastNumberOf(text, from, at);
        int nounEnd = last == null ? 0 : CountedNoun.end(text, last.end());
        return nounEnd <= 0 || nounEnd > at ? null : lastWord(text, last.end(), nounEnd);
    }

    /** The last "the number of" in the text from {@code from} to {@code at}, or null. */
    private static MatchResult lastNumberOf(String text, int from, int at) {
        if (from >= at) {
            return null;
        }
        Matcher m = NUMBER_OF.matcher(text).region(from, at);
        MatchResult last = null;
        while (m.find()) {
            last = m.toMatchResult();
        }
        return last;
    }

    /** The last word of the noun from {@code from} to {@code end}, in lower case ("trade enterprises": enterprises). */
    static String lastWord(String text, int from, int end) {
        String words = text.substring(from, end).strip().toLowerCase(Locale.ROOT);
        return words.substring(words.lastIndexOf(' ') + 1);
    }

    /** "passenger traffic", "visitor numbers": a count whose noun is written once, in the singular, before it. */
    private static final Pattern TRAFFIC = Pattern.compile("(?i)\\b(passenger|visitor|tourist|subscriber|customer|"
            + "user|student|pilgrim)\\s+(?:traffic|numbers|count|volumes?)\\b");

    /** " rose 7.6% to ", " reached ": what leads from such a subject to its count. */
    private static final Pattern TRAFFIC_TO = Pattern.compile("(?i)\\b(?:to|at|reached|hit|topped|totall?ed|passed)\\s+"
            + FigureExtractor.HEDGE + "$");

    /**
     * The noun a count takes from "passenger traffic" or "visitor numbers" before it in its sentence, when the
     * sentence leads from it to the number at {@code at} with "to", "at" or "reached" and names no other count noun
     * between, or null.
     */
    static String trafficNoun(String text, int from, int at) {
        if (from >= at || !TRAFFIC_TO.matcher(text.substring(from, at)).find()) {
            return null;
        }
        Matcher m = TRAFFIC.matcher(text).region(from, at);
        String noun = null;
        int after = -1;
        while (m.find()) {
            noun = m.group(1).toLowerCase(Locale.ROOT) + "s";
            after = m.end();
        }
        if (noun == null || at - after > 120) {
            return null;
        }
        Matcher n = FigureExtractor.NUMBER.matcher(text).region(after, at);
        while (n.find()) {
            if (CountedNoun.end(text, n.end()) > 0) {
                return null; // "passenger traffic rose with 40 more flights to": that count's noun, not the traffic's
            }
        }
        return noun;
    }

    private static final Pattern METRIC_TONS = Pattern.compile("\\bmetric\\s+tons?$");
    /** "* Jobless total: 254,000": a list's line labelled by the people it counts. */
    static final Pattern PEOPLE_LABEL = Pattern.compile("(?i)(?:^|\\n)[-–•*\\s]*(?:jobless|unemployed)(?:\\s+(?:total|"
            + "number|count|people))?:\\s+$");

    /**
     * What the words from {@code from} to a number with no noun of its own say it counts, or null: people ("* Jobless
     * total: 254,000", "Net migration was an estimated 728,000"), the noun "the number of" names, or a traffic's.
     */
    private static String namedBefore(String text, int from, int number) {
        String upTo = text.substring(from, number);
        if (PEOPLE_LABEL.matcher(upTo).find() || FigureExtractor.PEOPLE_NAMED_BY_ACTIVITY.matcher(upTo).find()) {
            return "people";
        }
        return Optional.ofNullable(numberOfNoun(text, from, number)).orElseGet(() -> trafficNoun(text, from, number));
    }

    /** The noun of the last count written in digits in the sentence before {@code at}, or null. */
    static String countBefore(String text, int at, List<int[]> sentences) {
        int from = sentenceOf(at, sentences)[0];
        String noun = null;
        Matcher n = FigureExtractor.NUMBER.matcher(text).region(Math.min(from, at), at);
        while (n.find()) {
            if (!Standing.alone(text, n.start(), n.end())) {
                continue; // "the budget for 2024/25 totals": the end of a fiscal year counts nothing
            }
            if (ofThoseLeads(text, from, n.start())) {
                noun = countBefore(text, from - 1, sentences); // "Of those leaving, 51,100 suspended operations"
                continue;
            }
            if (noun != null && OF_THE_WHOLE_LEADS.matcher(text.substring(from, n.start())).find()) {
                continue; // "Of the 70 cities surveyed, 62 reported monthly price declines": cities, as the whole
            }
            int nounStart = n.end();
            int nounEnd = CountedNoun.end(text, nounStart);
            Matcher part = PART_OF_THE.matcher(text).region(nounStart, text.length());
            if (nounEnd == 0 && part.lookingAt()) {
                nounStart = part.end(); // "50,000 of the new jobs"
                nounEnd = CountedNoun.end(text, nounStart);
            }
            String named = nounEnd != 0 ? null : namedBefore(text, Math.min(from, at), n.start());
            if (named != null) {
                noun = named; // "the number of enterprises reached 645,000, an increase of 17,000"
                continue;
            }
            String words = nounEnd > 0 && nounEnd <= at
                    ? text.substring(nounStart, nounEnd).strip().toLowerCase(Locale.ROOT) : null;
            if (words != null && !NOT_A_COUNT.matcher(words).find()) {
                // "new businesses" counts businesses, "metric tons" tonnes (as the parser reads them); "50 basis
                // points" or "40 GW" before it count nothing
                String written = text.substring(nounStart, nounEnd).strip();
                written = written.substring(written.lastIndexOf(' ') + 1);
                noun = METRIC_TONS.matcher(words).find() ? "tonnes" : FigureParser.isAcronymPlural(written) ? written
                        : words.substring(words.lastIndexOf(' ') + 1); // "COEs", "TEUs" keep their capitals
            } else if (words != null) {
                noun = null; // "59.5 cents on the dollar, … 1,200 basis points …, from 2,000": points last, none
            }
        }
        return noun;
    }
}
