package org.factline.observation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code series} table: the id an observation names its series by (an indicator for a geography, as one source
 * gives it). A series is made the first time an observation of it is written, in the writer's transaction, so a
 * preview rolled back leaves none. Ids are never cached across calls: a rolled-back transaction would leave a cache
 * naming ids that do not exist. Two writers making the same series at the same moment meet the series' unique key:
 * the later one fails as when both write the same observation (an import reports the conflict and is run again).
 * No savepoint guards the insert: a preview's transaction is rollback-only, and takes none.
 */
final class SeriesIds {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SeriesIds(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The ids of these series, each made if it does not exist yet. */
    Map<SeriesKey, Long> ensure(Collection<SeriesKey> wanted) {
        Map<SeriesKey, Long> ids = find(wanted);
        List<SeriesKey> missing = wanted.stream().distinct().filter(s -> !ids.containsKey(s)).toList();
        if (missing.isEmpty()) {
            return ids;
        }
        template.batchUpdate("""
                insert into series (indicator_code, geography_code, source_id) select ?, ?, ?
                where not exists (select 1 from series where indicator_code = ? and geography_code = ? and source_id = ?)""",
                new ArrayList<>(missing), 1_000, (ps, s) -> {
                    for (int i = 0; i < 2; i++) {
                        ps.setString(1 + 3 * i, s.indicatorCode());
                        ps.setString(2 + 3 * i, s.geographyCode());
                        ps.setLong(3 + 3 * i, s.sourceId());
                    }
                });
        ids.putAll(find(missing));
        return ids;
    }

    long ensure(SeriesKey series) {
        return ensure(List.of(series)).get(series);
    }

    /**
     * The ids of those of these series that exist: one query per source and indicator, or per source and geography,
     * whichever makes fewer, the other codes as an IN list.
     */
    Map<SeriesKey, Long> find(Collection<SeriesKey> series) {
        Map<SeriesKey, Long> ids = new HashMap<>();
        Map<Long, List<SeriesSummaries.Series>> bySource = series.stream().distinct().collect(Collectors.groupingBy(
                SeriesKey::sourceId, Collectors.mapping(SeriesKey::series, Collectors.toList())));
        bySource.forEach((source, ofSource) -> SeriesSummaries.Series.grouped(ofSource,
                (column, one, otherColumn, others) -> {
                    String sql = "select id, indicator_code, geography_code from series where source_id = :source and "
                            + column + " = :one and " + otherColumn + " in (:others)";
                    for (int from = 0; from < others.size(); from += 500) {
                        jdbc.sql(sql).param("source", source).param("one", one)
                                .param("others", others.subList(from, Math.min(others.size(), from + 500)))
                                .query((rs, n) -> ids.put(new SeriesKey(rs.getString(2), rs.getString(3), source),
                                        rs.getLong(1)))
                                .list();
                    }
                }));
        return ids;
    }
}
