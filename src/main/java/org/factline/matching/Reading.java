package org.factline.matching;

import java.time.LocalDate;
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
 */
record Reading(Period period, ObservationStatus status, boolean annual, boolean comparable, boolean change,
               double periodWeight) {

    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,/$€£-])(19\\d\\d|20\\d\\d)(?![\\d%])");
    private static final Pattern QUARTER = Pattern.compile(
            "(?i)\\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)[ -]quarter|Q([1-4]))\\b");
    private static final Pattern MONTH = Pattern.compile("\\b(January|February|March|April|May|June|July|August|"
            + "September|October|November|December)\\b");
    /** A quarter or a month the sentence refers to without naming it: "in the quarter", "on the month". */
    private static final Pattern UNNAMED_PART = Pattern.compile("(?i)\\b(?:the|this|that|last|previous|same|a|each)"
            + "\\s+(?:quarter|month)\\b|\\bquarterly\\b|\\bmonthly\\b|\\b(?:month|quarter)-on-(?:month|quarter)\\b|"
            + "\\bprevious three months\\b");
    /** "recovering to $2.4 billion for the year": the figure is the year's, whatever quarter the sentence named before. */
    private static final Pattern FOR_THE_YEAR = Pattern.compile("(?i)^\\s+(?:for|over)\\s+the\\s+(?:full\\s+|whole\\s+)?"
            + "year\\b");
    private static final Pattern LAST_YEAR = Pattern.compile("(?i)\\b(last|previous|past) year\\b");
    private static final Pattern THIS_YEAR = Pattern.compile("(?i)\\bthis year\\b");
    private static final Pattern REQUESTED = Pattern.compile(
            "(?i)\\b(seeks?|sought|asked for|asks for|requests?|requested|wants?|hopes? to get)\\b");
    private static final Pattern FORECAST = Pattern.compile(
            "(?i)\\b(expects?|expected|forecasts?|projected|projects|projections?|will|target|targets|aims?|"
                    + "outlook|predicts?|predicted|could|may)\\b");
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
        Matcher year = nearest(YEAR, s, at, f.text().length());
        Matcher quarter = nearest(QUARTER, s, at, f.text().length());
        Matcher month = nearest(MONTH, s, at, f.text().length());
        Integer y = year == null ? null : Integer.valueOf(year.group(1));
        boolean forTheYear = FOR_THE_YEAR.matcher(s.substring(Math.min(s.length(), at + f.text().length()))).find();
        if (forTheYear) {
            // The year the sentence names, else the one before publication, as for an unnamed year.
            period = Period.year(y == null ? published - 1 : y);
            weight = y == null ? 0.6 : 1.0;
        } else if (quarter != null && beside(quarter, year, at)) {
            String q = quarter.group(1) != null ? quarter.group(1).substring(0, 1).toLowerCase() : quarter.group(2);
            int n = switch (q) {
                case "f", "1" -> 1;
                case "s", "2" -> 2;
                case "t", "3" -> 3;
                default -> 4;
            };
            period = Period.quarter(y == null ? published : y, n);
            weight = 1.0;
        } else if (month != null && beside(month, year, at)) {
            int m = java.time.Month.valueOf(month.group(1).toUpperCase(java.util.Locale.ROOT)).getValue();
            period = Period.month(y == null ? published : y, m);
            weight = 1.0;
        } else if (y != null) {
            period = Period.year(y);
            weight = 1.0;
        } else if (LAST_YEAR.matcher(s).find()) {
            period = Period.year(published - 1);
            weight = 0.6;
        } else if (THIS_YEAR.matcher(s).find()) {
            period = Period.year(published);
            weight = 0.6;
        } else {
            period = Period.year(published - 1);
        }
        ObservationStatus status;
        if (REQUESTED.matcher(s).find()) {
            status = ObservationStatus.REQUESTED;
        } else if (FORECAST.matcher(s).find() || period.start().getYear() > published) {
            status = ObservationStatus.FORECAST;
        } else if (ESTIMATE.matcher(s).find() || period.start().getYear() == published) {
            status = ObservationStatus.ESTIMATE;
        } else {
            status = ObservationStatus.PRELIMINARY;
        }
        boolean change = !LEVEL_BEFORE.matcher(s.substring(Math.max(0, at - 25), at)).find()
                && DIRECTION.matcher(s.substring(Math.max(0, at - 40), Math.min(s.length(), at + 40))).find();
        boolean annual = period.frequency() == Frequency.ANNUAL && !UNNAMED_PART.matcher(s).find();
        return new Reading(period, status, annual,
                !Units.PERCENTAGE_POINT.equals(f.unit()), change, weight);
    }

    /**
     * Whether a quarter or month named in the sentence is the figure's period: it stands beside the year ("the
     * first quarter of 2021", "January 2021"), or there is no year, or it is nearer the figure than the year.
     */
    private static boolean beside(Matcher sub, Matcher year, int at) {
        if (year == null) {
            return true;
        }
        int gap = year.start() >= sub.end() ? year.start() - sub.end() : sub.start() - year.end();
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
