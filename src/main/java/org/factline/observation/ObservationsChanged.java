package org.factline.observation;

import java.util.List;
import java.util.Set;

/**
 * Published in the writing transaction whenever observations are added or removed, so that what is derived from
 * them (the series summaries) follows without any writer having to remember it.
 *
 * @param added   the observations added (as recorded), empty when the change removed rows
 * @param removed the series that lost rows
 */
public record ObservationsChanged(List<NewObservation> added, Set<SeriesSummaries.Series> removed) {

    static ObservationsChanged added(List<NewObservation> added) {
        return new ObservationsChanged(List.copyOf(added), Set.of());
    }

    static ObservationsChanged removed(Set<SeriesSummaries.Series> series) {
        return new ObservationsChanged(List.of(), Set.copyOf(series));
    }
}
