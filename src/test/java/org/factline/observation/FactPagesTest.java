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
 * (a selection's first pages on H2), from the period its rows up to the page begin on (deeper pages, newest first,
 * on H2), up to the period the rows from the page to the oldest end on (the older half, newest first, on H2), from
 * the geography-period counts (a selection of geographies alone, at any depth, both ways), or through the series key
 * (the rest, and every page on PostgreSQL).
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
                List<Integer> fromFloor = new ArrayList<>();
                List<Integer> fromCeiling = new ArrayList<>();
                List<Integer> counted = new ArrayList<>();
                for (int offset = 0; offset < expected.size(); offset += PAGE) {
                    walked.add(repository.walkPeriodIndex(selection, offset + PAGE));
                    List<Long> page = expected.subList(offset, Math.min(expected.size(), offset + PAGE));
                    int from = offset;
                    repository.fromPeriodCounts(selection, descending, offset, PAGE).ifPresent(ids -> {
                        counted.add(from);
                        assertThat(ids).as("the page at %d from the geography-period counts", from).isEqualTo(page);
                    });
                    if (descending) {
                        int at = offset;
                        repository.newestAboveFloor(selection, offset, PAGE).ifPresent(ids -> {
                            fromFloor.add(at);
                            assertThat(ids).as("the page at %d read from its floor", at).isEqualTo(page);
                        });
                        repository.oldestBelowCeiling(selection, offset, PAGE).ifPresent(ids -> {
                            fromCeiling.add(at);
                            assertThat(ids).as("the page at %d read up to its ceiling", at).isEqualTo(page);
                        });
                    }
                    assertThat(observations.page(selection, FactSort.PERIOD, descending, offset, PAGE).stream()
                            .map(Observation::id).toList())
                            .as("the page at %d, %s", offset, descending ? "newest first" : "oldest first")
                            .isEqualTo(expected.subList(offset, Math.min(expected.size(), offset + PAGE)));
                }
                assertThat(counted).as("every page of geographies alone comes from the counts, none of an indicator")
                        .hasSize(selection == some ? (expected.size() + PAGE - 1) / PAGE : 0);
                if (!repository.isPostgres()) {
                    assertThat(walked).as("the first pages walk the period index, the deep ones do not")
                            .startsWith(true).endsWith(false);
                    if (selection == some && descending) {
                        assertThat(fromFloor).as("pages past the walk read from a floor")
                                .anyMatch(at -> !repository.walkPeriodIndex(selection, at + PAGE));
                        assertThat(fromCeiling).as("pages in the older half read up to a ceiling, the last one too")
                                .contains((expected.size() - 1) / PAGE * PAGE)
                                .allMatch(at -> at >= expected.size() * 2 / 5);
                    }
                } else {
                    assertThat(fromFloor).isEmpty();
                    assertThat(fromCeiling).isEmpty();
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
