package org.factline.observation;

import org.factline.problem.Conflict;
import org.factline.problem.NotFound;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factline.measure.Frequency;
import org.factline.measure.Period;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records and lists observations. Rows are only ever added: a revision is a new row with a newer vintage. */
@Service
public class ObservationService {

    private static final String INSERT = """
            insert into observation (indicator_code, geography_code, period_start, frequency, obs_value, value_scale,
                                     unit, status, source_id, vintage, import_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    static final RowMapper<Observation> ROW = (rs, i) -> {
        BigDecimal stored = rs.getBigDecimal("obs_value");
        int scale = rs.getInt("value_scale");
        Number importId = (Number) rs.getObject("import_id");
        return new Observation(
                rs.getLong("id"), rs.getString("indicator_code"), rs.getString("geography_code"),
                new Period(rs.getObject("period_start", LocalDate.class), Frequency.fromCode(rs.getString("frequency"))),
                stored.setScale(scale, java.math.RoundingMode.UNNECESSARY),
                rs.getString("unit"), ObservationStatus.valueOf(rs.getString("status")), rs.getLong("source_id"),
                rs.getObject("vintage", LocalDate.class), importId == null ? null : importId.longValue());
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final SeriesSummaries summaries;
    private volatile Boolean postgres;

    ObservationService(JdbcClient jdbc, JdbcTemplate template, SeriesSummaries summaries) {
        this.jdbc = jdbc;
        this.template = template;
        this.summaries = summaries;
    }

    /**
     * Records one observation and returns its id. Recording the same fact again (same series, period, source
     * and vintage, same value) returns the existing id; a different value for the same key is refused, since a
     * revision must come with a newer vintage.
     */
    @Transactional
    public long record(NewObservation o) {
        Optional<Observation> existing = jdbc.sql("""
                        select * from observation where indicator_code = ? and geography_code = ? and period_start = ?
                        and frequency = ? and source_id = ? and vintage = ?""")
                .params(o.indicatorCode(), o.geographyCode(), o.period().start(), o.period().frequency().code(),
                        o.sourceId(), o.vintage())
                .query(ROW).optional();
        if (existing.isPresent()) {
            if (existing.get().value().compareTo(o.value()) != 0) {
                throw new Conflict("Source " + o.sourceId() + " already gives " + existing.get().value()
                        + " for " + o.indicatorCode() + " " + o.geographyCode() + " " + o.period() + " as of "
                        + o.vintage() + "; a revised value needs a newer vintage");
            }
            return existing.get().id();
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        template.update(con -> {
            PreparedStatement ps = con.prepareStatement(INSERT, new String[] {"id"});
            bind(ps, o, null);
            return ps;
        }, keys);
        summaries.refresh(List.of(new SeriesSummaries.Series(o.indicatorCode(), o.geographyCode())));
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Deletes one observation that nothing cites and keeps its series' summary right. */
    @Transactional
    public void delete(long id) {
        Observation o = find(id).orElseThrow(() -> new NotFound("No observation " + id));
        jdbc.sql("delete from observation where id = ?").param(id).update();
        summaries.refresh(List.of(new SeriesSummaries.Series(o.indicatorCode(), o.geographyCode())));
    }

    /**
     * Adds many observations in JDBC batches, all tagged with the import they came from. The caller refreshes the
     * touched series' summaries once it is done ({@link SeriesSummaries#refresh}), not every batch.
     */
    @Transactional
    public int addAll(List<NewObservation> observations, Long importId) {
        if (observations.isEmpty()) {
            return 0;
        }
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
                    c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgresql"));
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
                quoted(csv, o.geographyCode()).append(',');
                csv.append(pgDate(o.period().start())).append(',').append(o.period().frequency().code()).append(',')
                        .append(o.value().toPlainString()).append(',').append(o.value().scale()).append(',');
                quoted(csv, o.unit()).append(',').append(o.status().name()).append(',').append(o.sourceId()).append(',')
                        .append(pgDate(o.vintage())).append(',');
                if (importId != null) {
                    csv.append(importId);
                }
                csv.append('\n');
            }
            try {
                con.unwrap(PGConnection.class).getCopyAPI().copyIn(STAGE_COPY, new java.io.StringReader(csv.toString()));
            } catch (java.io.IOException e) {
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
        return d.getYear() > 0 ? d.toString() : String.format(java.util.Locale.ROOT, "%04d-%02d-%02d BC",
                1 - d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    private static StringBuilder quoted(StringBuilder out, String text) {
        return out.append('"').append(text.replace("\"", "\"\"")).append('"');
    }

    private static final String STAGE_COLUMNS = "indicator_code, geography_code, period_start, frequency, obs_value, "
            + "value_scale, unit, status, source_id, vintage, import_id";
    private static final String STAGE_COPY = "copy observation_stage (" + STAGE_COLUMNS + ") from stdin with (format csv)";
    private static final String STAGE_MERGE = "insert into observation (" + STAGE_COLUMNS + ") select " + STAGE_COLUMNS
            + " from observation_stage";

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
            ps.setNull(11, java.sql.Types.BIGINT);
        } else {
            ps.setLong(11, importId);
        }
    }

    @Transactional(readOnly = true)
    public Optional<Observation> find(long id) {
        return jdbc.sql("select * from observation where id = ?").param(id).query(ROW).optional();
    }

    /**
     * Observations matching the filter, ordered by indicator, geography, period, vintage and id, one page of
     * them ({@code offset}, {@code limit}).
     */
    @Transactional(readOnly = true)
    public List<Observation> find(ObservationFilter f) {
        StringBuilder sql = new StringBuilder("select * from observation where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!f.geographies().isEmpty()) {
            sql.append(" and geography_code in (:geos)");
            params.put("geos", f.geographies());
        }
        if (!f.indicators().isEmpty()) {
            sql.append(" and indicator_code in (:indicators)");
            params.put("indicators", f.indicators());
        }
        if (f.sourceId() != null) {
            sql.append(" and source_id = :source");
            params.put("source", f.sourceId());
        }
        if (f.from() != null) {
            sql.append(" and period_start >= :from");
            params.put("from", f.from().start());
        }
        if (f.to() != null) {
            sql.append(" and period_start < :to");
            params.put("to", f.to().end());
        }
        sql.append(" order by indicator_code, geography_code, period_start, vintage, id offset :offset rows fetch next :limit rows only");
        params.put("offset", f.offset());
        params.put("limit", f.limit());
        return jdbc.sql(sql.toString()).params(params).query(ROW).list();
    }

    /** Every value of one source's series, each period with each of its vintages. */
    @Transactional(readOnly = true)
    public List<Vintages.Value> vintagesOf(SeriesKey key) {
        return jdbc.sql("""
                        select period_start, frequency, vintage, obs_value, value_scale from observation
                        where indicator_code = ? and geography_code = ? and source_id = ?""")
                .params(key.indicatorCode(), key.geographyCode(), key.sourceId())
                .query((rs, i) -> new Vintages.Value(
                        new Period(rs.getObject("period_start", LocalDate.class),
                                Frequency.fromCode(rs.getString("frequency"))),
                        rs.getObject("vintage", LocalDate.class),
                        rs.getBigDecimal("obs_value").setScale(rs.getInt("value_scale"), java.math.RoundingMode.UNNECESSARY)))
                .list();
    }

    /** Whether a source gives any observation at all. */
    @Transactional(readOnly = true)
    public boolean hasAny(long sourceId) {
        return jdbc.sql("select 1 from observation where source_id = ? fetch first 1 rows only")
                .param(sourceId).query(Integer.class).optional().isPresent();
    }

    /** How many observations each source gives, by source id. */
    @Transactional(readOnly = true)
    public Map<Long, Long> countBySource(List<Long> sourceIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (sourceIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("select source_id, count(*) n from observation where source_id in (:ids) group by source_id")
                .param("ids", sourceIds)
                .query((rs, i) -> counts.put(rs.getLong("source_id"), rs.getLong("n"))).list();
        return counts;
    }

    /** The geographies that have data for an indicator. */
    @Transactional(readOnly = true)
    public List<String> geographiesOf(String indicatorCode) {
        return new ArrayList<>(jdbc.sql("select geography_code from series_summary where indicator_code = ?")
                .param(indicatorCode).query(String.class).list());
    }

    /** The series an import's observations belong to. */
    @Transactional(readOnly = true)
    public List<SeriesSummaries.Series> seriesOfImport(long importId) {
        return jdbc.sql("select distinct indicator_code, geography_code from observation where import_id = ?")
                .param(importId).query((rs, i) -> new SeriesSummaries.Series(rs.getString(1), rs.getString(2))).list();
    }
}
