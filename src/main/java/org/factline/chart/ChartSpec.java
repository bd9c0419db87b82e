package org.factline.chart;

import java.util.List;

/**
 * What to draw: official series as lines, cited figures as markers. {@code zeroLine} draws the value-axis zero
 * (useful for growth rates, which change sign); {@code yearly} labels the time axis in whole years, for annual
 * series.
 */
public record ChartSpec(String title, String valueAxisLabel, List<ChartLine> lines, List<ChartMarker> markers,
                        boolean zeroLine, boolean yearly) {

    public ChartSpec {
        lines = List.copyOf(lines);
        markers = List.copyOf(markers);
    }
}
