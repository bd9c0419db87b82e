package org.factline.observation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many observations each geography holds for each period start (decision 017): every write appends what it
 * changed, in the writing transaction, from the {@link ObservationsChanged} it publishes, and never updates a row,
 * so that two imports into one geography do not wait on each other here; a geography's count for a period is the
 * sum of its rows. A Facts page of geographies at any depth is then found by adding counts.
 */
@Component
class GeographyPeriods {

    /** Rows of one geography for one period start; negative for rows removed. */
    public record Count(String geographyCode, LocalDate periodStart, long observations) {
    }

    private record Key(String geographyCode, LocalDate periodStart) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    GeographyPeriods(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Appends the rows a write added and the ones it removed, where the writer said which. */
    @EventListener
    void on(ObservationsChanged change) {
        Map<Key, Long> delta = new TreeMap<>(java.util.Comparator.comparing(Key::geographyCode)
                .thenComparing(Key::periodStart));
        for (NewObservation o : change.added()) {
            delta.merge(new Key(o.geographyCode(), o.period().start()), 1L, Long::sum);
        }
        for (Count c : change.lost()) {
            delta.merge(new Key(c.geographyCode(), c.periodStart()), -c.observations(), Long::sum);
        }
        List<Map.Entry<Key, Long>> rows = new ArrayList<>(delta.entrySet());
        rows.removeIf(e -> e.getValue() == 0);
        template.batchUpdate("insert into geography_period_count (geography_code, period_start, observations) "
                + "values (?, ?, ?)", rows, 1_000, (ps, e) -> {
                    ps.setString(1, e.getKey().geographyCode());
                    ps.setObject(2, e.getKey().periodStart());
                    ps.setLong(3, e.getValue());
                });
    }

    /** How many rows these geographies hold for each period start that has any, summed over the geographies. */
    NavigableMap<LocalDate, Long> of(List<String> geographies) {
        NavigableMap<LocalDate, Long> out = new TreeMap<>();
        jdbc.sql("select period_start, sum(observations) from geography_period_count where geography_code in (:geos)"
                        + " group by period_start")
                .param("geos", geographies)
                .query(rs -> {
                    out.merge(rs.getObject(1, LocalDate.class), rs.getLong(2), Long::sum);
                });
        out.values().removeIf(n -> n == 0);
        return out;
    }
}
