package org.factline.dashboard;

import java.time.LocalDate;
import java.util.List;
import org.factline.chart.ChartSpec;
import org.factline.geography.Geography;
import org.factline.indicator.Indicator;
import org.factline.source.Source;

/**
 * Everything an indicator page shows for a {@link SeriesRequest}: the table rows (newest period first) and the
 * chart, the geographies that have data for the indicator, the vintages there are to choose from (newest first)
 * and the sources of the rows.
 */
public record SeriesPage(Indicator indicator, List<Geography> selected, List<Geography> available,
                         List<SeriesRow> rows, ChartSpec chart, SeriesRequest request, List<LocalDate> vintages,
                         List<Source> sources) {

    public LocalDate asOf() {
        return request.asOf();
    }

    /** The latest vintage a source gives on this page, for its suggested citation. */
    public LocalDate latestVintage(Source s) {
        return rows.stream().filter(r -> r.source() != null && r.source().id() == s.id())
                .map(r -> r.observation().vintage()).max(LocalDate::compareTo).orElse(null);
    }
}
