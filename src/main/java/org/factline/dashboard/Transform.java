package org.factline.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factline.chart.ChartPoint;
import org.factline.measure.Frequency;
import org.factline.measure.Period;
import org.factline.measure.Units;
import org.factline.problem.InvalidInput;

/**
 * What an indicator page draws: the values themselves or their changes, as FRED offers them. A change needs the
 * previous period's value; a period without one is left out rather than guessed.
 */
public enum Transform {
    /** The values as published. */
    LEVEL("Level"),
    /** Change from the previous period, in the series' unit (percentage points for a percentage). */
    CHANGE("Change"),
    /** Percent change from the previous period. */
    PCT("Percent change"),
    /** Percent change from the same period a year earlier. */
    YOY("Percent change from a year ago");

    private final String label;

    Transform(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Transform fromParam(String s) {
        if (s == null || s.isBlank()) {
            return LEVEL;
        }
        for (Transform t : values()) {
            if (t.param().equalsIgnoreCase(s.strip())) {
                return t;
            }
        }
        throw new InvalidInput("Unknown transform '" + s + "': expected level, change, pct or yoy");
    }

    /** The unit of the transformed values. */
    public String unit(String unit) {
        return switch (this) {
            case LEVEL -> unit;
            case CHANGE -> Units.isPercent(unit) ? Units.PERCENTAGE_POINT : unit;
            case PCT, YOY -> Units.PERCENT;
        };
    }

    /** A point of a series with the period it belongs to. */
    public record Value(Period period, double value) {
    }

    /** Applies the transform to one series' values, in period order. */
    public List<ChartPoint> apply(List<Value> values) {
        List<ChartPoint> out = new ArrayList<>();
        Map<Period, Double> byPeriod = new HashMap<>();
        values.forEach(v -> byPeriod.put(v.period(), v.value()));
        for (Value v : values) {
            if (this == LEVEL) {
                out.add(new ChartPoint(v.period().start(), v.value()));
                continue;
            }
            Period base = this == YOY ? yearEarlier(v.period()) : v.period().previous();
            Double before = byPeriod.get(base);
            if (before == null || ((this == PCT || this == YOY) && before == 0)) {
                continue;
            }
            double result = this == CHANGE ? v.value() - before : (v.value() - before) / Math.abs(before) * 100;
            out.add(new ChartPoint(v.period().start(), result));
        }
        return out;
    }

    private static Period yearEarlier(Period p) {
        return p.frequency() == Frequency.WEEKLY
                ? Period.containing(p.start().minusWeeks(52), Frequency.WEEKLY)
                : new Period(p.start().minusYears(1), p.frequency());
    }
}
