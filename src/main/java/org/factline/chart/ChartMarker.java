package org.factline.chart;

import java.time.LocalDate;

/** A figure drawn as a marker apart from the lines: a value an article cites, with a label saying whose. */
public record ChartMarker(LocalDate date, double value, String label) {
}
