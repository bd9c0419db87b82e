package org.factline.chart;

import java.time.LocalDate;

/** One value of a line, at the start of its period. */
public record ChartPoint(LocalDate date, double value) {
}
