package org.factline.measure;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of observation: its first day plus its frequency. Written as people write it:
 * {@code 2020}, {@code 2020-Q3}, {@code 2020-07}, {@code 2020-W29}, {@code 2020-07-14}.
 */
public record Period(LocalDate start, Frequency frequency) implements Comparable<Period> {

    /**
     * The first digit of a number that is no year (a year being 1900–2099 written alone): in running text, another
     * figure. "5.7% in 2021" has one at "5", none at "2021".
     */
    public static final Pattern FIGURE_NOT_A_YEAR = Pattern.compile("(?<![\\d.,])(?!(?:19|20)\\d\\d(?!\\d))\\d");

    private static final Pattern YEAR = Pattern.compile("-?\\d{1,4}");
    private static final Pattern QUARTER = Pattern.compile("(-?\\d{1,4})-?Q([1-4])", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public Period {
        if (start == null || frequency == null) {
            throw new IllegalArgumentException("A period needs a start date and a frequency");
        }
        if (!start.equals(firstDayOf(start, frequency))) {
            throw new IllegalArgumentException(start + " is not the first day of a " + frequency.name().toLowerCase() + " period");
        }
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), Frequency.ANNUAL);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(LocalDate.of(year, (quarter - 1) * 3 + 1, 1), Frequency.QUARTERLY);
    }

    public static Period month(int year, int month) {
        return new Period(LocalDate.of(year, month, 1), Frequency.MONTHLY);
    }

    public static Period day(LocalDate date) {
        return new Period(date, Frequency.DAILY);
    }

    /** The period of the given frequency that contains {@code date}. */
    public static Period containing(LocalDate date, Frequency frequency) {
        return new Period(firstDayOf(date, frequency), frequency);
    }

    /**
     * Parses a period as written: a year ({@code 2020}, {@code -50}), a quarter ({@code 2020-Q3} or
     * {@code 2020Q3}), a month ({@code 2020-07}), an ISO week ({@code 2020-W29}) or a day ({@code 2020-07-14}).
     *
     * @throws IllegalArgumentException naming the text when it is none of these
     */
    public static Period parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A period is required, e.g. 2020, 2020-Q3, 2020-07 or 2020-07-14");
        }
        String s = text.strip();
        try {
            Matcher m;
            if (YEAR.matcher(s).matches()) {
                return year(Integer.parseInt(s));
            }
            if ((m = QUARTER.matcher(s)).matches()) {
                return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = WEEK.matcher(s)).matches()) {
                int year = Integer.parseInt(m.group(1));
                int week = Integer.parseInt(m.group(2));
                LocalDate monday = LocalDate.of(year, 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                        .with(DayOfWeek.MONDAY);
                if (monday.get(IsoFields.WEEK_BASED_YEAR) != year || week < 1) {
                    throw new IllegalArgumentException("week " + week + " does not exist in " + year);
                }
                return new Period(monday, Frequency.WEEKLY);
            }
            if ((m = MONTH.matcher(s)).matches()) {
                return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if (DAY.matcher(s).matches()) {
                return day(LocalDate.parse(s));
            }
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid period: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException(
                "'" + text + "' is not a period: expected 2020, 2020-Q3, 2020-07, 2020-W29 or 2020-07-14");
    }

    /** The first day after this period. */
    public LocalDate end() {
        return switch (frequency) {
            case ANNUAL -> start.plusYears(1);
            case QUARTERLY -> start.plusMonths(3);
            case MONTHLY -> start.plusMonths(1);
            case WEEKLY -> start.plusWeeks(1);
            case DAILY -> start.plusDays(1);
        };
    }

    /** The period just before this one, of the same frequency. */
    public Period previous() {
        return switch (frequency) {
            case ANNUAL -> new Period(start.minusYears(1), frequency);
            case QUARTERLY -> new Period(start.minusMonths(3), frequency);
            case MONTHLY -> new Period(start.minusMonths(1), frequency);
            case WEEKLY -> new Period(start.minusWeeks(1), frequency);
            case DAILY -> new Period(start.minusDays(1), frequency);
        };
    }

    @Override
    public int compareTo(Period other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : frequency.compareTo(other.frequency);
    }

    @Override
    public String toString() {
        return switch (frequency) {
            case ANNUAL -> String.valueOf(start.getYear());
            case QUARTERLY -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case MONTHLY -> String.format("%04d-%02d", start.getYear(), start.getMonthValue());
            case WEEKLY -> String.format("%04d-W%02d",
                    start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case DAILY -> start.toString();
        };
    }

    private static LocalDate firstDayOf(LocalDate date, Frequency frequency) {
        return switch (frequency) {
            case ANNUAL -> date.withDayOfYear(1);
            case QUARTERLY -> LocalDate.of(date.getYear(), ((date.getMonthValue() - 1) / 3) * 3 + 1, 1);
            case MONTHLY -> date.withDayOfMonth(1);
            case WEEKLY -> date.with(DayOfWeek.MONDAY);
            case DAILY -> date;
        };
    }
}
