package org.factline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.factline.FactlineTest;
import org.factline.KaribuViews;
import org.factline.audit.AuditEvent;
import org.factline.audit.AuditLog;
import org.factline.audit.AuditQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The sign-in guard on the real database, with a clock the test moves: pauses, locks, forgetting and unlocking. */
@FactlineTest
public class SignInGuardTest {

    /** A clock the test moves by hand. */
    static final class Hands extends Clock {
        Instant now = Instant.parse("2026-11-30T12:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void pass(Duration d) {
            now = now.plus(d);
        }
    }

    @Autowired
    SignInRepository repository;
    @Autowired
    AuditLog audit;
    @Autowired
    ApplicationContext ctx;
    @Autowired
    JdbcClient jdbc;

    final Hands clock = new Hands();
    final SignInPolicy policy = new SignInPolicy(3, 6, 5, 8, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(30),
            Duration.ofHours(1));
    SignInGuard guard;

    @BeforeEach
    void setUp() {
        jdbc.sql("delete from sign_in_guard").update();
        guard = new SignInGuard(repository, policy, audit, clock);
        KaribuViews.setUp(ctx);
    }

    @AfterEach
    void tearDown() {
        KaribuViews.tearDown();
    }

    /** A refusal as the guard gives it, for the pages' tests. */
    public static SignInRefused refused(String message) {
        return new SignInRefused(message, Duration.ofSeconds(4));
    }

    private void fail(String name, String address) {
        guard.check(name, address);
        guard.failed(name, address);
    }

    @Test
    void pausesDoubleAfterTheThirdFailureAndARefusedAttemptIsNotCounted() {
        for (int i = 0; i < 3; i++) {
            fail("editor", "10.0.0.1");
        }
        assertThatThrownBy(() -> guard.check("editor", "10.0.0.1")).isInstanceOf(SignInRefused.class)
                .hasMessage("Too many failed sign-ins as editor: wait 1 s before trying again");
        clock.pass(Duration.ofSeconds(1));
        fail("editor", "10.0.0.1");
        SignInRefused wait = org.junit.jupiter.api.Assertions.assertThrows(SignInRefused.class,
                () -> guard.check("editor", "10.0.0.1"));
        assertThat(wait.retryAfterSeconds()).isEqualTo(2);
        assertThat(repository.find(java.util.List.of(new SignInGuard.Subject(SignInGuard.Kind.ACCOUNT, "editor"))))
                .singleElement().extracting(SignInGuard.Block::failures).isEqualTo(4);
        // Another name from another address is not slowed by editor's failures.
        guard.check("someone-else", "10.0.0.2");
    }

    @Test
    void theSixthFailureLocksTheAccountForHalfAnHourAndASuccessBeforeThatClearsTheCount() {
        fail("alice", "10.0.0.3");
        fail("alice", "10.0.0.3");
        guard.succeeded("alice");
        guard.check("alice", "10.0.0.3");
        for (int i = 0; i < 6; i++) {
            clock.pass(Duration.ofSeconds(31));
            fail("alice", "10.0.0.4" + i); // from six addresses: only the account is counted to 6
        }
        assertThatThrownBy(() -> guard.check("alice", "10.0.0.9")).isInstanceOf(SignInRefused.class)
                .hasMessageContaining("Signing in as alice is locked after 6 failed attempts until 12:33 UTC");
        clock.pass(Duration.ofMinutes(29));
        assertThatThrownBy(() -> guard.check("alice", "10.0.0.9")).isInstanceOf(SignInRefused.class);
        clock.pass(Duration.ofMinutes(2));
        // The lock has run out, but the failures stand: one more wrong password locks it again at once.
        guard.check("alice", "10.0.0.9");
        guard.failed("alice", "10.0.0.9");
        assertThatThrownBy(() -> guard.check("alice", "10.0.0.9")).hasMessageContaining("is locked after 7");
        KaribuViews.login("root", "ADMIN");
        assertThat(audit.find(new AuditQuery("alice", AuditLog.SIGN_IN_LOCKED, null), 0, 10)).hasSize(2)
                .allSatisfy(e -> assertThat(e.target()).isEqualTo("account alice"));
    }

    @Test
    void anAddressIsLockedAfterEightFailuresWhateverTheNamesAndAnAdminUnlocksIt() {
        for (int i = 0; i < 8; i++) {
            clock.pass(Duration.ofSeconds(31));
            fail("name" + i, "192.0.2.7");
        }
        assertThatThrownBy(() -> guard.check("admin", "192.0.2.7"))
                .hasMessageContaining("Signing in from 192.0.2.7 is locked after 8 failed attempts");
        guard.check("admin", "192.0.2.8");

        // The application's guard takes an admin to unlock (this test's own guard is built by hand, for its clock).
        KaribuViews.login("editor", "EDITOR");
        assertThatThrownBy(() -> ctx.getBean(SignInGuard.class).unlock(SignInGuard.Kind.ADDRESS, "192.0.2.7"))
                .isInstanceOf(AccessDeniedException.class);
        KaribuViews.login("root", "ADMIN");
        assertThat(guard.blocks()).first().satisfies(b -> {
            assertThat(b.subject()).isEqualTo("192.0.2.7");
            assertThat(b.lockedAt(clock.instant())).isTrue();
        });
        guard.unlock(SignInGuard.Kind.ADDRESS, "192.0.2.7");
        guard.check("admin", "192.0.2.7");
        AuditEvent unlocked = audit.find(new AuditQuery(null, AuditLog.SIGN_IN_UNLOCKED, "192.0.2.7"), 0, 1).get(0);
        assertThat(unlocked.actor()).isEqualTo("root");
        assertThat(unlocked.target()).isEqualTo("address 192.0.2.7");
    }

    @Test
    void failuresOlderThanAnHourAreForgotten() {
        for (int i = 0; i < 5; i++) {
            clock.pass(Duration.ofSeconds(31));
            fail("bob", null);
        }
        assertThatThrownBy(() -> guard.check("bob", null)).isInstanceOf(SignInRefused.class);
        clock.pass(Duration.ofMinutes(61));
        guard.check("bob", null);
        guard.failed("bob", null);
        assertThat(repository.find(java.util.List.of(new SignInGuard.Subject(SignInGuard.Kind.ACCOUNT, "bob"))))
                .singleElement().extracting(SignInGuard.Block::failures).isEqualTo(1);
    }

    @Test
    void failuresCountedAtOnceByManyThreadsAreAllCounted() throws Exception {
        int threads = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        for (int i = 0; i < threads; i++) {
            done.add(pool.submit(() -> {
                start.await();
                guard.failed("racer", "203.0.113.9");
                return null;
            }));
        }
        start.countDown();
        for (java.util.concurrent.Future<?> f : done) {
            f.get(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(repository.find(java.util.List.of(new SignInGuard.Subject(SignInGuard.Kind.ACCOUNT, "racer"),
                new SignInGuard.Subject(SignInGuard.Kind.ADDRESS, "203.0.113.9"))))
                .extracting(SignInGuard.Block::failures).containsExactly(8, 8);
    }
}
