package org.factline.explore;

import java.util.List;
import org.factline.measure.Period;
import org.factline.observation.ObservationStatus;
import org.factline.source.SourceKind;

/**
 * The Facts explorer's filters. Empty lists and nulls mean "any"; {@code text} searches indicator names and
 * source titles; {@code citedOnly} keeps observations that at least one article cites.
 */
public record FactQuery(List<String> geographies, List<String> indicators, Long sourceId, SourceKind sourceKind,
                        ObservationStatus status, Period from, Period to, boolean citedOnly, String text) {

    public FactQuery {
        geographies = geographies == null ? List.of() : List.copyOf(geographies);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static FactQuery all() {
        return new FactQuery(List.of(), List.of(), null, null, null, null, null, false, null);
    }
}
