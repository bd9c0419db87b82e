package org.factline.observation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code series_summary} in step with {@code observation}: after a write, the touched series are recomputed
 * from their own rows through the observation table's (indicator, geography, period) index, so reading every
 * series at a glance never scans the observation table.
 */
@Service
public class SeriesSummaries {

    /** A series: an indicator for a geography, whatever the source. */
    public record Series(String indicatorCode, String geographyCode) {
    }

    private final JdbcClient jdbc;

    SeriesSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What one import wrote to a series: how many rows, and the latest two periods of its official rows with
     * their values (all of one vintage, the import's).
     */
    public static final class Delta {
        private long rows;
        private final java.util.TreeMap<LocalDate, Object[]> latest = new java.util.TreeMap<>();

        public void add(org.factline.measure.Period period, BigDecimal value, boolean official) {
            rows++;
            if (official) {
                latest.put(period.start(), new Object[] {period.start(), period.frequency().code(), value,
                    value.scale()});
                if (latest.size() > 2) {
                    latest.pollFirstEntry();
                }
            }
        }
    }

    /**
     * Brings the summaries up to date after an import, cheaply: a series new to Factline takes its summary from
     * what the import wrote; an existing one adds the rows and re-reads only the periods from its previous
     * summarised period on, through the index.
     */
    @Transactional
    public void apply(java.util.Map<Series, Delta> deltas) {
        for (java.util.Map.Entry<Series, Delta> e : deltas.entrySet()) {
            Series s = e.getKey();
            Delta d = e.getValue();
            java.util.Optional<Object[]> old = jdbc.sql("""
                            select observations, latest_period, previous_period from series_summary
                            where indicator_code = ? and geography_code = ?""")
                    .params(s.indicatorCode(), s.geographyCode())
                    .query((rs, i) -> new Object[] {rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class)})
                    .optional();
            if (old.isEmpty()) {
                List<Object[]> top = new ArrayList<>(d.latest.descendingMap().values());
                write(s, d.rows, top);
                continue;
            }
            LocalDate from = old.get()[2] != null ? (LocalDate) old.get()[2]
                    : old.get()[1] != null ? (LocalDate) old.get()[1] : LocalDate.of(-9999, 1, 1);
            List<Object[]> top = latestTwo(s, from);
            jdbc.sql("delete from series_summary where indicator_code = ? and geography_code = ?")
                    .params(s.indicatorCode(), s.geographyCode()).update();
            write(s, (Long) old.get()[0] + d.rows, top);
        }
    }

    /** Recomputes the given series, in the caller's transaction. */
    @Transactional
    public void refresh(Collection<Series> series) {
        for (Series s : series) {
            refresh(s);
        }
    }

    private void refresh(Series s) {
        jdbc.sql("delete from series_summary where indicator_code = ? and geography_code = ?")
                .params(s.indicatorCode(), s.geographyCode()).update();
        long count = jdbc.sql("select count(*) from observation where indicator_code = ? and geography_code = ?")
                .params(s.indicatorCode(), s.geographyCode()).query(Long.class).single();
        if (count == 0) {
            return;
        }
        write(s, count, latestTwo(s, LocalDate.of(-9999, 1, 1)));
    }

    /** The latest two periods from {@code from} on with official values, each at its latest vintage. */
    private List<Object[]> latestTwo(Series s, LocalDate from) {
        List<Object[]> latest = new ArrayList<>();
        jdbc.sql("""
                        select period_start, frequency, obs_value, value_scale from observation
                        where indicator_code = ? and geography_code = ? and period_start >= ? and status = 'OFFICIAL'
                        order by period_start desc, vintage desc, id desc fetch first 64 rows only""")
                .params(s.indicatorCode(), s.geographyCode(), from)
                .query((rs, i) -> new Object[] {rs.getObject(1, LocalDate.class), rs.getString(2), rs.getBigDecimal(3),
                    rs.getInt(4)})
                .list().forEach(row -> {
                    if (latest.size() < 2 && (latest.isEmpty() || !latest.get(latest.size() - 1)[0].equals(row[0]))) {
                        latest.add(row);
                    }
                });
        return latest;
    }

    private void write(Series s, long count, List<Object[]> latest) {
        Object[] last = latest.isEmpty() ? null : latest.get(0);
        Object[] previous = latest.size() < 2 ? null : latest.get(1);
        jdbc.sql("""
                        insert into series_summary (indicator_code, geography_code, observations, latest_period, frequency,
                                                    latest_value, latest_scale, previous_period, previous_value,
                                                    previous_scale)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.indicatorCode(), s.geographyCode(), count,
                        last == null ? null : last[0], last == null ? null : last[1],
                        last == null ? null : (BigDecimal) last[2], last == null ? null : last[3],
                        previous == null ? null : previous[0], previous == null ? null : (BigDecimal) previous[2],
                        previous == null ? null : previous[3])
                .update();
    }
}
