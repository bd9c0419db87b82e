package org.factline.observation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.factline.measure.Frequency;

/**
 * A period on or after which a selection holds about a given number of rows, estimated from its series' summaries:
 * a deep page of the newest rows then reads only the rows from that period on, not the whole selection (decision
 * 016); and its mirror, a period on or before which it holds them, for a page in the older half. Each series is
 * taken as one row per period back from its latest, as many as it counts; vintages make it reach less far back than
 * that and gaps further, so the caller counts the rows it gets and falls back when too few.
 */
final class PeriodFloor {

    /** One series as its summary describes it. */
    record Span(long observations, LocalDate latest, Frequency frequency) {
    }

    private PeriodFloor() {
    }

    /**
     * The latest period on or after which the spans hold at least {@code rows} rows by the estimate, or empty when
     * they hold fewer in all.
     */
    static Optional<LocalDate> of(List<Span> spans, long rows) {
        if (spans.isEmpty() || spans.stream().mapToLong(Span::observations).sum() < rows) {
            return Optional.empty();
        }
        LocalDate newest = spans.stream().map(Span::latest).max(LocalDate::compareTo).orElseThrow();
        LocalDate oldest = spans.stream().map(s -> back(s.latest(), s.frequency(), s.observations()))
                .min(LocalDate::compareTo).orElseThrow();
        long lo = oldest.toEpochDay();
        long hi = newest.toEpochDay();
        while (lo < hi) { // the latest day with enough rows on or after it
            long mid = lo + (hi - lo + 1) / 2;
            if (rowsFrom(spans, LocalDate.ofEpochDay(mid)) >= rows) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return Optional.of(LocalDate.ofEpochDay(lo));
    }

    /**
     * The earliest period on or before which the spans hold at least {@code rows} rows by the estimate (each series
     * taken as its count of periods back from its latest), or empty when they hold fewer in all: the ceiling from
     * which a page in the older half of a selection is read oldest first.
     */
    static Optional<LocalDate> ceiling(List<Span> spans, long rows) {
        if (spans.isEmpty() || spans.stream().mapToLong(Span::observations).sum() < rows) {
            return Optional.empty();
        }
        long lo = spans.stream().map(s -> back(s.latest(), s.frequency(), s.observations()))
                .min(LocalDate::compareTo).orElseThrow().toEpochDay();
        long hi = spans.stream().map(Span::latest).max(LocalDate::compareTo).orElseThrow().toEpochDay();
        while (lo < hi) { // the earliest day with enough rows on or before it
            long mid = lo + (hi - lo) / 2;
            if (rowsUpTo(spans, LocalDate.ofEpochDay(mid)) >= rows) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return Optional.of(LocalDate.ofEpochDay(lo));
    }

    /** How many rows the spans hold on or before {@code day}, by the estimate. */
    static long rowsUpTo(List<Span> spans, LocalDate day) {
        long rows = 0;
        for (Span s : spans) {
            LocalDate first = back(s.latest(), s.frequency(), s.observations());
            if (!first.isAfter(day)) {
                rows += Math.min(s.observations(), periodsBetween(first, day, s.frequency()) + 1);
            }
        }
        return rows;
    }

    /** How many rows the spans hold on or after {@code day}, by the estimate. */
    static long rowsFrom(List<Span> spans, LocalDate day) {
        long rows = 0;
        for (Span s : spans) {
            if (!s.latest().isBefore(day)) {
                rows += Math.min(s.observations(), periodsBetween(day, s.latest(), s.frequency()) + 1);
            }
        }
        return rows;
    }

    /** How many whole periods of the frequency lie from {@code from} to {@code to}. */
    private static long periodsBetween(LocalDate from, LocalDate to, Frequency f) {
        return switch (f) {
            case ANNUAL -> ChronoUnit.YEARS.between(from, to);
            case QUARTERLY -> ChronoUnit.MONTHS.between(from, to) / 3;
            case MONTHLY -> ChronoUnit.MONTHS.between(from, to);
            case WEEKLY -> ChronoUnit.WEEKS.between(from, to);
            case DAILY -> ChronoUnit.DAYS.between(from, to);
        };
    }

    /** The start of the period {@code periods - 1} periods before {@code latest}. */
    private static LocalDate back(LocalDate latest, Frequency f, long periods) {
        long n = Math.max(0, periods - 1);
        return switch (f) {
            case ANNUAL -> latest.minusYears(n);
            case QUARTERLY -> latest.minusMonths(3 * n);
            case MONTHLY -> latest.minusMonths(n);
            case WEEKLY -> latest.minusWeeks(n);
            case DAILY -> latest.minusDays(n);
        };
    }
}
