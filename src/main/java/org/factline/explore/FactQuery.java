package org.factline.explore;

import java.util.List;
import org.factline.measure.Period;
import org.factline.observation.FactSort;
import org.factline.observation.ObservationStatus;
import org.factline.source.SourceKind;

/**
 * Which facts to list, in what order, which page: the one query behind the Facts grid, {@code GET /api/facts} and
 * {@code GET /api/facts.csv} (its URL form is {@link FactQueryParams}). Empty lists and nulls mean "any";
 * {@code source} is a source's id or URL; {@code text} searches indicator codes and names and source titles;
 * {@code citedOnly} keeps observations that at least one article cites.
 */
public record FactQuery(List<String> geographies, List<String> indicators, String source, SourceKind sourceKind,
                        ObservationStatus status, Period from, Period to, boolean citedOnly, String text,
                        FactSort sort, boolean descending, int offset, int limit) {

    /** The page size when none is asked for. */
    public static final int DEFAULT_LIMIT = 1_000;

    public FactQuery {
        geographies = geographies == null ? List.of() : List.copyOf(geographies);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        source = source == null || source.isBlank() ? null : source.strip();
        text = text == null || text.isBlank() ? null : text.strip();
        sort = sort == null ? FactSort.PERIOD : sort;
    }

    public static FactQuery all() {
        return new FactQuery(List.of(), List.of(), null, null, null, null, null, false, null, FactSort.PERIOD, true, 0,
                DEFAULT_LIMIT);
    }

    /** The same filters, another order. */
    public FactQuery sorted(FactSort by, boolean desc) {
        return new FactQuery(geographies, indicators, source, sourceKind, status, from, to, citedOnly, text, by, desc,
                offset, limit);
    }

    /** The same filters and order, another page. */
    public FactQuery page(int from, int size) {
        return new FactQuery(geographies, indicators, source, sourceKind, status, this.from, to, citedOnly, text, sort,
                descending, from, size);
    }
}
