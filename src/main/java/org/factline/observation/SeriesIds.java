package org.factline.observation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
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
    private final BooleanSupplier postgres;

    SeriesIds(JdbcClient jdbc, JdbcTemplate template, BooleanSupplier postgres) {
        this.jdbc = jdbc;
        this.template = template;
        this.postgres = postgres;
    }

    /** The ids of these series, each made if it does not exist yet. */
    Map<SeriesKey, Long> ensure(Collection<SeriesKey> wanted) {
        Map<SeriesKey, Long> ids = find(wanted);
        List<SeriesKey> missing = wanted.stream().distinct().filter(s -> !ids.containsKey(s)).toList();
        if (missing.isEmpty()) {
            return ids;
        }
        if (postgres.getAsBoolean()) {
            template.query(con -> {
                PreparedStatement ps = con.prepareStatement("""
                        insert into series (indicator_code, geography_code, source_id) select * from unnest(?, ?, ?)
                        returning id, indicator_code, geography_code, source_id""");
                bindKeys(con, ps, missing);
                return ps;
            }, (RowCallbackHandler) rs -> ids.put(key(rs), rs.getLong(1)));
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
     * The ids of those of these series that exist. PostgreSQL: one query, the keys as three arrays, each looked up by
     * the series' unique key (a lateral look-up: in an import's transaction the planner has no statistics of
     * the series just made, and would scan a whole source's series for a join; and a WDI bulk file names a source of
     * its own for each indicator, which made a query per source one per series). H2, embedded, where a query costs
     * no round trip: one query per source and indicator, or per source and geography, whichever makes fewer, the
     * other codes as an IN list (H2 walks the primary key for an IN list of pairs).
     */
    Map<SeriesKey, Long> find(Collection<SeriesKey> series) {
        Map<SeriesKey, Long> ids = new HashMap<>();
        if (postgres.getAsBoolean()) {
            template.query(con -> {
                PreparedStatement ps = con.prepareStatement("""
                        select s.id, k.i, k.g, k.src from unnest(?, ?, ?) as k(i, g, src) cross join lateral (
                          select id from series s where s.indicator_code = k.i and s.geography_code = k.g
                            and s.source_id = k.src limit 1) s""");
                bindKeys(con, ps, series.stream().distinct().toList());
                return ps;
            }, (RowCallbackHandler) rs -> ids.put(key(rs), rs.getLong(1)));
            return ids;
        }
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

    /** The series' indicator codes, geography codes and source ids as three arrays, the first three parameters. */
    static void bindKeys(Connection con, PreparedStatement ps, List<SeriesKey> series) throws SQLException {
        ps.setArray(1, con.createArrayOf("varchar", series.stream().map(SeriesKey::indicatorCode).toArray()));
        ps.setArray(2, con.createArrayOf("varchar", series.stream().map(SeriesKey::geographyCode).toArray()));
        ps.setArray(3, con.createArrayOf("bigint", series.stream().map(SeriesKey::sourceId).toArray()));
    }

    private static SeriesKey key(ResultSet rs) throws SQLException {
        return new SeriesKey(rs.getString(2), rs.getString(3), rs.getLong(4));
    }
}
