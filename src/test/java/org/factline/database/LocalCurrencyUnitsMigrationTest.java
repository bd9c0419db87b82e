package org.factline.database;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.factline.PostgresTestDatabase;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database filled before indicators in local currency units had a unit: V16 gives them and their observations
 * 'LCU', and leaves every other indicator as it was. Runs on PostgreSQL when the tests do.
 */
class LocalCurrencyUnitsMigrationTest {

    @Test
    void indicatorsInLocalCurrencyUnitsAndTheirObservationsGetTheUnitAndNoOthers() {
        PostgresTestDatabase.Scratch scratch = PostgresTestDatabase.scratch("units-");
        DataSource ds = scratch.dataSource();
        FluentConfiguration flyway = scratch.flyway();
        flyway.target("15").load().migrate();
        JdbcClient jdbc = JdbcClient.create(ds);
        jdbc.sql("insert into geography (code, name, kind) values ('KGZ', 'Kyrgyz Republic', 'COUNTRY')").update();
        jdbc.sql("insert into source (id, kind, url, title) values (1, 'DATASET', 'https://example.org/wdi', 'WDI')")
                .update();
        String[][] indicators = {
            {"NY.GDP.MKTP.CN", "GDP (current LCU)", ""},
            {"NE.EXP.GNFS.KN", "Exports of goods and services (constant LCU)", ""},
            {"PA.NUS.PPP", "PPP conversion factor, GDP (LCU per international $)", ""},
            {"SP.POP.TOTL", "Population, total", ""},
            {"NY.GDP.MKTP.CD", "GDP (current US$)", "USD"},
        };
        for (int i = 0; i < indicators.length; i++) {
            String[] ind = indicators[i];
            jdbc.sql("insert into indicator (code, name, unit, frequency) values (?, ?, ?, 'A')")
                    .params(ind[0], ind[1], ind[2]).update();
            jdbc.sql("insert into series (id, indicator_code, geography_code, source_id) values (?, ?, 'KGZ', 1)")
                    .params(i + 1, ind[0]).update();
            jdbc.sql("insert into observation (series_id, period_start, frequency, obs_value, value_scale, unit, status, "
                    + "vintage) values (?, date '2020-01-01', 'A', 1, 0, ?, 'OFFICIAL', date '2024-01-01')")
                    .params(i + 1, ind[2]).update();
        }

        flyway.target("latest").load().migrate();

        assertThat(jdbc.sql("select i.code || ' ' || i.unit || ' ' || o.unit from indicator i "
                + "join series s on s.indicator_code = i.code join observation o on o.series_id = s.id order by i.code")
                .query(String.class).list()).containsExactly(
                "NE.EXP.GNFS.KN LCU LCU",
                "NY.GDP.MKTP.CD USD USD",
                "NY.GDP.MKTP.CN LCU LCU",
                "PA.NUS.PPP  ",
                "SP.POP.TOTL  ");
    }
}
