package org.factline.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.factline.FactlineTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The seed's files of other names for places are loaded again when a row is added to them, and only then. */
@FactlineTest
class SeedNamesTest {

    private static final String FILE = "seed/geography-names.csv";

    @Autowired
    SeedLoader seed;
    @Autowired
    JdbcClient jdbc;

    private boolean named(String name) {
        return jdbc.sql("select count(*) from geography_name where geography_code = 'COD' and name = ?").param(name)
                .query(Long.class).single() > 0;
    }

    private void forget(String name) {
        jdbc.sql("delete from geography_name where geography_code = 'COD' and name = ?").param(name).update();
    }

    @Test
    void aDatabaseSeededBeforeANameWasAddedGetsItAtItsNextStartAndAnUnchangedFileIsNotLoadedAgain() throws Exception {
        assertThat(named("Democratic Republic of Congo")).isTrue();
        String current = jdbc.sql("select checksum from seed_log where name = ?").param(FILE).query(String.class)
                .single();

        // As a database seeded from an earlier edition of the file: the name missing, another checksum recorded.
        forget("Democratic Republic of Congo");
        jdbc.sql("update seed_log set checksum = 'an earlier edition' where name = ?").param(FILE).update();
        seed.run(null);

        assertThat(named("Democratic Republic of Congo")).isTrue();
        assertThat(jdbc.sql("select checksum from seed_log where name = ?").param(FILE).query(String.class).single())
                .isEqualTo(current);

        // The same file again: nothing is loaded, so a name removed since stays removed.
        forget("DRC");
        seed.run(null);
        assertThat(named("DRC")).isFalse();
        jdbc.sql("insert into geography_name (geography_code, name) values ('COD', 'DRC')").update();
    }
}
