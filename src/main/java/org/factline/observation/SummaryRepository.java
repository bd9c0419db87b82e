package org.factline.observation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factline.measure.Frequency;
import org.factline.measure.Period;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every SQL statement on the {@code series_summary} table. */
@Repository
class SummaryRepository {

    /** A series' summary to write: its row count and its latest two official observations, newest first. */
    record Written(SeriesSummaries.Series series, long count, List<Observation> latest) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SummaryRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** How many observations the series of these geographies and indicators hold; an empty list means any. */
    long observationsOf(List<String> geographies, List<String> indicators) {
        Map<String, Object> p = new HashMap<>();
        return jdbc.sql("select coalesce(sum(observations), 0) from series_summary where "
                + ofSeries(geographies, indicators, p)).params(p).query(Long.class).single();
    }

    /**
     * Each summarised series of these geographies and indicators (an empty list means any) as its row count, latest
     * period and frequency: how far back its rows reach, for {@link PeriodFloor}.
     */
    List<PeriodFloor.Span> spansOf(List<String> geographies, List<String> indicators) {
        Map<String, Object> p = new HashMap<>();
        return jdbc.sql("select observations, latest_period, frequency from series_summary where latest_period is not null"
                        + " and " + ofSeries(geographies, indicators, p)).params(p)
                .query((rs, i) -> new PeriodFloor.Span(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        Frequency.fromCode(rs.getString(3)))).list();
    }

    /** The summaries of these geographies and indicators, as a condition with its parameters; an empty list means any. */
    private static String ofSeries(List<String> geographies, List<String> indicators, Map<String, Object> p) {
        StringBuilder sql = new StringBuilder("1 = 1");
        if (!geographies.isEmpty()) {
            sql.append(" and geography_code in (:geos)");
            p.put("geos", geographies);
        }
        if (!indicators.isEmpty()) {
            sql.append(" and indicator_code in (:indicators)");
            p.put("indicators", indicators);
        }
        return sql.toString();
    }

    List<SeriesSummaries.Summary> all() {
        return jdbc.sql("select * from series_summary").query(SummaryRepository::row).list();
    }

    List<SeriesSummaries.Summary> ofGeography(String geographyCode) {
        return jdbc.sql("select * from series_summary where geography_code = ?").param(geographyCode)
                .query(SummaryRepository::row).list();
    }

