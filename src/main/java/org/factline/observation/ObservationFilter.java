package org.factline.observation;

import java.util.List;
import org.factline.measure.Period;

/**
 * Which observations to list. Empty lists and nulls mean "any". {@code from} and {@code to} compare period
 * starts: {@code from=2000&to=2020} keeps 2000 through 2020 of an annual series and every month of them.
 */
public record ObservationFilter(List<String> geographies, List<String> indicators, Long sourceId, Period from,
                                Period to, int offset, int limit) {

    public static final int MAX_LIMIT = 10_000;

    public ObservationFilter {
        geographies = geographies == null ? List.of() : List.copyOf(geographies);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
    }
}
