package org.factline.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused before its password was checked, because of the failures before it: a pause between attempts,
 * or a lock.
 */
public class SignInRefused extends AuthenticationException {

    private final Duration retryAfter;

    SignInRefused(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** How long until an attempt may be checked again. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** {@link #retryAfter} in whole seconds, rounded up, at least one: what {@code Retry-After} says. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }
}
