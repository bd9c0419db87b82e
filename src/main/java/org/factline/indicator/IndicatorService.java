package org.factline.indicator;

import java.util.Optional;
import org.factline.measure.Frequency;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The indicators Factline knows. */
@Service
public class IndicatorService {

    private static final RowMapper<Indicator> ROW = (rs, i) -> new Indicator(
            rs.getString("code"), rs.getString("name"), rs.getString("unit"),
            Frequency.fromCode(rs.getString("frequency")), rs.getString("description"),
            rs.getString("source_organization"));

    private final JdbcClient jdbc;

    IndicatorService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the indicator, or updates its name, unit, frequency and description if the code exists. */
    @Transactional
    public void save(Indicator ind) {
        int updated = jdbc.sql("""
                        update indicator set name = ?, unit = ?, frequency = ?, description = ?, source_organization = ?
                        where code = ?""")
                .params(ind.name(), ind.unit(), ind.frequency().code(), ind.description(), ind.sourceOrganization(),
                        ind.code())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into indicator (code, name, unit, frequency, description, source_organization)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(ind.code(), ind.name(), ind.unit(), ind.frequency().code(), ind.description(),
                            ind.sourceOrganization())
                    .update();
        }
    }

    @Transactional(readOnly = true)
    public Optional<Indicator> find(String code) {
        return jdbc.sql("select * from indicator where code = ?").param(code).query(ROW).optional();
    }

    /** The indicator with exactly this name, ignoring case, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Indicator> findByName(String name) {
        return jdbc.sql("select * from indicator where lower(name) = lower(?) order by code")
                .param(name).query(ROW).stream().findFirst();
    }

    /** Every indicator, by name. */
    @Transactional(readOnly = true)
    public java.util.List<Indicator> all() {
        return jdbc.sql("select * from indicator order by name").query(ROW).list();
    }

    /** The codes of the indicators whose code or name contains the text, ignoring case. */
    @Transactional(readOnly = true)
    public java.util.List<String> codesMatching(String text) {
        String like = org.factline.measure.Like.containing(text);
        return jdbc.sql("select code from indicator where lower(name) like ? escape '\\' or lower(code) like ? escape '\\'")
                .params(like, like).query(String.class).list();
    }
}
