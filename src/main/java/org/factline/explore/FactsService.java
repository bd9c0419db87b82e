package org.factline.explore;

import org.factline.problem.InvalidInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factline.measure.Frequency;
import org.factline.measure.Period;
import org.factline.observation.ObservationStatus;
import org.factline.source.SourceKind;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Facts explorer's read side: one page of observations at a time (no COUNT: the grid scrolls on as long as
 * pages come back full), and the whole filtered result streamed as CSV.
 */
@Service
public class FactsService {

    static final String CSV_HEADER = "indicator,indicator_name,geo,geo_name,period,value,unit,status,vintage,"
            + "source_kind,source_title,source_url,citations";

    private static final RowMapper<FactRow> ROW = FactsService::row;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    FactsService(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** Up to {@code limit} facts from {@code offset}, in the given order (then by id, so pages are stable). */
    @Transactional(readOnly = true)
    public List<FactRow> page(FactQuery q, FactSort sort, boolean descending, int offset, int limit) {
        if (limit < 1 || limit > 1_000 || offset < 0) {
            throw new InvalidInput("A page is 1 to 1,000 facts from offset 0 or more");
        }
        // First the page's ids from the observation table alone, so an index can give the order; then the rows.
        MapSqlParameterSource params = new MapSqlParameterSource();
        String ids = "select o.id from observation o where 1 = 1" + where(q, params) + " order by "
                + (sort == null ? FactSort.PERIOD : sort).column + (descending ? " desc" : "") + ", o.id"
                + (descending ? " desc" : "") + " offset :offset rows fetch next :limit rows only";
        params.addValue("offset", offset).addValue("limit", limit);
        List<Long> page = named.queryForList(ids, params, Long.class);
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, FactRow> rows = new HashMap<>();
        named.query(SELECT + " where o.id in (:ids)", new MapSqlParameterSource("ids", page),
                (ResultSet rs) -> {
                    while (rs.next()) {
                        FactRow f = row(rs, 0);
                        rows.put(f.id(), f);
                    }
                    return null;
                });
        return page.stream().map(rows::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Streams every fact the query matches as CSV, in period order, without holding them in memory. */
    @Transactional(readOnly = true)
    public long exportCsv(FactQuery q, Writer out) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = SELECT + " where 1 = 1" + where(q, params)
                + " order by o.indicator_code, o.geography_code, o.period_start, o.vintage, o.id";
        long[] count = {0};
        try {
            out.write(CSV_HEADER);
            out.write("\n");
            named.query(sql, params, rs -> {
                FactRow f = row(rs, 0);
                try {
                    out.write(String.join(",", CsvCells.text(f.indicatorCode()), CsvCells.text(f.indicatorName()),
                            CsvCells.text(f.geographyCode()), CsvCells.text(f.geographyName()),
                            CsvCells.text(f.period().toString()), f.value().toPlainString(), CsvCells.text(f.unit()),
                            f.status().label(), f.vintage().toString(),
                            f.sourceKind().name().toLowerCase(Locale.ROOT), CsvCells.text(f.sourceTitle()),
                            CsvCells.text(f.sourceUrl()), Integer.toString(f.citations())));
                    out.write("\n");
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count[0];
    }

    /** The geographies and indicators that have data, for the filters' choices: code to name. */
    @Transactional(readOnly = true)
    public Map<String, String> indicatorNames() {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        jdbc.sql("select code, name from indicator order by name").query((rs, i) -> names.put(rs.getString(1),
                rs.getString(2))).list();
        return names;
    }

    @Transactional(readOnly = true)
    public Map<String, String> geographyNames() {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        jdbc.sql("select code, name from geography order by name").query((rs, i) -> names.put(rs.getString(1),
                rs.getString(2))).list();
        return names;
    }

    private static final String SELECT = """
            select o.id, o.indicator_code, i.name as indicator_name, o.geography_code, g.name as geography_name,
                   o.period_start, o.frequency, o.obs_value, o.value_scale, o.unit, o.status, o.vintage,
                   o.source_id, s.title as source_title, s.kind as source_kind, s.url as source_url,
                   (select count(*) from citation c where c.observation_id = o.id) as citations
            from observation o
            join indicator i on i.code = o.indicator_code
            join geography g on g.code = o.geography_code
            join source s on s.id = o.source_id""";

    /** The filters as conditions on the observation table alone (names are resolved to codes first). */
    private String where(FactQuery q, MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder();
        Map<String, Object> p = new HashMap<>();
        if (!q.geographies().isEmpty()) {
            sql.append(" and o.geography_code in (:geos)");
            p.put("geos", q.geographies());
        }
        if (!q.indicators().isEmpty()) {
            sql.append(" and o.indicator_code in (:indicators)");
            p.put("indicators", q.indicators());
        }
        if (q.sourceId() != null) {
            sql.append(" and o.source_id = :source");
            p.put("source", q.sourceId());
        }
        if (q.sourceKind() != null) {
            sql.append(" and o.source_id in (select id from source where kind = :kind)");
            p.put("kind", q.sourceKind().name());
        }
        if (q.status() != null) {
            sql.append(" and o.status = :status");
            p.put("status", q.status().name());
        }
        if (q.from() != null) {
            sql.append(" and o.period_start >= :from");
            p.put("from", q.from().start());
        }
        if (q.to() != null) {
            sql.append(" and o.period_start < :to");
            p.put("to", q.to().end());
        }
        if (q.citedOnly()) {
            // Citations are few: their observations' ids, then the rows by primary key.
            List<Long> cited = jdbc.sql("select distinct observation_id from citation").query(Long.class).list();
            if (cited.isEmpty()) {
                sql.append(" and 1 = 0");
            } else {
                sql.append(" and o.id in (:cited)");
                p.put("cited", cited);
            }
        }
        if (q.text() != null) {
            // Resolved in the small tables first, so the observation table is read through its indexes.
            String like = "%" + q.text().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
            List<String> codes = jdbc.sql("select code from indicator where lower(name) like ? or lower(code) like ?")
                    .params(like, like).query(String.class).list();
            List<Long> sourceIds = jdbc.sql("select id from source where lower(title) like ?").param(like)
                    .query(Long.class).list();
            if (codes.isEmpty() && sourceIds.isEmpty()) {
                sql.append(" and 1 = 0");
            } else {
                sql.append(" and (").append(codes.isEmpty() ? "1 = 0" : "o.indicator_code in (:textIndicators)")
                        .append(" or ").append(sourceIds.isEmpty() ? "1 = 0" : "o.source_id in (:textSources)")
                        .append(")");
                p.put("textIndicators", codes);
                p.put("textSources", sourceIds);
            }
        }
        params.addValues(p);
        return sql.toString();
    }

    private static FactRow row(ResultSet rs, int i) throws SQLException {
        return new FactRow(rs.getLong("id"), rs.getString("indicator_code"), rs.getString("indicator_name"),
                rs.getString("geography_code"), rs.getString("geography_name"),
                new Period(rs.getObject("period_start", LocalDate.class), Frequency.fromCode(rs.getString("frequency"))),
                rs.getBigDecimal("obs_value").setScale(rs.getInt("value_scale"), RoundingMode.UNNECESSARY),
                rs.getString("unit"), ObservationStatus.valueOf(rs.getString("status")),
                rs.getObject("vintage", LocalDate.class), rs.getLong("source_id"), rs.getString("source_title"),
                SourceKind.valueOf(rs.getString("source_kind")), rs.getString("source_url"), rs.getInt("citations"));
    }

}
