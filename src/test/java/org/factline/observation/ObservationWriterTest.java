package org.factline.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factline.FactlineTest;
import org.factline.measure.Period;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import's writer of observations, in a transaction of its own as an import's: on PostgreSQL a batch is COPYed
 * while the caller goes on, so what the database refuses surfaces at the next call, and the rollback still leaves
 * nothing behind.
 */
@FactlineTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ObservationWriterTest {

    private static final LocalDate VINTAGE = LocalDate.of(2099, 1, 1);

    @Autowired
    ObservationService observations;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;

    private long sourceId() {
        return jdbc.sql("select min(id) from source").query(Long.class).single();
    }

    private List<NewObservation> years(int from, int to) {
        long source = sourceId();
        List<NewObservation> rows = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            rows.add(new NewObservation("NY.GDP.MKTP.KD.ZG", "KGZ", Period.year(year), new BigDecimal(year + ".5"),
                    "%", ObservationStatus.PRELIMINARY, source, VINTAGE));
        }
        return rows;
    }

    private long stored() {
        return jdbc.sql("select count(*) from observation where vintage = ?").param(VINTAGE).query(Long.class).single();
    }

    @Test
    void batchesAreAllWrittenWhenTheWriterHasFinished() {
        long before = jdbc.sql("select count(*) from observation").query(Long.class).single();
        tx.executeWithoutResult(status -> {
            ObservationWriter writer = observations.writer(null);
            writer.add(years(1001, 1100));
            writer.add(years(1101, 1200));
            writer.add(List.of());
            writer.add(years(1201, 1250));
            writer.finish();
            assertThat(stored()).as("seen in the writing transaction").isEqualTo(250);
            status.setRollbackOnly();
        });
        assertThat(stored()).isZero();
        assertThat(jdbc.sql("select count(*) from observation").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aBatchTheDatabaseRefusesIsReportedAndTheRollbackLeavesNothing() {
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            ObservationWriter writer = observations.writer(null);
            try {
                writer.add(years(1001, 1100));
                writer.add(years(1050, 1060)); // the same series, periods and vintage again
                writer.finish();
            } finally {
                writer.close();
            }
        })).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(stored()).isZero();
    }

    @Test
    void aBatchStillBeingWrittenIsWaitedForWhenTheWriterIsClosed() {
        tx.executeWithoutResult(status -> {
            ObservationWriter writer = observations.writer(null);
            writer.add(years(1001, 1500));
            writer.close();
            assertThat(stored()).isEqualTo(500);
            status.setRollbackOnly();
        });
        assertThat(stored()).isZero();
    }

    @Test
    void aWriterNeedsItsCallersTransaction() {
        assertThatThrownBy(() -> observations.writer(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("transaction");
    }

    /**
     * Reads are taken in the order they were started, each seeing every batch added before it, and two can be in
     * flight at once; a series with nothing stored is absent.
     */
    @Test
    void readsSeeTheBatchesAddedBeforeThemAndAreTakenInOrder() {
        long source = sourceId();
        SeriesKey kgz = new SeriesKey("NY.GDP.MKTP.KD.ZG", "KGZ", source);
        SeriesKey none = new SeriesKey("NY.GDP.MKTP.KD.ZG", "ATA", source);
        tx.executeWithoutResult(status -> {
            ObservationWriter writer = observations.writer(null);
            writer.add(years(1001, 1100));
            writer.startReading(List.of(kgz, none));
            writer.add(years(1101, 1150));
            writer.startReading(List.of(kgz));
            java.util.function.Function<Map<SeriesKey, List<Vintages.Value>>, Long> ofThisTest = m -> m.get(kgz)
                    .stream().filter(v -> v.vintage().equals(VINTAGE)).count();
            Map<SeriesKey, List<Vintages.Value>> first = writer.read();
            assertThat(first).containsOnlyKeys(kgz);
            // The batch added after it was started may be written before it runs, or after.
            assertThat(ofThisTest.apply(first)).isIn(100L, 150L);
            assertThat(first.get(kgz))
                    .contains(new Vintages.Value(Period.year(1001), VINTAGE, new BigDecimal("1001.5")));
            assertThat(ofThisTest.apply(writer.read())).isEqualTo(150);
            assertThatThrownBy(writer::read).isInstanceOf(IllegalStateException.class);
            writer.finish();
            status.setRollbackOnly();
        });
        assertThat(stored()).isZero();
    }

    @Test
    void aReadNotTakenIsWaitedForWhenTheWriterIsClosed() {
        tx.executeWithoutResult(status -> {
            ObservationWriter writer = observations.writer(null);
            writer.add(years(1001, 1100));
            writer.startReading(List.of(new SeriesKey("NY.GDP.MKTP.KD.ZG", "KGZ", sourceId())));
            writer.close();
            assertThatThrownBy(writer::read).as("closing took it").isInstanceOf(IllegalStateException.class);
            assertThat(stored()).isEqualTo(100);
            status.setRollbackOnly();
        });
    }
}
