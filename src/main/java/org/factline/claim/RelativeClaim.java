package org.factline.claim;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factline.measure.FigureFormat;
import org.factline.measure.NumberWords;
import org.factline.measure.Period;

/**
 * A comparison a sentence makes about a figure ("the largest drop for 26 years", "the highest since 2008", "a record
 * low", "doubled", "a threefold rise", "fell by a third", "twice as fast as Russia's") checked against the official
 * series, with a verdict that explains itself:
 * "2020's -7.1% is the lowest since 1994 (-20.1%): 26 years — holds". Plain arithmetic on the series given.
 *
 * @param phrase      the words that make the comparison, as written
 * @param holds       whether the series bears it out
 * @param explanation what the series shows, ending in "holds" or "does not hold"
 */
public record RelativeClaim(String phrase, boolean holds, String explanation) {

    private static final String WORDS = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "fifteen|twenty|thirty|forty|fifty)";
    private static final String SUPERLATIVES = "largest|biggest|steepest|sharpest|deepest|worst|fastest|strongest|best|"
            + "highest|lowest|weakest|slowest|smallest";
    /** "the largest drop for 26 years", "the slowest growth in a decade": group 4 years, 5 in words, 6 decades. */
    private static final Pattern FOR_YEARS = Pattern.compile("(?i)\\b(?:the\\s+)?(" + SUPERLATIVES + ")\\s+(\\w+\\s+)?"
            + "(?:(drop|fall|decline|contraction|slump|decrease|rise|increase|growth|gain|jump|level|rate|pace)\\s+)?"
            + "(?:for|in)\\s+(?:(?:(\\d{1,3})|(" + WORDS + "))\\s+years|(a|one|two|three|four|five)\\s+decades?)\\b");
    /** "a 10-year high", "a five-year low": the highest or lowest value in so many years. */
    private static final Pattern YEAR_HIGH = Pattern.compile("(?i)\\b(?:a|an|the|its|their)\\s+(?:(\\d{1,3})|(" + WORDS
            + "))-year\\s+(high|low)\\b");
    /** "the highest since 2008", "the weakest since the 2009 recession", "the lowest since the crisis of 1998". */
    private static final Pattern SINCE = Pattern.compile("(?i)\\b(?:the\\s+)?(" + SUPERLATIVES + ")\\b[^.;]{0,40}?"
            + "\\bsince\\s+(?:the\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:of\\s+|in\\s+)?)?((?:19|20)\\d\\d)\\b");
    private static final Pattern RECORD = Pattern.compile("(?i)\\b(?:a\\s+|an\\s+)?(?:all-time\\s+|record\\s+)(high|low)\\b");
    private static final Pattern DOUBLED = Pattern.compile("(?i)\\b(doubled|tripled|quadrupled|halved)\\b");
    /** "rose threefold", "a 3-fold increase", "a tenfold rise": the value against the one before. */
    private static final Pattern FOLD = Pattern.compile("(?i)\\b(two|three|four|five|six|seven|eight|nine|ten|\\d+(?:\\.\\d+)?)"
            + "[- ]?fold\\b");
    private static final Pattern BY_FRACTION = Pattern.compile("(?i)\\b(fell|dropped|declined|rose|grew|increased|"
            + "shrank|jumped)\\s+(?:by\\s+)?(?:a\\s+|one\\s+)?(third|quarter|half)\\b(?!\\s+as\\s)");
    /**
     * "twice as fast as Russia's", "three times as high as in 2019", "half as fast as the year before": the value
     * against another economy's at the same period, or against an earlier period of the same series.
     */
    private static final Pattern AS_AS = Pattern.compile("(?i)\\b(twice|three\\s+times|four\\s+times|half|"
            + "(\\d+(?:\\.\\d+)?)\\s+times)\\s+as\\s+(?:fast|quickly|rapidly|high|much|large|big|strong|steep)\\s+as\\s+"
            + "(?:(?:in|during)\\s+)?(?:(the\\s+(?:year|period)\\s+before|the\\s+previous\\s+year|last\\s+year|a\\s+year\\s+"
            + "(?:earlier|before|ago))|((?:19|20)\\d\\d)\\b|(?:that\\s+of\\s+|those\\s+of\\s+|the\\s+)?"
            + "(?-i:(\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3})))");

