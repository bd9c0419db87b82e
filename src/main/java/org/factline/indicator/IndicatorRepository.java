package org.factline.indicator;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factline.measure.Frequency;
import org.factline.measure.Like;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every SQL statement on the {@code indicator} table. */
@Repository
class IndicatorRepository {

    private static final RowMapper<Indicator> ROW = (rs, i) -> new Indicator(
            rs.getString("code"), rs.getString("name"), rs.getString("unit"),
            Frequency.fromCode(rs.getString("frequency")), rs.getString("description"),
            rs.getString("source_organization"), rs.getString("topic"));

    private final JdbcClient jdbc;

    IndicatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(Indicator ind) {
        int updated = jdbc.sql("""
                        update indicator set name = ?, unit = ?, frequency = ?, description = ?, source_organization = ?,
                                             topic = ?
                        where code = ?""")
                .params(ind.name(), ind.unit(), ind.frequency().code(), ind.description(), ind.sourceOrganization(),
                        ind.topic(), ind.code())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into indicator (code, name, unit, frequency, description, source_organization,
                                                   topic)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(ind.code(), ind.name(), ind.unit(), ind.frequency().code(), ind.description(),
                            ind.sourceOrganization(), ind.topic())
                    .update();
        }
    }

    Optional<Indicator> find(String code) {
        return jdbc.sql("select * from indicator where code = ?").param(code).query(ROW).optional();
    }

    Map<String, String> unitsOf(Collection<String> codes) {
        Map<String, String> units = new HashMap<>();
        List<String> all = List.copyOf(codes);
        for (int from = 0; from < all.size(); from += 1_000) {
            jdbc.sql("select code, unit from indicator where code in (:codes)")
                    .param("codes", all.subList(from, Math.min(all.size(), from + 1_000)))
                    .query((RowCallbackHandler) rs -> units.put(rs.getString(1), rs.getString(2)));
        }
        return units;
    }

    Optional<Indicator> findByName(String name) {
        return jdbc.sql("select * from indicator where lower(name) = lower(?) order by code")
                .param(name).query(ROW).stream().findFirst();
    }

    List<Indicator> all() {
        return jdbc.sql("select * from indicator order by name").query(ROW).list();
    }

    List<String> codesMatching(String text) {
        String like = Like.containing(text);
        return jdbc.sql("select code from indicator where lower(name) like ? escape '\\' or lower(code) like ? escape '\\'")
                .params(like, like).query(String.class).list();
    }
}
