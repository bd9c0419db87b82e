package org.factline.observation;

import java.util.List;
import java.util.Set;
import org.factline.measure.Period;

/**
 * Which observations to read, in terms of the observation table alone (the callers resolve names, kinds and
 * citations to codes and ids first). Empty code lists mean any; a null id set means any, an empty one none.
 * {@code from} and {@code to} compare period starts: from 2000 to 2020 keeps every month of those years too.
 *
 * @param sources   the sources, or null for any
 * @param ids       the observations, or null for any
 * @param textMatch observations of these indicators or from these sources (a text search resolved), or null
 */
public record ObservationSelection(List<String> geographies, List<String> indicators, Set<Long> sources,
                                   ObservationStatus status, Period from, Period to, Set<Long> ids,
                                   TextMatch textMatch) {

    public ObservationSelection {
        geographies = geographies == null ? List.of() : List.copyOf(geographies);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        sources = sources == null ? null : Set.copyOf(sources);
        ids = ids == null ? null : Set.copyOf(ids);
    }

    /** Every observation of the given indicator for the given geographies, in a period range. */
    public static ObservationSelection series(String indicator, List<String> geographies, Period from, Period to) {
        return new ObservationSelection(geographies, List.of(indicator), null, null, from, to, null, null);
    }

    /** Observations of these indicators, or from these sources. */
    public record TextMatch(List<String> indicators, List<Long> sources) {

        public TextMatch {
            indicators = List.copyOf(indicators);
            sources = List.copyOf(sources);
        }
    }
}