    private static final Pattern ANY = Pattern.compile("(?i)\\b(since|years|decades?|\\w+-year|record|all-time|doubled|tripled|"
            + "quadrupled|halved|third|quarter|half|twice|times|\\w*-?fold)\\b");

    /** Another economy's series, as a comparison names it ("Russia's"): its name and its values by period. */
    public record Other(String name, Map<Period, BigDecimal> series) {
    }

    /** Whether the text may make a comparison: a cheap test before the series is read. */
    public static boolean mayCompare(String text) {
        return text != null && ANY.matcher(text).find();
    }

    /** Whether an indicator, by its name, is a rate of change (growth, inflation, a change): compared as it is. */
    public static boolean isRateOfChange(String indicatorName) {
        String n = indicatorName == null ? "" : indicatorName.toLowerCase(Locale.ROOT);
        return n.contains("growth") || n.contains("change") || n.contains("inflation");
    }

    /**
     * The comparisons the sentence makes about the value at {@code period}, each checked against the series.
     *
     * @param series       the official values of the series, by period
     * @param rateOfChange whether the series is itself a rate of change (growth, inflation): then "the largest drop"
     *                     is its lowest value; for a level it is the largest fall from one period to the next
     * @param unit         the series' unit, for the explanation
     */
    public static List<RelativeClaim> check(String sentence, Period period, Map<Period, BigDecimal> series,
                                            boolean rateOfChange, String unit) {
        return check(sentence, period, series, rateOfChange, unit, name -> Optional.empty());
    }

