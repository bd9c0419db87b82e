package org.factline.fetch;

import java.time.Duration;
import java.time.Instant;

/**
 * A series fetched again on a schedule.
 *
 * @param spec        what to fetch, as {@code fetch} takes it ({@code worldbank:FP.CPI.TOTL.ZG})
 * @param lastRun     when it last ran, or null
 * @param lastOutcome what that run did, in a line
 */
public record Schedule(String spec, Every every, String addedBy, Instant lastRun, String lastOutcome) {

    /** How often. */
    public enum Every {
        DAILY(Duration.ofDays(1)), WEEKLY(Duration.ofDays(7));

        final Duration interval;

        Every(Duration interval) {
            this.interval = interval;
        }
    }

    boolean due(Instant now) {
        return lastRun == null || !lastRun.plus(every.interval).isAfter(now);
    }
}
