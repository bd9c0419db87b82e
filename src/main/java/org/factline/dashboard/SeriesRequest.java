package org.factline.dashboard;

import java.time.LocalDate;
import java.util.List;
import org.factline.measure.Period;

/**
 * What an indicator page shows, as its URL says it: {@code /indicators/{code}?geo=KGZ,RUS&from=2000&to=2023
 * &transform=pct&vintage=2021-02-24}. Nulls and empty lists mean the defaults.
 */
public record SeriesRequest(String indicatorCode, List<String> geographies, LocalDate asOf, Period from, Period to,
                            Transform transform) {

    public SeriesRequest {
        geographies = geographies == null ? List.of() : List.copyOf(geographies);
        transform = transform == null ? Transform.LEVEL : transform;
    }

    public SeriesRequest geographies(List<String> codes) {
        return new SeriesRequest(indicatorCode, codes, asOf, from, to, transform);
    }

    public static SeriesRequest of(String indicatorCode, String... geographies) {
        return new SeriesRequest(indicatorCode, List.of(geographies), null, null, null, Transform.LEVEL);
    }
}