    /**
     * As {@link #check(String, Period, Map, boolean, String)}, with the series of other economies the sentence
     * compares with ("twice as fast as Russia's"), found by the name written.
     */
    public static List<RelativeClaim> check(String sentence, Period period, Map<Period, BigDecimal> series,
                                            boolean rateOfChange, String unit,
                                            java.util.function.Function<String, Optional<Other>> economies) {
        List<RelativeClaim> out = new ArrayList<>();
        NavigableMap<Period, BigDecimal> values = new TreeMap<>(series);
        if (sentence == null || !values.containsKey(period)) {
            return out;
        }
        NavigableMap<Period, BigDecimal> measured = rateOfChange ? values : changes(values);
        Matcher m = FOR_YEARS.matcher(sentence);
        while (m.find()) {
            int years = m.group(4) != null ? Integer.parseInt(m.group(4)) : m.group(5) != null
                    ? NumberWords.value(m.group(5)).orElseThrow().intValue()
                    : 10 * (m.group(6).equalsIgnoreCase("a") ? 1 : NumberWords.value(m.group(6)).orElseThrow().intValue());
            boolean low = isLow(m.group(1), m.group());
            extreme(m.group().strip(), period, measured, low, unit, rateOfChange)
                    .map(e -> e.against(years, "for " + years + " years"))
                    .ifPresent(out::add);
        }
        m = YEAR_HIGH.matcher(sentence);
        while (m.find()) {
            int years = m.group(1) != null ? Integer.parseInt(m.group(1))
                    : NumberWords.value(m.group(2)).orElseThrow().intValue();
            boolean low = m.group(3).equalsIgnoreCase("low");
            extreme(m.group().strip(), period, values, low, unit, true)
                    .map(e -> e.against(years, "for " + years + " years"))
                    .ifPresent(out::add);
        }
        m = SINCE.matcher(sentence);
        while (m.find()) {
            int year = Integer.parseInt(m.group(2));
            boolean low = isLow(m.group(1), m.group().toLowerCase(Locale.ROOT));
            extreme(m.group().strip(), period, measured, low, unit, rateOfChange)
                    .map(e -> e.against(period.start().getYear() - year, "since " + year))
                    .ifPresent(out::add);
        }
        m = RECORD.matcher(sentence);
        while (m.find()) {
            boolean low = m.group(1).equalsIgnoreCase("low");
            extreme(m.group().strip(), period, values, low, unit, true)
                    .map(Extreme::record).ifPresent(out::add);
        }
        m = DOUBLED.matcher(sentence);
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            BigDecimal factor = switch (word) {
                case "doubled" -> BigDecimal.valueOf(2);
                case "tripled" -> BigDecimal.valueOf(3);
                case "quadrupled" -> BigDecimal.valueOf(4);
                default -> new BigDecimal("0.5");
            };
            ratio(m.group(), period, values, factor, unit).ifPresent(out::add);
        }
        m = FOLD.matcher(sentence);
        while (m.find()) {
            String times = m.group(1).toLowerCase(Locale.ROOT);
            BigDecimal factor = NumberWords.value(times).orElseGet(() -> new BigDecimal(times));
            ratio(m.group(), period, values, factor, unit).ifPresent(out::add);
        }
        m = BY_FRACTION.matcher(sentence);
        while (m.find()) {
            boolean down = m.group(1).toLowerCase(Locale.ROOT).matches("fell|dropped|declined|shrank");
            BigDecimal part = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "third" -> BigDecimal.ONE.divide(BigDecimal.valueOf(3), MathContext.DECIMAL64);
                case "quarter" -> new BigDecimal("0.25");
                default -> new BigDecimal("0.5");
            };
            BigDecimal factor = down ? BigDecimal.ONE.subtract(part) : BigDecimal.ONE.add(part);
            ratio(m.group(), period, values, factor, unit).ifPresent(out::add);
        }
        m = AS_AS.matcher(sentence);
        while (m.find()) {
            String times = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            BigDecimal factor = switch (times) {
                case "twice" -> BigDecimal.valueOf(2);
                case "three times" -> BigDecimal.valueOf(3);
                case "four times" -> BigDecimal.valueOf(4);
                case "half" -> new BigDecimal("0.5");
                default -> new BigDecimal(m.group(2));
            };
            String phrase = m.group().strip();
            if (m.group(3) != null) {
                ratio(phrase, period, values, factor, unit).ifPresent(out::add);
            } else if (m.group(4) != null) {
                Period year = Period.year(Integer.parseInt(m.group(4)));
                versus(phrase, period, values.get(period), year + "'s", values.get(year), factor, unit)
                        .ifPresent(out::add);
            } else {
                String name = m.group(5).replaceFirst("(?:'s|’s|')$", "");
                economies.apply(name).flatMap(o -> versus(phrase, period, values.get(period),
                        o.name() + "'s", o.series().get(period), factor, unit)).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The value against another one, within a tenth of the factor claimed. */
    private static Optional<RelativeClaim> versus(String phrase, Period period, BigDecimal v, String otherLabel,
                                                  BigDecimal other, BigDecimal factor, String unit) {
        if (v == null || other == null || other.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal actual = v.divide(other, MathContext.DECIMAL64);
        boolean holds = actual.subtract(factor).abs().compareTo(factor.abs().multiply(new BigDecimal("0.1"))) <= 0;
        return Optional.of(new RelativeClaim(phrase, holds, period + "'s " + FigureFormat.format(v, unit) + " is "
                + plain(actual) + " times " + otherLabel + " " + FigureFormat.format(other, unit) + ", claimed "
                + plain(factor) + " times — " + (holds ? "holds" : "does not hold")));
    }

    private static String plain(BigDecimal x) {
        return x.round(new MathContext(3, RoundingMode.HALF_UP)).stripTrailingZeros().toPlainString();
    }

    private static boolean isLow(String superlative, String noun) {
        String s = superlative.toLowerCase(Locale.ROOT);
        String n = noun == null ? "" : noun.toLowerCase(Locale.ROOT);
        if (s.equals("lowest") || s.equals("weakest") || s.equals("worst") || s.equals("slowest")
                || s.equals("smallest")) {
            return true;
        }
        if (s.equals("highest") || s.equals("fastest") || s.equals("strongest") || s.equals("best")) {
            return false;
        }
        return n.matches("(?s).*\\b(drop|fall|decline|contraction|slump|decrease).*");
    }

    /** The change of each period from the one before, for a level series. */
    private static NavigableMap<Period, BigDecimal> changes(NavigableMap<Period, BigDecimal> values) {
        NavigableMap<Period, BigDecimal> out = new TreeMap<>();
        Map.Entry<Period, BigDecimal> previous = null;
        for (Map.Entry<Period, BigDecimal> e : values.entrySet()) {
            if (previous != null) {
                out.put(e.getKey(), e.getValue().subtract(previous.getValue()));
            }
            previous = e;
        }
        return out;
    }

    /** Where a value stands among the earlier ones: the latest earlier period at least as extreme. */
    private record Extreme(String phrase, Period period, BigDecimal value, Period before, BigDecimal beforeValue,
                           boolean low, String unit, boolean rate, int earlier) {

        RelativeClaim against(int years, String claimed) {
            String what = (low ? "lowest" : "highest") + (rate ? "" : " change");
            if (before == null) {
                return new RelativeClaim(phrase, true, describe() + " is the " + what + " on record (" + earlier
                        + " earlier periods), claimed " + claimed + " — holds");
            }
            int gap = period.start().getYear() - before.start().getYear();
            boolean holds = gap >= years;
            return new RelativeClaim(phrase, holds, describe() + " is the " + what + " since "
                    + before + " (" + FigureFormat.format(beforeValue, unit) + "): " + gap + " years, claimed "
                    + claimed + " — " + (holds ? "holds" : "does not hold"));
        }

        RelativeClaim record() {
            boolean holds = before == null;
            return new RelativeClaim(phrase, holds, describe() + (holds ? " is the " + (low ? "lowest" : "highest")
                    + " on record (" + (earlier + 1) + " periods) — holds"
                    : " is not a record: " + before + " was " + FigureFormat.format(beforeValue, unit)
                    + " — does not hold"));
        }

        private String describe() {
            return period + "'s " + (rate ? "" : "change of ") + FigureFormat.format(value, unit);
        }
    }

    private static Optional<Extreme> extreme(String written, Period period, NavigableMap<Period, BigDecimal> series,
                                             boolean low, String unit, boolean rate) {
        BigDecimal v = series.get(period);
        if (v == null) {
            return Optional.empty();
        }
        String phrase = written.replaceFirst("(?i)^(the|a|an)\\s+", "");
        NavigableMap<Period, BigDecimal> earlier = series.headMap(period, false);
        for (Map.Entry<Period, BigDecimal> e : earlier.descendingMap().entrySet()) {
            int c = e.getValue().compareTo(v);
            if (low ? c <= 0 : c >= 0) {
                return Optional.of(new Extreme(phrase, period, v, e.getKey(), e.getValue(), low, unit, rate,
                        earlier.size()));
            }
        }
        return Optional.of(new Extreme(phrase, period, v, null, null, low, unit, rate, earlier.size()));
    }

    /** "doubled", "fell by a third": the value against the one before, within a tenth of the factor claimed. */
    private static Optional<RelativeClaim> ratio(String phrase, Period period, NavigableMap<Period, BigDecimal> series,
                                                 BigDecimal factor, String unit) {
        Map.Entry<Period, BigDecimal> before = series.lowerEntry(period);
        if (before == null) {
            return Optional.empty();
        }
        return versus(phrase.strip(), period, series.get(period), before.getKey() + "'s", before.getValue(), factor,
                unit);
    }
}