    /**
     * A page of summaries in code order (indicator, then geography): of these indicators and geographies (null: any),
     * of the indicators or geographies a text matched (null: no text), leaving out the excluded series.
     */
    List<SeriesSummaries.Summary> page(SeriesSummaries.Filter f, java.util.Collection<SeriesSummaries.Series> excluded,
                                       int offset, int limit) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        String sql = "select * from series_summary where " + where(f, excluded, p)
                + " order by indicator_code, geography_code offset :offset rows fetch next :limit rows only";
        p.put("offset", offset);
        p.put("limit", limit);
        return jdbc.sql(sql).params(p).query(SummaryRepository::row).list();
    }

    long count(SeriesSummaries.Filter f, java.util.Collection<SeriesSummaries.Series> excluded) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        return jdbc.sql("select count(*) from series_summary where " + where(f, excluded, p)).params(p)
                .query(Long.class).single();
    }

    private static String where(SeriesSummaries.Filter f, java.util.Collection<SeriesSummaries.Series> excluded,
                                java.util.Map<String, Object> p) {
        StringBuilder sql = new StringBuilder("1 = 1");
        in(sql, p, "indicator_code", "inds", f.indicators());
        in(sql, p, "geography_code", "geos", f.geographies());
        if (f.textIndicators() != null) {
            sql.append(" and (").append(f.textIndicators().isEmpty() ? "1 = 0" : "indicator_code in (:tinds)")
                    .append(" or ").append(f.textGeographies().isEmpty() ? "1 = 0" : "geography_code in (:tgeos)")
                    .append(')');
            p.put("tinds", f.textIndicators());
            p.put("tgeos", f.textGeographies());
        }
        if (!excluded.isEmpty()) {
            sql.append(" and (indicator_code || '|' || geography_code) not in (:excluded)");
            p.put("excluded", excluded.stream().map(s -> s.indicatorCode() + "|" + s.geographyCode()).toList());
        }
        return sql.toString();
    }

    private static void in(StringBuilder sql, java.util.Map<String, Object> p, String column, String name,
                           java.util.Collection<String> values) {
        if (values != null) {
            sql.append(values.isEmpty() ? " and 1 = 0" : " and " + column + " in (:" + name + ")");
            p.put(name, values);
        }
    }

    Optional<SeriesSummaries.Summary> find(SeriesSummaries.Series s) {
        return jdbc.sql("select * from series_summary where indicator_code = ? and geography_code = ?")
                .params(s.indicatorCode(), s.geographyCode()).query(SummaryRepository::row).optional();
    }

    /** The summaries of those of these series that have one: one query per indicator or per geography. */
    Map<SeriesSummaries.Series, SeriesSummaries.Summary> findAll(Collection<SeriesSummaries.Series> series) {
        Map<SeriesSummaries.Series, SeriesSummaries.Summary> found = new HashMap<>();
        Set<SeriesSummaries.Series> wanted = Set.copyOf(series);
        // One equality per group, the rows not wanted dropped here: an IN list of the other column beside it made
        // H2 walk the primary key, and cost a WDI-sized import a fifth of its time.
        SeriesSummaries.Series.grouped(wanted, (column, one, otherColumn, others) -> jdbc.sql(
                        "select * from series_summary where " + column + " = :one")
                .param("one", one).query(SummaryRepository::row).list().stream()
                .filter(summary -> wanted.contains(summary.series()))
                .forEach(summary -> found.put(summary.series(), summary)));
        return found;
    }

    List<String> geographiesOf(String indicatorCode) {
        return jdbc.sql("select geography_code from series_summary where indicator_code = ?").param(indicatorCode)
                .query(String.class).list();
    }

    List<String> indicatorsOf(String geographyCode) {
        return jdbc.sql("select indicator_code from series_summary where geography_code = ?").param(geographyCode)
                .query(String.class).list();
    }

    /** Per indicator: how many geographies have data, and the latest official period's start among them. */
    List<SeriesSummaries.Coverage> coverage() {
        java.util.Map<String, SeriesSummaries.Coverage> out = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select c.indicator_code, c.geographies, s.latest_period, s.frequency
                        from (select indicator_code, count(*) as geographies, max(latest_period) as latest
                              from series_summary group by indicator_code) c
                        left join series_summary s
                          on s.indicator_code = c.indicator_code and s.latest_period = c.latest""")
                .query((rs, i) -> {
                    LocalDate latest = rs.getObject(3, LocalDate.class);
                    return out.putIfAbsent(rs.getString(1), new SeriesSummaries.Coverage(rs.getString(1), rs.getInt(2),
                            latest == null ? null : new Period(latest, Frequency.fromCode(rs.getString(4)))));
                })
                .list();
        return List.copyOf(out.values());
    }

    void delete(SeriesSummaries.Series s) {
        jdbc.sql("delete from series_summary where indicator_code = ? and geography_code = ?")
                .params(s.indicatorCode(), s.geographyCode()).update();
    }

    /** Writes a series' summary: its row count and its latest two official observations, newest first. */
    void replace(SeriesSummaries.Series s, long count, List<Observation> latest) {
        replaceAll(List.of(new Written(s, count, latest)), Set.of(s));
    }

    /**
     * Writes many summaries in two JDBC batches: deletes the old ones of the series in {@code existing}, then inserts
     * every one (a statement or three per series made a WDI-sized import spend 15% of its time here).
     */
    void replaceAll(List<Written> written, Set<SeriesSummaries.Series> existing) {
        List<SeriesSummaries.Series> old = written.stream().map(Written::series).filter(existing::contains).toList();
        template.batchUpdate("delete from series_summary where indicator_code = ? and geography_code = ?", old,
                1_000, (ps, s) -> {
                    ps.setString(1, s.indicatorCode());
                    ps.setString(2, s.geographyCode());
                });
        template.batchUpdate("""
                insert into series_summary (indicator_code, geography_code, observations, latest_period, frequency,
                                            latest_value, latest_scale, previous_period, previous_value, previous_scale)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", written, 1_000, (ps, w) -> {
                    Observation last = w.latest().isEmpty() ? null : w.latest().get(0);
                    Observation previous = w.latest().size() < 2 ? null : w.latest().get(1);
                    ps.setString(1, w.series().indicatorCode());
                    ps.setString(2, w.series().geographyCode());
                    ps.setLong(3, w.count());
                    ps.setObject(4, last == null ? null : last.period().start(), Types.DATE);
                    ps.setObject(5, last == null ? null : last.period().frequency().code(), Types.CHAR);
                    ps.setObject(6, last == null ? null : last.value(), Types.NUMERIC);
                    ps.setObject(7, last == null ? null : last.value().scale(), Types.INTEGER);
                    ps.setObject(8, previous == null ? null : previous.period().start(), Types.DATE);
                    ps.setObject(9, previous == null ? null : previous.value(), Types.NUMERIC);
                    ps.setObject(10, previous == null ? null : previous.value().scale(), Types.INTEGER);
                });
    }

    private static SeriesSummaries.Summary row(ResultSet rs, int i) throws SQLException {
        LocalDate latest = rs.getObject("latest_period", LocalDate.class);
        LocalDate previous = rs.getObject("previous_period", LocalDate.class);
        Frequency f = latest == null ? null : Frequency.fromCode(rs.getString("frequency"));
        return new SeriesSummaries.Summary(
                new SeriesSummaries.Series(rs.getString("indicator_code"), rs.getString("geography_code")),
                rs.getLong("observations"), latest == null ? null : new Period(latest, f),
                latest == null ? null : value(rs, "latest_value", "latest_scale"),
                previous == null ? null : new Period(previous, f),
                previous == null ? null : value(rs, "previous_value", "previous_scale"));
    }

    private static BigDecimal value(ResultSet rs, String column, String scale) throws SQLException {
        return rs.getBigDecimal(column).setScale(rs.getInt(scale), RoundingMode.UNNECESSARY);
    }
}
