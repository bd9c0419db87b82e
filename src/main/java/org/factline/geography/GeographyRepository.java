package org.factline.geography;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every SQL statement on the {@code geography} table. */
@Repository
class GeographyRepository {

    private static final RowMapper<Geography> ROW = (rs, i) -> new Geography(
            rs.getString("code"), rs.getString("name"), GeographyKind.valueOf(rs.getString("kind")),
            rs.getString("region"), rs.getString("income_group"));

    private final JdbcClient jdbc;

    GeographyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(Geography g) {
        int updated = jdbc.sql("update geography set name = ?, kind = ?, region = ?, income_group = ? where code = ?")
                .params(g.name(), g.kind().name(), g.region(), g.incomeGroup(), g.code())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into geography (code, name, kind, region, income_group) values (?, ?, ?, ?, ?)")
                    .params(g.code(), g.name(), g.kind().name(), g.region(), g.incomeGroup())
                    .update();
        }
    }

    Optional<Geography> find(String code) {
        return jdbc.sql("select * from geography where code = ?").param(code).query(ROW).optional();
    }

    List<Geography> findAll(Collection<String> codes) {
        return jdbc.sql("select * from geography where code in (:codes) order by name")
                .param("codes", codes).query(ROW).list();
    }

    List<Geography> list() {
        return jdbc.sql("select * from geography order by name").query(ROW).list();
    }

    void addName(String code, String name) {
        if (jdbc.sql("select count(*) from geography_name where geography_code = ? and name = ?").params(code, name)
                .query(Long.class).single() == 0) {
            jdbc.sql("insert into geography_name (geography_code, name) values (?, ?)").params(code, name).update();
        }
    }

    java.util.Map<String, List<String>> otherNames() {
        java.util.Map<String, List<String>> out = new java.util.HashMap<>();
        jdbc.sql("select geography_code, name from geography_name order by geography_code, name")
                .query((rs, i) -> out.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>())
                        .add(rs.getString(2))).list();
        return out;
    }
}
