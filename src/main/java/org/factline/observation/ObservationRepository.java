package org.factline.observation;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.factline.measure.Frequency;
import org.factline.measure.Period;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Every SQL statement on the {@code observation} table. */
@Repository
class ObservationRepository {

    private static final String COLUMNS = "indicator_code, geography_code, period_start, frequency, obs_value, "
            + "value_scale, unit, status, source_id, vintage, import_id";
    private static final String INSERT = "insert into observation (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String STAGE_COPY = "copy observation_stage (" + COLUMNS + ") from stdin with (format csv)";
    private static final String STAGE_MERGE = "insert into observation (" + COLUMNS + ") select " + COLUMNS
            + " from observation_stage";
    /** How many series one query of official values asks for. */
    private static final int SERIES_PER_QUERY = 200;

    static final RowMapper<Observation> ROW = (rs, i) -> {
        Number importId = (Number) rs.getObject("import_id");
        return new Observation(
                rs.getLong("id"), rs.getString("indicator_code"), rs.getString("geography_code"),
                new Period(rs.getObject("period_start", LocalDate.class), Frequency.fromCode(rs.getString("frequency"))),
                rs.getBigDecimal("obs_value").setScale(rs.getInt("value_scale"), RoundingMode.UNNECESSARY),
                rs.getString("unit"), ObservationStatus.valueOf(rs.getString("status")), rs.getLong("source_id"),
                rs.getObject("vintage", LocalDate.class), importId == null ? null : importId.longValue());
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private volatile Boolean postgres;

    ObservationRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    Optional<Observation> find(long id) {
        return jdbc.sql("select * from observation where id = ?").param(id).query(ROW).optional();
    }

    List<Observation> findAll(Collection<Long> ids) {
        List<Observation> out = new ArrayList<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1_000) {
            out.addAll(jdbc.sql("select * from observation where id in (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + 1_000))).query(ROW).list());
        }
        return out;
    }

    /** The observation with the same series, period, source and vintage as {@code o}, if one is stored. */
    Optional<Observation> findSame(NewObservation o) {
        return jdbc.sql("""
                        select * from observation where indicator_code = ? and geography_code = ? and period_start = ?
                        and frequency = ? and source_id = ? and vintage = ?""")
                .params(o.indicatorCode(), o.geographyCode(), o.period().start(), o.period().frequency().code(),
                        o.sourceId(), o.vintage())
                .query(ROW).optional();
    }

    long insert(NewObservation o) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        template.update(con -> {
            PreparedStatement ps = con.prepareStatement(INSERT, new String[] {"id"});
            bind(ps, o, null);
            return ps;
        }, keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    void delete(long id) {
        jdbc.sql("delete from observation where id = ?").param(id).update();
    }

    int deleteImport(long importId) {
        return jdbc.sql("delete from observation where import_id = ?").param(importId).update();
    }

    /** Adds many rows: JDBC batches on H2, COPY through a staging table on PostgreSQL. */
    int insertAll(List<NewObservation> observations, Long importId) {
        if (isPostgres()) {
            return copyAll(observations, importId);
        }
        int[][] counts = template.batchUpdate(INSERT, observations, 1_000, (ps, o) -> bind(ps, o, importId));
        int total = 0;
        for (int[] batch : counts) {
            total += batch.length;
        }
        return total;
    }

    private boolean isPostgres() {
        Boolean p = postgres;
        if (p == null) {
            p = template.execute((ConnectionCallback<Boolean>) c ->
                    c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql"));
            postgres = p;
        }
        return Boolean.TRUE.equals(p);
    }

    /**
     * PostgreSQL's bulk path: COPY the rows into a temporary staging table of this transaction, then one
     * INSERT ... SELECT into {@code observation}, so constraints and indexes are checked as for any insert.
     */
    private int copyAll(List<NewObservation> observations, Long importId) {
        return template.execute((ConnectionCallback<Integer>) con -> {
            try (Statement s = con.createStatement()) {
                s.execute("""
                        create temporary table if not exists observation_stage (
                            indicator_code varchar(64), geography_code varchar(16), period_start date, frequency char(1),
                            obs_value numeric(44, 16), value_scale integer, unit varchar(40), status varchar(16),
                            source_id bigint, vintage date, import_id bigint) on commit drop""");
            }
            StringBuilder csv = new StringBuilder(observations.size() * 96);
            for (NewObservation o : observations) {
                quoted(csv, o.indicatorCode()).append(',');
                quoted(csv, o.geographyCode()).append(',').append(pgDate(o.period().start())).append(',')
                        .append(o.period().frequency().code()).append(',')
                        .append(o.value().toPlainString()).append(',').append(o.value().scale()).append(',');
                quoted(csv, o.unit()).append(',').append(o.status().name()).append(',').append(o.sourceId()).append(',')
                        .append(pgDate(o.vintage())).append(',');
                if (importId != null) {
                    csv.append(importId);
                }
                csv.append('\n');
            }
            try {
                con.unwrap(PGConnection.class).getCopyAPI().copyIn(STAGE_COPY, new StringReader(csv.toString()));
            } catch (IOException e) {
                throw new SQLException("COPY into the staging table failed: " + e.getMessage(), e);
            }
            try (Statement s = con.createStatement()) {
                int n = s.executeUpdate(STAGE_MERGE);
                s.execute("truncate observation_stage");
                return n;
            }
        });
    }

    /** A date as PostgreSQL reads it: year 0 and before are written as BC ("-0050-01-01" is "0051-01-01 BC"). */
    static String pgDate(LocalDate d) {
        return d.getYear() > 0 ? d.toString() : String.format(Locale.ROOT, "%04d-%02d-%02d BC",
                1 - d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    private static StringBuilder quoted(StringBuilder out, String text) {
        return out.append('"').append(text.replace("\"", "\"\"")).append('"');
    }

    private static void bind(PreparedStatement ps, NewObservation o, Long importId) throws SQLException {
        ps.setString(1, o.indicatorCode());
        ps.setString(2, o.geographyCode());
        ps.setObject(3, o.period().start());
        ps.setString(4, o.period().frequency().code());
        ps.setBigDecimal(5, o.value());
        ps.setInt(6, o.value().scale());
        ps.setString(7, o.unit());
        ps.setString(8, o.status().name());
        ps.setLong(9, o.sourceId());
        ps.setObject(10, o.vintage());
        if (importId == null) {
            ps.setNull(11, Types.BIGINT);
        } else {
            ps.setLong(11, importId);
        }
    }

    /** One page of the selection in the given order, then by id so that pages are stable. */
    List<Observation> page(ObservationSelection s, FactSort sort, boolean descending, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String dir = descending ? " desc" : "";
        String sql = "select * from observation where " + where(s, params) + " order by "
                + (sort == null ? FactSort.PERIOD : sort).column + dir + ", id" + dir
                + " offset :offset rows fetch next :limit rows only";
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql(sql).params(params).query(ROW).list();
    }

    /** Every observation of the selection in series order (indicator, geography, period, vintage), streamed. */
    void stream(ObservationSelection s, Consumer<Observation> each) {
        Map<String, Object> params = new HashMap<>();
        String sql = "select * from observation where " + where(s, params)
                + " order by indicator_code, geography_code, period_start, vintage, id";
        try (var rows = jdbc.sql(sql).params(params).query(ROW).stream()) {
            rows.forEach(each);
        }
    }

    /** The selection as conditions on the observation table: the one SQL builder of every listing of facts. */
    private static String where(ObservationSelection s, Map<String, Object> p) {
        StringBuilder sql = new StringBuilder("1 = 1");
        if (!s.geographies().isEmpty()) {
            sql.append(" and geography_code in (:geos)");
            p.put("geos", s.geographies());
        }
        if (!s.indicators().isEmpty()) {
            sql.append(" and indicator_code in (:indicators)");
            p.put("indicators", s.indicators());
        }
        in(sql, p, "source_id", "sources", s.sources());
        in(sql, p, "id", "ids", s.ids());
        if (s.status() != null) {
            sql.append(" and status = :status");
            p.put("status", s.status().name());
        }
        if (s.from() != null) {
            sql.append(" and period_start >= :from");
            p.put("from", s.from().start());
        }
        if (s.to() != null) {
            sql.append(" and period_start < :to");
            p.put("to", s.to().end());
        }
        if (s.textMatch() != null) {
            ObservationSelection.TextMatch t = s.textMatch();
            sql.append(" and (").append(t.indicators().isEmpty() ? "1 = 0" : "indicator_code in (:textIndicators)")
                    .append(" or ").append(t.sources().isEmpty() ? "1 = 0" : "source_id in (:textSources)").append(")");
            p.put("textIndicators", t.indicators());
            p.put("textSources", t.sources());
        }
        return sql.toString();
    }

    private static void in(StringBuilder sql, Map<String, Object> p, String column, String name, Set<Long> values) {
        if (values == null) {
            return;
        }
        if (values.isEmpty()) {
            sql.append(" and 1 = 0");
        } else {
            sql.append(" and ").append(column).append(" in (:").append(name).append(')');
            p.put(name, values);
        }
    }

    /** Every official row of the keys' series and periods (in any unit: the caller matches the unit). */
    List<Observation> officialRows(Collection<OfficialValues.Key> keys) {
        Map<String, List<OfficialValues.Key>> bySeries = keys.stream().collect(Collectors.groupingBy(
                k -> k.indicatorCode() + "\u0000" + k.geographyCode(), LinkedHashMap::new, Collectors.toList()));
        List<List<OfficialValues.Key>> series = new ArrayList<>(bySeries.values());
        List<Observation> out = new ArrayList<>();
        for (int from = 0; from < series.size(); from += SERIES_PER_QUERY) {
            StringBuilder sql = new StringBuilder("select * from observation where " + OfficialValues.CONDITION
                    + " and (");
            Map<String, Object> p = new HashMap<>();
            List<List<OfficialValues.Key>> chunk = series.subList(from, Math.min(series.size(), from + SERIES_PER_QUERY));
            for (int i = 0; i < chunk.size(); i++) {
                OfficialValues.Key k = chunk.get(i).get(0);
                sql.append(i == 0 ? "" : " or ").append("(indicator_code = :i").append(i).append(" and geography_code = :g")
                        .append(i).append(" and period_start in (:p").append(i).append("))");
                p.put("i" + i, k.indicatorCode());
                p.put("g" + i, k.geographyCode());
                p.put("p" + i, chunk.get(i).stream().map(x -> x.period().start()).distinct().toList());
            }
            sql.append(')');
            out.addAll(jdbc.sql(sql.toString()).params(p).query(ROW).list());
        }
        out.sort(OfficialValues.NEWEST_FIRST);
        return out;
    }

    /** Every value of one source's series, each period with each of its vintages. */
    List<Vintages.Value> vintagesOf(SeriesKey key) {
        return jdbc.sql("""
                        select period_start, frequency, vintage, obs_value, value_scale from observation
                        where indicator_code = ? and geography_code = ? and source_id = ?""")
                .params(key.indicatorCode(), key.geographyCode(), key.sourceId())
                .query((rs, i) -> new Vintages.Value(
                        new Period(rs.getObject("period_start", LocalDate.class),
                                Frequency.fromCode(rs.getString("frequency"))),
                        rs.getObject("vintage", LocalDate.class),
                        rs.getBigDecimal("obs_value").setScale(rs.getInt("value_scale"), RoundingMode.UNNECESSARY)))
                .list();
    }

    boolean hasAny(long sourceId) {
        return jdbc.sql("select 1 from observation where source_id = ? fetch first 1 rows only")
                .param(sourceId).query(Integer.class).optional().isPresent();
    }

    Map<Long, Long> countBySource(Collection<Long> sourceIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!sourceIds.isEmpty()) {
            jdbc.sql("select source_id, count(*) n from observation where source_id in (:ids) group by source_id")
                    .param("ids", sourceIds)
                    .query((rs, i) -> counts.put(rs.getLong("source_id"), rs.getLong("n"))).list();
        }
        return counts;
    }

    List<SeriesSummaries.Series> seriesOfImport(long importId) {
        return jdbc.sql("select distinct indicator_code, geography_code from observation where import_id = ?")
                .param(importId).query((rs, i) -> new SeriesSummaries.Series(rs.getString(1), rs.getString(2))).list();
    }

    /** How many of the given observations an import added. */
    long countInImport(long importId, Collection<Long> ids) {
        long n = 0;
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1_000) {
            n += jdbc.sql("select count(*) from observation where import_id = :import and id in (:ids)")
                    .param("import", importId).param("ids", all.subList(from, Math.min(all.size(), from + 1_000)))
                    .query(Long.class).single();
        }
        return n;
    }

    long countSeries(SeriesSummaries.Series s) {
        return jdbc.sql("select count(*) from observation where indicator_code = ? and geography_code = ?")
                .params(s.indicatorCode(), s.geographyCode()).query(Long.class).single();
    }

    /**
     * The official rows of a series in one unit from {@code from} on, newest period first, each period's newest
     * vintage first: enough to find its latest two official periods.
     */
    List<Observation> latestOfficial(SeriesSummaries.Series s, String unit, LocalDate from) {
        return jdbc.sql("select * from observation where indicator_code = ? and geography_code = ? and period_start >= ?"
                        + " and unit = ? and " + OfficialValues.CONDITION
                        + " order by period_start desc, vintage desc, id desc fetch first 64 rows only")
                .params(s.indicatorCode(), s.geographyCode(), from, unit).query(ROW).list();
    }
}
