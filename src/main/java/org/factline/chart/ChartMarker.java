package org.factline.chart;

import java.time.LocalDate;

/**
 * A figure drawn as a marker apart from the lines: a value an article cites.
 *
 * @param label   the whole story, shown on hover: "-8.6% preliminary (The Moscow Times) · check: differs (-1.451 pp)"
 * @param caption the short text drawn beside the marker: "-8.6% preliminary (The Moscow Times)"
 */
public record ChartMarker(LocalDate date, double value, String label, String caption) {

    public ChartMarker(LocalDate date, double value, String label) {
        this(date, value, label, label);
    }
}
