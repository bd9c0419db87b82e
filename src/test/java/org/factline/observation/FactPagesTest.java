package org.factline.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.factline.FactlineTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pages in period order are the same rows whichever way the database is asked for them: by walking the period index
 * (a selection's first pages on H2) or through the series key (its deep pages, and every page on PostgreSQL).
 */
@FactlineTest
class FactPagesTest {

    static final int PAGE = 40;

    @Autowired
    ObservationService observations;
    @Autowired
    ObservationRepository repository;

    @Test
    void everyPageInPeriodOrderIsTheSortedSelection() {
        ObservationSelection all = new ObservationSelection(List.of(), List.of("NY.GDP.MKTP.KD.ZG"), null, null, null,
                null, null, null);
        // A fifth of the seed's economies: enough rows that the first pages walk the period index.
        java.util.SortedSet<String> economies = new java.util.TreeSet<>();
        observations.forEach(all, o -> economies.add(o.geographyCode()));
        List<String> geographies = economies.stream().limit(55).toList();
        ObservationSelection some = new ObservationSelection(geographies, List.of(), null, null, null, null, null,
                null);
        for (ObservationSelection selection : List.of(some, all)) {
            for (boolean descending : List.of(true, false)) {
                List<Long> expected = sorted(selection, descending);
                assertThat(expected).hasSizeGreaterThan(10 * PAGE);
                List<Boolean> walked = new ArrayList<>();
                for (int offset = 0; offset < expected.size(); offset += PAGE) {
                    walked.add(repository.walkPeriodIndex(selection, offset + PAGE));
                    assertThat(observations.page(selection, FactSort.PERIOD, descending, offset, PAGE).stream()
                            .map(Observation::id).toList())
                            .as("the page at %d, %s", offset, descending ? "newest first" : "oldest first")
                            .isEqualTo(expected.subList(offset, Math.min(expected.size(), offset + PAGE)));
                }
                if (!repository.isPostgres()) {
                    assertThat(walked).as("the first pages walk the period index, the deep ones do not")
                            .startsWith(true).endsWith(false);
                }
            }
        }
    }

    private List<Long> sorted(ObservationSelection selection, boolean descending) {
        List<Observation> rows = new ArrayList<>();
        observations.forEach(selection, rows::add);
        Comparator<Observation> order = Comparator.comparing((Observation o) -> o.period().start())
                .thenComparing(Observation::id);
        rows.sort(descending ? order.reversed() : order);
        return rows.stream().map(Observation::id).toList();
    }
}
