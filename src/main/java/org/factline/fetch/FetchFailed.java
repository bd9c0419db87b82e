package org.factline.fetch;

import org.factline.problem.Problem;

/** A provider could not be read: timed out, refused, rate-limited past the retries, or answered nonsense. */
public class FetchFailed extends Problem {

    public FetchFailed(String message) {
        super(message);
    }
}
