package org.factline.dashboard;

import java.util.List;
import org.factline.chart.ChartSpec;
import org.factline.geography.Geography;
import org.factline.indicator.Indicator;

/**
 * Everything an indicator page shows for the chosen geographies: the table rows (newest period first) and the
 * chart, plus the geographies that have data for the indicator, to choose from.
 */
public record SeriesPage(Indicator indicator, List<Geography> selected, List<Geography> available,
                         List<SeriesRow> rows, ChartSpec chart) {
}
