package org.factline.geography;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Countries, aggregates and blocs. */
@Service
public class GeographyService {

    private static final RowMapper<Geography> ROW = (rs, i) -> new Geography(
            rs.getString("code"), rs.getString("name"), GeographyKind.valueOf(rs.getString("kind")),
            rs.getString("region"), rs.getString("income_group"));

    private final JdbcClient jdbc;

    GeographyService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the geography, or updates its name, kind, region and income group if the code exists. */
    @Transactional
    public void save(Geography g) {
        int updated = jdbc.sql("update geography set name = ?, kind = ?, region = ?, income_group = ? where code = ?")
                .params(g.name(), g.kind().name(), g.region(), g.incomeGroup(), g.code())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into geography (code, name, kind, region, income_group) values (?, ?, ?, ?, ?)")
                    .params(g.code(), g.name(), g.kind().name(), g.region(), g.incomeGroup())
                    .update();
        }
    }

    @Transactional(readOnly = true)
    public Optional<Geography> find(String code) {
        return jdbc.sql("select * from geography where code = ?").param(code).query(ROW).optional();
    }

    @Transactional(readOnly = true)
    public List<Geography> findAll(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from geography where code in (:codes) order by name")
                .param("codes", codes).query(ROW).list();
    }

    @Transactional(readOnly = true)
    public List<Geography> list() {
        return jdbc.sql("select * from geography order by name").query(ROW).list();
    }
}
