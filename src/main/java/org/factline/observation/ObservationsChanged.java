package org.factline.observation;

import java.util.List;
import java.util.Set;

/**
 * Published in the writing transaction whenever observations are added or removed, so that what is derived from
 * them (the series summaries) follows without any writer having to remember it.
 *
 * @param added   the observations added (as recorded), empty when the change removed rows
 * @param removed the series that lost rows
 * @param lost    how many rows each geography lost for each period start, when the writer knows (a row or an import
 *                deleted); the rows' geography-period counts follow only from it
 */
public record ObservationsChanged(List<NewObservation> added, Set<SeriesSummaries.Series> removed,
                                  List<GeographyPeriods.Count> lost) {

    /** Series that lost rows, their geography-period counts not said: a writer around the services rebuilds them. */
    public ObservationsChanged(List<NewObservation> added, Set<SeriesSummaries.Series> removed) {
        this(added, removed, List.of());
    }

    static ObservationsChanged added(List<NewObservation> added) {
        return new ObservationsChanged(List.copyOf(added), Set.of(), List.of());
    }

    static ObservationsChanged removed(Set<SeriesSummaries.Series> series, List<GeographyPeriods.Count> lost) {
        return new ObservationsChanged(List.of(), Set.copyOf(series), List.copyOf(lost));
    }
}
