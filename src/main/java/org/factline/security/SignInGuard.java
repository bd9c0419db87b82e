package org.factline.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.factline.audit.AuditLog;
import org.factline.problem.NotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down and then locks repeated failed sign-ins, per account name and per client address, on the sign-in page
 * and for HTTP Basic alike ({@link SignInPolicy}). An attempt that must wait is refused before its password is
 * checked, so guessing gains nothing by hurrying, and no request thread sleeps. Names without an account are counted
 * like real ones, so the answers never tell which accounts exist. Admins see what is slowed or locked and unlock it.
 */
@Service
public class SignInGuard {

    /** What failures are counted against. */
    public enum Kind { ACCOUNT, ADDRESS }

    /**
     * A subject with failures on record.
     *
     * @param lockedUntil null when not locked
     */
    public record Block(Kind kind, String subject, int failures, Instant lastFailure, Instant lockedUntil) {

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final SignInRepository repository;
    private final SignInPolicy policy;
    private final AuditLog audit;
    private final Clock clock;

    SignInGuard(SignInRepository repository, SignInPolicy policy, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Refuses an attempt that comes too soon after failures, or while its account or address is locked.
     *
     * @return whether the name has failures on record, which a success must then clear
     * @throws SignInRefused saying why and for how long
     */
    @Transactional // not read-only: a read replica may not have the failure of a moment ago yet
    public boolean check(String username, String address) {
        Instant now = clock.instant();
        List<Block> blocks = repository.find(subjects(username, address));
        for (Block b : blocks) {
            if (b.lockedAt(now)) {
                throw new SignInRefused(what(b) + " is locked after " + b.failures() + " failed attempts until "
                        + TIME.format(b.lockedUntil()) + "; an admin can unlock it sooner",
                        Duration.between(now, b.lockedUntil()));
            }
            if (b.lastFailure().isBefore(now.minus(policy.forgetAfter()))) {
                continue;
            }
            Instant next = b.lastFailure().plus(policy.pause(b.kind(), b.failures()));
            if (next.isAfter(now)) {
                Duration wait = Duration.between(now, next);
                throw new SignInRefused("Too many failed sign-ins " + (b.kind() == Kind.ACCOUNT ? "as " : "from ")
                        + b.subject() + ": wait " + SignInRefused.seconds(wait) + " s before trying again", wait);
            }
        }
        return blocks.stream().anyMatch(b -> b.kind() == Kind.ACCOUNT);
    }

    /** Counts a failed attempt (a wrong password, or a name without an account) against its account and address. */
    @Transactional
    public void failed(String username, String address) {
        Instant now = clock.instant();
        audit.recordAs(subject(username), AuditLog.SIGN_IN_FAILED, "account " + subject(username), null);
        for (Subject s : subjects(username, address)) {
            int failures = repository.fail(s.kind(), s.name(), now, now.minus(policy.forgetAfter()));
            if (failures >= policy.lockAfter(s.kind())) {
                Instant until = now.plus(policy.lockFor());
                if (repository.lock(s.kind(), s.name(), now, until)) {
                    audit.recordAs(subject(username), AuditLog.SIGN_IN_LOCKED, label(s.kind(), s.name()),
                            "locked after " + failures + " failed attempts until " + until);
                }
            }
        }
    }

    /** A successful sign-in clears its account's failures (its address's stay: one account proves nothing of others). */
    @Transactional
    public void succeeded(String username) {
        repository.clear(Kind.ACCOUNT, subject(username));
    }

    /** Every account and address with failures not yet forgotten, locked ones first. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Block> blocks() {
        return repository.since(clock.instant().minus(policy.forgetAfter()), clock.instant());
    }

    /** Lifts a lock and forgets the failures behind it. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void unlock(Kind kind, String subject) {
        if (!repository.clear(kind, subject)) {
            throw new NotFound("No failed sign-ins on record for " + label(kind, subject));
        }
        audit.record(AuditLog.SIGN_IN_UNLOCKED, label(kind, subject), null);
    }

    record Subject(Kind kind, String name) {
    }

    private static List<Subject> subjects(String username, String address) {
        return address == null ? List.of(new Subject(Kind.ACCOUNT, subject(username)))
                : List.of(new Subject(Kind.ACCOUNT, subject(username)), new Subject(Kind.ADDRESS, subject(address)));
    }

    /** A name as counted: as typed, cut to the column's 100 characters. */
    private static String subject(String name) {
        String s = name == null ? "" : name.strip();
        return s.length() > 100 ? s.substring(0, 100) : s;
    }

    private static String label(Kind kind, String subject) {
        return (kind == Kind.ACCOUNT ? "account " : "address ") + subject;
    }

    private static String what(Block b) {
        return "Signing in " + (b.kind() == Kind.ACCOUNT ? "as " : "from ") + b.subject();
    }
}
