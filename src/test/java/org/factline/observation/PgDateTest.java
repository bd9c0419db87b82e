package org.factline.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates as the PostgreSQL COPY path writes them; OWID's negative years must survive. */
class PgDateTest {

    @Test
    void yearsBeforeOneAreWrittenAsBc() {
        assertThat(BulkInsert.pgDate(LocalDate.of(2020, 7, 14))).isEqualTo("2020-07-14");
        assertThat(BulkInsert.pgDate(LocalDate.of(1, 1, 1))).isEqualTo("0001-01-01");
        // ISO year 0 is 1 BC; -50 is 51 BC.
        assertThat(BulkInsert.pgDate(LocalDate.of(0, 1, 1))).isEqualTo("0001-01-01 BC");
        assertThat(BulkInsert.pgDate(LocalDate.of(-50, 1, 1))).isEqualTo("0051-01-01 BC");
    }
}
