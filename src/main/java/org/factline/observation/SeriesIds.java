package org.factline.observation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code series} table: the id an observation names its series (indicator x geography) by. A series is made the
 * first time an observation of it is written, in the writer's transaction, so a preview rolled back leaves none.
 * Ids are never cached across calls: a rolled-back transaction would leave a cache naming ids that do not exist.
 */
final class SeriesIds {

    /** How many geographies one lookup asks for. */
    private static final int PER_QUERY = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    /** A savepoint around the inserts, so that losing a race to make the same series leaves the transaction usable. */
    private final TransactionTemplate savepoint;

    SeriesIds(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.template = template;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** The ids of these series, each made if it does not exist yet. */
    Map<SeriesSummaries.Series, Long> ensure(Collection<SeriesSummaries.Series> wanted) {
        Map<SeriesSummaries.Series, Long> ids = find(wanted);
        List<SeriesSummaries.Series> missing = wanted.stream().distinct().filter(s -> !ids.containsKey(s)).toList();
        if (missing.isEmpty()) {
            return ids;
        }
        try {
            savepoint.executeWithoutResult(tx -> insert(missing));
        } catch (DuplicateKeyException raced) {
            // Another writer made some of them meanwhile: make the others one at a time.
            for (SeriesSummaries.Series s : missing) {
                try {
                    savepoint.executeWithoutResult(tx -> insert(List.of(s)));
                } catch (DuplicateKeyException madeByTheOther) {
                    // it exists now, which is all this needs
                }
            }
        }
        ids.putAll(find(missing));
        if (ids.size() < wanted.stream().distinct().count()) {
            throw new IllegalStateException("series missing after they were made: " + missing);
        }
        return ids;
    }

    long ensure(SeriesSummaries.Series series) {
        return ensure(List.of(series)).get(series);
    }

    /** The ids of those of these series that exist: one query per indicator, its geographies as an IN list. */
    Map<SeriesSummaries.Series, Long> find(Collection<SeriesSummaries.Series> series) {
        Map<String, List<String>> byIndicator = series.stream().distinct().collect(Collectors.groupingBy(
                SeriesSummaries.Series::indicatorCode, LinkedHashMap::new,
                Collectors.mapping(SeriesSummaries.Series::geographyCode, Collectors.toList())));
        Map<SeriesSummaries.Series, Long> ids = new HashMap<>();
        byIndicator.forEach((indicator, geographies) -> {
            for (int from = 0; from < geographies.size(); from += PER_QUERY) {
                jdbc.sql("select id, geography_code from series where indicator_code = :i and geography_code in (:g)")
                        .param("i", indicator)
                        .param("g", geographies.subList(from, Math.min(geographies.size(), from + PER_QUERY)))
                        .query((rs, n) -> ids.put(new SeriesSummaries.Series(indicator, rs.getString(2)), rs.getLong(1)))
                        .list();
            }
        });
        return ids;
    }

    private void insert(List<SeriesSummaries.Series> series) {
        template.batchUpdate("insert into series (indicator_code, geography_code) values (?, ?)",
                new ArrayList<>(series), 1_000, (ps, s) -> {
                    ps.setString(1, s.indicatorCode());
                    ps.setString(2, s.geographyCode());
                });
    }
}
