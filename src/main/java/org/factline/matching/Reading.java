package org.factline.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factline.extraction.Candidate;
import org.factline.measure.Frequency;
import org.factline.measure.Period;
import org.factline.measure.Units;
import org.factline.observation.ObservationStatus;

/**
 * What a figure's sentence says about it besides the number: the period (a year, "last year", or a quarter or month
 * when it names one), the kind of figure (requested, forecast, estimate or a result), and whether it states a change.
 *
 * @param period       the period stated or implied, null when there is no telling
 * @param annual       whether that period is a year
 * @param comparable   whether the value can be set against a stored level (a change in percentage points cannot)
 * @param change       whether a direction word makes it a change ("grew", "shrank by")
 * @param periodWeight the log-odds the period's source adds: stated 1, relative 0.6, only the publication date -0.3
 * @param otherPeriods the sentence's other years, when the figure's is not said right beside it ("grew 4.1% in 2022
 *                     after 5.7% in 2021, making the economy worth $299 billion"): the data may tell which
 * @param periodShared whether the period is only the nearest year, and that year another figure's: then every year
 *                     of the sentence is as likely, and none is linked without an editor
 */
record Reading(Period period, ObservationStatus status, boolean annual, boolean comparable, boolean change,
               double periodWeight, List<Period> otherPeriods, boolean periodShared) {

    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,/$€£-])(19\\d\\d|20\\d\\d)(?![\\d%])");
    private static final Pattern QUARTER = Pattern.compile(
            "(?i)\\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)[ -]quarter|Q([1-4]))\\b");
    private static final Pattern MONTH = Pattern.compile("\\b(January|February|March|April|May|June|July|August|"
            + "September|October|November|December)\\b");
    /**
     * A quarter or a month the sentence refers to without naming it: "in the quarter", "on the month". Not "a month"
     * or "a quarter", which are mostly a rate ("€600 a month") or a share ("a quarter of exports").
     */
    private static final Pattern UNNAMED_PART = Pattern.compile("(?i)\\b(?:the|this|that|last|previous|same|each)"
            + "\\s+(?:quarter|month)\\b|\\bquarterly\\b|\\bmonthly\\b|\\b(?:month|quarter)-on-(?:month|quarter)\\b|"
            + "\\bprevious three months\\b");
    /** "recovering to $2.4 billion for the year": the figure is the year's, whatever quarter the sentence named before. */
    private static final Pattern FOR_THE_YEAR = Pattern.compile("(?i)^\\s+(?:for|over)\\s+the\\s+(?:full\\s+|whole\\s+)?"
            + "year\\b");
    private static final Pattern LAST_YEAR = Pattern.compile("(?i)(?<!\\bthe\\s)\\b(last|previous|past) year\\b");
    private static final Pattern THIS_YEAR = Pattern.compile("(?i)\\bthis year\\b");
    /** "that year", "the same year": the year the sentence named before. */
    private static final Pattern THAT_YEAR = Pattern.compile("(?i)\\b(?:that|the\\s+same)\\s+year\\b");
    /**
     * "a 17.7% slump during the pandemic", "in the pandemic year": 2020, in news written after it; not "pandemic
     * rules", "pre-pandemic levels" or "before the pandemic".
     */
    private static final Pattern PANDEMIC = Pattern.compile("(?i)\\b(?:(?:during|in|amid|through)\\s+the\\s+"
            + "(?:covid(?:-19)?\\s+)?pandemic(?:\\s+year)?|the\\s+pandemic\\s+year)(?![\\p{L}-])");
    private static final Pattern REQUESTED = Pattern.compile(
            "(?i)\\b(seeks?|sought|asked for|asks for|requests?|requested|wants?|hopes? to get)\\b");
    private static final Pattern FORECAST = Pattern.compile(
            "(?i)\\b(expects?|expected|forecasts?|projected|projects|projections?|target|targets|aims?|"
                    + "outlook|predicts?|predicted)\\b");
    /** "will reach 4%": a forecast when it comes before the figure, not after ("624,000 inhabitants will elect"). */
    private static final Pattern MODAL = Pattern.compile("(?i)\\b(will|could|may)\\b");
    /** Where a sentence's clauses part: a semicolon, or a conjunction of contrast or a comma and "and". */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?i);|,\\s+(?:and|but|while|whereas|although|though|"
            + "yet)\\b|\\s(?:but|while|whereas)\\s");
    private static final Pattern ESTIMATE = Pattern.compile("(?i)\\b(estimates?|estimated|preliminary|flash)\\b");
    private static final Pattern DIRECTION = Pattern.compile("(?i)\\b(gr[eo]w|grown|growth|grows|ros[e]|rise[ns]?|"
            + "fell|fall(?:s|en)?|shr[ai]nk|shrunk|shrinks|contract\\w*|expand\\w*|increas\\w*|decreas\\w*|"
            + "declin\\w*|drop\\w*|gain\\w*|slump\\w*|jump\\w*|up|down|plung\\w*|surg\\w*)\\b");
    /** "fell to 17.3%", "stood at 4%": what follows is the level reached, not the change. */
    private static final Pattern LEVEL_BEFORE = Pattern.compile("(?i)\\b(?:to|at)\\s+(?:about\\s+|around\\s+|nearly\\s+|"
            + "almost\\s+|just\\s+|a\\s+record\\s+)?$");

    static Reading of(FigureMatcher.Article article, Candidate f) {
        String s = f.sentence();
        int at = f.start() - f.sentenceStart();
        int published = article.published() == null ? LocalDate.now().getYear() : article.published().getYear();
        Period period = null;
        double weight = -0.3;
        Matcher quarter = nearest(QUARTER, s, at, f.text().length());
        Matcher month = nearest(MONTH, s, at, f.text().length());
        List<YearMention> years = new ArrayList<>(years(s, published));
        // "Mauritania, which starts exporting gas this year, grew 3.4%": a year inside a clause about the subject,
        // set off by commas, is not the figure's when the figure stands outside it.
        years.removeIf(ym -> inAnotherClause(s, ym.start(), at));
        YearMention nearest = statedYear(years, s, at, f.text().length());
        // "Other territories rebounded in 2022: Aruba grew 10.5% and the Cayman Islands 5.2%": a year of the clause
        // before a colon is every listed figure's
        YearMention stated = nearest != null ? nearest : leadYear(years, s, at);
        YearMention year = stated == null || stated.weight() < 1.0 ? null : stated; // a year written out
        Integer y = year == null ? null : year.year();
        // The year a quarter or month must stand beside: the one written out, else one right by the figure ("and
        // output was worth $84.4 billion last year" is not of the March a clause before names).
        YearMention near = year != null ? year : stated != null && stated.adjacent() ? stated : null;
        boolean forTheYear = FOR_THE_YEAR.matcher(s.substring(Math.min(s.length(), at + f.text().length()))).find();
        List<Period> others = new ArrayList<>();
        boolean shared = false;
        // The nearest year is not beside the figure but right after another one ("after 5.7% in 2021, making …").
        boolean anotherFiguresYear = stated != null && !stated.adjacent() && owned(stated, s);
        if (forTheYear) {
            // The year the sentence names, else the one before publication, as for an unnamed year.
            period = Period.year(y == null ? published - 1 : y);
            weight = y == null ? 0.6 : 1.0;
        } else if (quarter != null && beside(quarter, near, at)) {
            String q = quarter.group(1) != null ? quarter.group(1).substring(0, 1).toLowerCase() : quarter.group(2);
            int n = switch (q) {
                case "f", "1" -> 1;
                case "s", "2" -> 2;
                case "t", "3" -> 3;
                default -> 4;
            };
            period = Period.quarter(near == null ? published : near.year(), n);
            weight = 1.0;
        } else if (month != null && beside(month, near, at)) {
            int m = java.time.Month.valueOf(month.group(1).toUpperCase(java.util.Locale.ROOT)).getValue();
            period = Period.month(near == null ? published : near.year(), m);
            weight = 1.0;
        } else if ((stated == null || anotherFiguresYear
                || stated.start() < at && OTHER_NUMBER.matcher(s.substring(0, stated.start())).find())
                && FROM_BEFORE.matcher(s.substring(Math.max(0, at - 30), at)).find()
                && OTHER_NUMBER.matcher(s.substring(0, at)).find()) {
            // "fell to 5.8% from 6.8%", "to 2.5% for the year from 11.9%", "5.4%: growth in 2023, up from 4.8%": with
            // no year of its own (a year between the two figures is the first's), a figure after "from" is most
            // likely the period before the figure it changed to; the data may say otherwise, and an editor decides.
            int to = yearOfFigureBefore(years, s, at, published);
            period = Period.year(to - 1);
            weight = 0.6;
            others.add(Period.year(to));
            shared = true;
        } else if (stated != null) {
            period = Period.year(stated.year());
            weight = stated.weight();
            if (anotherFiguresYear && stated.start() < at
                    && years.stream().allMatch(other -> other.year() == stated.year())
                    && stated.year() != published - 1) {
                if (stated.year() < published - 1 && setAgainst(stated, s)) {
                    // The only year is a base another figure is set against ("prices rose 4.9%, against 5.2% in 2022,
                    // and unemployment held at 7.3%"): the sentence is about the year after, the last full year; the
                    // base year stays possible, and the data may tell.
                    period = Period.year(published - 1);
                    weight = 0.6;
                    others.add(Period.year(stated.year()));
                } else {
                    // The only year is named before, and for another figure ("the $29.2 billion of 2022 …, for a
                    // population of 20.7 million"): the last full year is as likely, and the data may tell.
                    others.add(Period.year(published - 1));
                }
                shared = true;
            } else if (anotherFiguresYear) {
                // The nearest year is another figure's ("after 5.7% in 2021, making the economy worth $299 billion"):
                // the sentence's other years are possible too, a little less so, and the data may tell which.
                years.stream().map(YearMention::year).distinct().filter(other -> other != stated.year())
                        .forEach(other -> others.add(Period.year(other)));
                shared = !others.isEmpty(); // "grew 3.1% and inflation averaged 6% in 2022": one year, no doubt
            } else if (!stated.adjacent() && stated.start() > at && stated.year() != published - 1) {
                // A year named words after the figure may be another clause's ("a nation of 22 million hopes to
                // return to growth in 2024"): the last full year is possible too.
                others.add(Period.year(published - 1));
            }
        } else {
            // No year the figure's: the last full year. When the sentence names none at all, the one before it too,
            // which is often the latest the data has ("earn on average about $645 a year", written in 2024 from
            // 2022's figure); the data may tell.
            period = Period.year(published - 1);
            if (years.isEmpty() && !YEAR.matcher(s).find()) {
                others.add(Period.year(published - 2));
            } else if (!years.isEmpty()) {
                // The sentence's years are all other figures' ("Inflation, which averaged 49.7% at the height of the
                // crisis, slowed to 16.5% in 2023"): the years the sentence before names may be this one's, a little
                // less likely than the last full year, and the data may tell; so may a year written out after the
                // figure for a later one (not as a label: "(2022: 10.8%)"), which may close the whole sentence ("Oil
                // and gas make exports equal to 86% of GDP, and GDP per capita was about $37,200 in 2022": the latest
                // year the data has for both).
                java.util.stream.Stream.concat(years.stream()
                                .filter(ym -> ym.start() > at && ym.weight() >= 1.0 && !LABEL_AFTER.matcher(s)
                                        .region(Math.min(s.length(), ym.start() + 4), s.length()).lookingAt())
                                .map(YearMention::year), yearsBefore(article, f, published).stream())
                        .filter(other -> other != published - 1).distinct()
                        .forEach(other -> others.add(Period.year(other)));
            }
        }
        // Status words count in the figure's own clause: "grew 3.4% in 2022, and the bank expects 4%" forecasts the 4%.
        int[] clause = clause(s, at, at + f.text().length());
        String own = s.substring(clause[0], clause[1]);
        ObservationStatus status;
        if (REQUESTED.matcher(own).find()) {
            status = ObservationStatus.REQUESTED;
        } else if (FORECAST.matcher(own).find() || MODAL.matcher(s.substring(clause[0], at)).find()
                || period.start().getYear() > published) {
            status = ObservationStatus.FORECAST;
        } else if (ESTIMATE.matcher(own).find() || period.start().getYear() == published) {
            status = ObservationStatus.ESTIMATE;
        } else {
            status = ObservationStatus.PRELIMINARY;
        }
        boolean change = !LEVEL_BEFORE.matcher(s.substring(Math.max(0, at - 25), at)).find()
                && DIRECTION.matcher(s.substring(Math.max(0, at - 40), Math.min(s.length(), at + 40))).find();
        // A quarter or month named without a year scopes its own clause and those after it, not a clause before it:
        // "the economy grew 1.9%, but it contracted … a second straight quarterly fall".
        boolean annual = period.frequency() == Frequency.ANNUAL
                && !UNNAMED_PART.matcher(s.substring(0, clause[1])).find();
        return new Reading(period, status, annual,
                !Units.PERCENTAGE_POINT.equals(f.unit()), change, weight, List.copyOf(others), shared);
    }

    /** The start and end, in the sentence, of the clause that holds the text from {@code at} to {@code end}. */
    static int[] clause(String s, int at, int end) {
        int from = 0;
        int to = s.length();
        Matcher m = CLAUSE_BREAK.matcher(s);
        while (m.find()) {
            if (m.end() <= at) {
                from = m.end();
            } else if (m.start() >= end) {
                to = m.start();
                break;
            }
        }
        return new int[] {from, to};
    }

    /** ", which starts exporting gas this year,": a clause about what comes before it, set off by commas. */
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile("(?i),\\s+(?:which|who|whose|where)\\b[^,;:()]*,");

    /**
     * Whether what is named at {@code mention} stands in a relative clause set off by commas that does not hold the
     * figure at {@code figure}.
     */
    private static boolean inAnotherClause(String s, int mention, int figure) {
        for (Matcher m = RELATIVE_CLAUSE.matcher(s); m.find(); ) {
            if (m.start() <= mention && mention < m.end()) {
                return figure < m.start() || figure >= m.end();
            }
        }
        return false;
    }

    /** The figure's period first, then the sentence's other years the data may choose among. */
    List<Period> periods() {
        List<Period> out = new ArrayList<>();
        out.add(period);
        out.addAll(otherPeriods);
        return out;
    }

    /** A year the sentence names: where, which, how surely (stated 1, relative 0.6), and whether right by the figure. */
    private record YearMention(int start, int year, double weight, boolean adjacent, boolean onlyRightAfter) {

        YearMention near(boolean beside) {
            return new YearMention(start, year, weight, beside, onlyRightAfter);
        }
    }

    /**
     * "the highest since 1998", "until 2030", "about the same as in 2022", "higher than in 2019": a year the figure is
     * compared with or runs to, not its own; "after the 2021 eruption": the year of an event the figure follows.
     */
    private static final Pattern NOT_ITS_YEAR = Pattern.compile("(?i)\\b(?:since|until|till|(?:as|than)\\s+in)\\s+"
            + "(?:the\\s+)?$|\\b(?:after|following|before)\\s+the\\s+$");
    /**
     * "5.1 per cent the year before", "$18.8 billion two years before": a year so many before the one the sentence
     * named last.
     */
    private static final Pattern YEAR_BEFORE = Pattern.compile("(?i)\\b(?:(the|a|one)\\s+(?:year\\s+(?:before|earlier)|"
            + "previous\\s+year|prior\\s+year)|(two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+years\\s+"
            + "(?:before|earlier))\\b");
    /** The day of a date before its month: "24 February" names no other figure. */
    private static final Pattern DAY_BEFORE = Pattern.compile("\\d{1,2}(?:st|nd|rd|th)?\\s*$");
    /** A number that is no year: another figure. */
    private static final Pattern OTHER_NUMBER = Period.FIGURE_NOT_A_YEAR;

    /** A sentence's years, as {@link #years} read them last: the figures of one sentence are read one after another. */
    private record SentenceYears(String sentence, int published, List<YearMention> years) {
    }

    private static volatile SentenceYears lastYears;

    /** Every year the sentence names, written or relative to the publication; the list cannot be changed. */
    private static List<YearMention> years(String s, int published) {
        SentenceYears last = lastYears;
        if (last != null && last.published() == published && last.sentence().equals(s)) {
            return last.years();
        }
        List<YearMention> read = List.copyOf(readYears(s, published));
        lastYears = new SentenceYears(s, published, read);
        return read;
    }

    private static List<YearMention> readYears(String s, int published) {
        List<YearMention> out = new ArrayList<>();
        Matcher m = YEAR.matcher(s);
        while (m.find()) {
            if (!comparedWith(s, m.start())) {
                out.add(new YearMention(m.start(), Integer.parseInt(m.group(1)), 1.0, false, false));
            }
        }
        for (Matcher r = LAST_YEAR.matcher(s); r.find(); ) {
            out.add(new YearMention(r.start(), published - 1, 0.6, false, false));
        }
        for (Matcher r = THIS_YEAR.matcher(s); r.find(); ) {
            out.add(new YearMention(r.start(), published, 0.6, false, false));
        }
        for (Matcher r = THAT_YEAR.matcher(s); r.find(); ) {
            // "after the 2022 eruption that shrank its economy by 2% that year": the year named before, whatever it
            // was named for
            Integer named = null;
            for (Matcher y = YEAR.matcher(s.substring(0, r.start())); y.find(); ) {
                named = Integer.parseInt(y.group(1));
            }
            if (named != null) {
                out.add(new YearMention(r.start(), named, 1.0, false, false));
            }
        }
        for (Matcher r = PANDEMIC.matcher(s); r.find() && published > 2020; ) {
            if (!comparedWith(s, r.start())) {
                out.add(new YearMention(r.start(), 2020, 0.6, false, false));
            }
        }
        for (Matcher r = YEAR_BEFORE.matcher(s); r.find(); ) {
            int at = r.start();
            // The year before the one of the figure set against: "it averaged 10.61 (last year), against 10.11 a year
            // earlier". A year right after a third figure is that one's ("faster than the 8.4% of 2022").
            List<Integer> numbers = OTHER_NUMBER.matcher(s.substring(0, at)).results().map(MatchResult::start).toList();
            int setAgainst = numbers.size() >= 2 ? numbers.get(numbers.size() - 2) : -1;
            int before = out.stream().filter(y -> y.start() < at).filter(y -> {
                        int owner = ownerOf(y, s);
                        return owner < 0 || owner == setAgainst;
                    }).max(java.util.Comparator.comparingInt(YearMention::start)).map(YearMention::year)
                    .orElse(published - 1);
            // "2.6% a year earlier" is the figure's year only right after it; "up 5% from a year earlier" is a base
            String many = r.group(2);
            int back = many == null ? 1 : many.matches("\\d+") ? Integer.parseInt(many)
                    : org.factline.measure.NumberWords.value(many).orElseThrow().intValueExact();
            out.add(new YearMention(at, before - back, 0.6, false, "a".equalsIgnoreCase(r.group(1))));
        }
        return out;
    }

    /** How much of the text before a figure's sentence is read for the sentence before it. */
    private static final int BEFORE = 400;

    /** The past years (written out) the sentence before the figure's names, in the order written. */
    private static List<Integer> yearsBefore(FigureMatcher.Article article, Candidate f, int published) {
        String text = article.text();
        int start = f.sentenceStart();
        if (text == null || start <= 0 || start > text.length() || !text.startsWith(f.sentence(), start)) {
            return List.of();
        }
        // The text before ends with the sentence before: the last sentence the extractor's own cutting finds there.
        String before = text.substring(Math.max(0, start - BEFORE), start);
        List<int[]> sentences = org.factline.extraction.Sentences.of(before);
        if (sentences.isEmpty()) {
            return List.of();
        }
        int[] last = sentences.get(sentences.size() - 1);
        return years(before.substring(last[0], last[1]), published).stream().filter(y -> y.weight() >= 1.0 && y.year() < published)
                .map(YearMention::year).distinct().toList();
    }

    /** "the 13.9% of 2022": a year that another figure, before it, is of. */
    private static final Pattern OF_A_FIGURE = Pattern.compile("[\\d%]\\s+of\\s+$");

    /** A colon after a year: "(2022: 10.8%)", the year of what follows. */
    private static final Pattern LABEL_AFTER = Pattern.compile("\\s*:");
    /** What stands between a year written as a label and its figure: "2022: ", "2022: $". */
    private static final Pattern LABEL_BEFORE = Pattern.compile("\\s*:\\s*[$€£¥₹]?");

    /** Whether the year named at {@code at} is one compared with ("since 2008", "than in 2022"), not a figure's. */
    private static boolean comparedWith(String s, int at) {
        return NOT_ITS_YEAR.matcher(s.substring(Math.max(0, at - 12), at)).find();
    }

    /** "from 6.8%", "up from 12%", "grew 1.7% after 4.2%": the value a figure changed from, or followed. */
    private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\b(?:from|after)\\s+(?:an?\\s+)?(?:about\\s+|"
            + "around\\s+|nearly\\s+|almost\\s+|just\\s+)?[$€£¥]?$");

    /** The year of the last figure before {@code at}: its own year as {@link #statedYear} finds it, else the last full year. */
    private static int yearOfFigureBefore(List<YearMention> years, String s, int at, int published) {
        Matcher n = OTHER_NUMBER.matcher(s.substring(0, at));
        int last = -1;
        while (n.find()) {
            last = n.start();
        }
        int end = last;
        while (end < at && !Character.isWhitespace(s.charAt(end))) {
            end++;
        }
        YearMention y = statedYear(years, s, last, end - last);
        return y == null ? published - 1 : y.year();
    }

    /** Where the figure a year is named right after starts ("5.7% in 2021": the 5.7), or -1 when none is. */
    private static int ownerOf(YearMention y, String s) {
        int from = Math.max(0, y.start() - 20);
        return OTHER_NUMBER.matcher(s.substring(0, y.start())).region(from, y.start()).results()
                .mapToInt(MatchResult::start).max().orElse(-1);
    }

    /**
     * The year named in the clause before the last colon ahead of the figure, owned by no figure: "rebounded in 2022:
     * Aruba grew 10.5% and the Cayman Islands 5.2%". Null if none.
     */
    private static YearMention leadYear(List<YearMention> years, String s, int at) {
        int colon = s.lastIndexOf(':', at);
        // not a year's label in brackets, as annual reports write the year before: "in 2023 (2022: 435.7)"
        if (colon < 0 || s.lastIndexOf('(', colon) > s.lastIndexOf(')', colon)
                || YEAR_LABEL.matcher(s.substring(0, colon)).find()) {
            return null;
        }
        YearMention lead = null;
        for (YearMention y : years) {
            if (y.start() < colon && !owned(y, s) && (lead == null || y.start() > lead.start())) {
                lead = y;
            }
        }
        return lead == null ? null : lead.near(false);
    }

    /** A year right before a colon: a label ("2022: 435.7"), not a clause. */
    private static final Pattern YEAR_LABEL = Pattern.compile("(?:19|20)\\d\\d\\s*$");

    /** "against 5.2% in 2022", "compared with 3.1% in 2021": the figure that owns the year is a base set against. */
    private static final Pattern SET_AGAINST_BEFORE = Pattern.compile("(?i)\\b(?:against|versus|vs\\.?|compared\\s+"
            + "(?:with|to)|from|after)\\s+(?:an?\\s+|the\\s+)?(?:about\\s+|around\\s+)?$");

    /** Whether the figure that owns a year is a base another is set against ("against 5.2% in 2022"). */
    private static boolean setAgainst(YearMention y, String s) {
        int owner = ownerOf(y, s);
        return owner >= 0 && SET_AGAINST_BEFORE.matcher(s.substring(Math.max(0, owner - 25), owner)).find();
    }

    /** Whether a year is named right after another figure ("5.7% in 2021"), and so is that figure's. */
    private static boolean owned(YearMention y, String s) {
        return ownerOf(y, s) >= 0;
    }

    /**
     * The figure's year: the one named right after it ("3.8% in 2022", "2.1% last year"), else the nearest with no
     * other figure between them (in "grew 4.1% in 2022, after 5.7% in 2021" the 2021 is the 5.7%'s); null if none.
     */
    private static YearMention statedYear(List<YearMention> years, String s, int at, int length) {
        YearMention best = null;
        int distance = Integer.MAX_VALUE;
        int end = at + length;
        for (YearMention y : years) {
            String between = y.start() >= end ? s.substring(end, y.start()) : s.substring(Math.min(y.start() + 4, at), at);
            if (y.start() < at && LABEL_AFTER.matcher(between).lookingAt() && !LABEL_BEFORE.matcher(between).matches()
                    && between.indexOf(')') < 0
                    && years.stream().noneMatch(o -> o.start() > y.start() && o.start() < at)) {
                // "the highest inflation in 2022: 19.7% in Lithuania, 19.4% in Estonia": the list's year
                return y.near(false);
            }
            if (y.start() >= at && y.start() < end || OTHER_NUMBER.matcher(between).find()
                    || y.start() < at && OF_A_FIGURE.matcher(s.substring(Math.max(0, y.start() - 12), y.start())).find()
                    || y.onlyRightAfter() && (y.start() < end || !between.isBlank())
                    || y.start() >= end && LABEL_AFTER.matcher(s).region(Math.min(s.length(), y.start() + 4),
                    s.length()).lookingAt()) {
                continue; // "averaged 7.1% (2022: 10.8%)": a year written as a label is the next figure's
            }
            if (y.start() >= end && y.start() - end <= 20) {
                return y.near(true);
            }
            if (y.start() < at && LABEL_BEFORE.matcher(s.substring(Math.min(y.start() + 4, at), at)).matches()) {
                return y.near(true); // "(2022: 10.8%)": the year is this figure's label
            }
            int d = Math.abs(y.start() - at);
            if (d < distance) {
                distance = d;
                best = y;
            }
        }
        return best;
    }

    /**
     * Whether a quarter or month named in the sentence is the figure's period: it stands beside the year ("the
     * first quarter of 2021", "January 2021"), or there is no year, or it is nearer the figure than the year.
     */
    private static boolean beside(Matcher sub, YearMention year, int at) {
        if (year == null) {
            return true;
        }
        int gap = year.start() >= sub.end() ? year.start() - sub.end() : sub.start() - (year.start() + 4);
        return gap <= 12 || Math.abs(sub.start() - at) < Math.abs(year.start() - at);
    }

    /** The match of the pattern nearest the figure at {@code at} in the sentence, outside the figure; or null. */
    private static Matcher nearest(Pattern p, String s, int at, int length) {
        Matcher m = p.matcher(s);
        Matcher best = null;
        int distance = Integer.MAX_VALUE;
        while (m.find()) {
            if (m.start() >= at && m.start() < at + length) {
                continue;
            }
            String between = m.start() >= at + length ? s.substring(at + length, m.start())
                    : s.substring(Math.min(m.end(), at), at);
            if (s.startsWith("'s", m.end()) || s.startsWith("’s", m.end())) {
                continue; // "before March's devaluation": an event the month names, not the figure's period
            }
            if (inAnotherClause(s, m.start(), at)) {
                continue; // "The Solomon Islands, which hosted the Games in November, grew 3%": not the 3%'s month
            }
            if (m.start() >= at + length && CLAUSE_BREAK.matcher(between).find()) {
                continue; // "output of $934 million, and expects the summit in October to bring": a later clause's
            }
            if (OTHER_NUMBER.matcher(between).find() || m.start() < at && OTHER_NUMBER.matcher(
                    DAY_BEFORE.matcher(s.substring(Math.max(0, m.start() - 20), m.start())).replaceFirst("")).find()) {
                continue; // "10.2% last year, and 13.1% in December": December is the 13.1%'s
            }
            int d = Math.abs(m.start() - at);
            if (d < distance) {
                distance = d;
                best = p.matcher(s);
                best.find(m.start());
            }
        }
        return best;
    }
}
