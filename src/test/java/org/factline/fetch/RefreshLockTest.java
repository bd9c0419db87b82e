package org.factline.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.factline.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The scheduled refresh check takes ShedLock's row before it runs, so of several instances sharing the database one
 * runs it: a check finds the row held by another instance and does nothing.
 */
@SpringBootTest(properties = {"factline.refresh.enabled=true", "factline.refresh.initial-delay=PT10H"})
@ActiveProfiles("test")
@ExtendWith(PostgresTestDatabase.class)
@DirtiesContext
class RefreshLockTest {

    @Autowired
    RefreshScheduler scheduler;
    @Autowired
    JdbcClient jdbc;

    private String holder() {
        return jdbc.sql("select locked_by from shedlock where name = 'refresh-check'").query(String.class).single();
    }

    @Test
    void aCheckTakesTheSharedLockAndSkipsWhileAnotherInstanceHoldsIt() {
        scheduler.check();
        String me = holder();
        assertThat(me).isNotBlank();
        Timestamp until = jdbc.sql("select lock_until from shedlock where name = 'refresh-check'")
                .query(Timestamp.class).single();
        assertThat(until.toInstant()).as("held at least a minute, so a second instance's check skips this round")
                .isAfter(Instant.now().plus(30, ChronoUnit.SECONDS));

        jdbc.sql("update shedlock set locked_by = 'other-instance', lock_until = ? where name = 'refresh-check'")
                .param(Timestamp.from(Instant.now().plus(10, ChronoUnit.MINUTES))).update();
        scheduler.check();
        assertThat(holder()).isEqualTo("other-instance");

        jdbc.sql("update shedlock set lock_until = ? where name = 'refresh-check'")
                .param(Timestamp.from(Instant.now().minus(1, ChronoUnit.MINUTES))).update();
        scheduler.check();
        assertThat(holder()).isEqualTo(me);
    }
}
