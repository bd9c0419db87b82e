package org.factline.dashboard;

import java.time.LocalDate;
import java.util.List;
import org.factline.chart.ChartSpec;
import org.factline.geography.Geography;
import org.factline.indicator.Indicator;

/**
 * Everything an indicator page shows for the chosen geographies as of a vintage ({@code asOf}, null for the
 * latest): the table rows (newest period first) and the chart, the geographies that have data for the indicator,
 * and the vintages there are to choose from (newest first).
 */
public record SeriesPage(Indicator indicator, List<Geography> selected, List<Geography> available,
                         List<SeriesRow> rows, ChartSpec chart, LocalDate asOf, List<LocalDate> vintages) {
}
