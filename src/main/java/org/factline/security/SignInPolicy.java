package org.factline.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How repeated failed sign-ins slow down and lock ({@code factline.sign-in.*}). Past {@code slowAfter} failures in a
 * row, each attempt must wait for a pause that doubles with every failure, from {@code firstPause} up to
 * {@code maxPause};
 * at {@code lockAfter} failures the subject is locked for {@code lockFor}, or until an admin unlocks it. Failures
 * older than {@code forgetAfter} are forgotten. An address is allowed more failures than an account, since many
 * people may share one.
 */
@ConfigurationProperties("factline.sign-in")
public record SignInPolicy(@DefaultValue("3") int accountSlowAfter, @DefaultValue("10") int accountLockAfter,
                           @DefaultValue("10") int addressSlowAfter, @DefaultValue("50") int addressLockAfter,
                           @DefaultValue("1s") Duration firstPause, @DefaultValue("30s") Duration maxPause,
                           @DefaultValue("30m") Duration lockFor, @DefaultValue("1h") Duration forgetAfter) {

    int slowAfter(SignInGuard.Kind kind) {
        return kind == SignInGuard.Kind.ACCOUNT ? accountSlowAfter : addressSlowAfter;
    }

    int lockAfter(SignInGuard.Kind kind) {
        return kind == SignInGuard.Kind.ACCOUNT ? accountLockAfter : addressLockAfter;
    }

    /** The pause an attempt must wait for after {@code failures} failures in a row: none until slowAfter. */
    Duration pause(SignInGuard.Kind kind, int failures) {
        int over = failures - slowAfter(kind);
        if (over < 0) {
            return Duration.ZERO;
        }
        Duration pause = firstPause.multipliedBy(1L << Math.min(over, 20));
        return pause.compareTo(maxPause) > 0 ? maxPause : pause;
    }
}
