package org.factline.problem;

/**
 * A request Factline cannot carry out for a reason the user can act on. Its message is written for the user and
 * is shown as it is: by the API as a problem detail, by the pages as a notification. Anything else that goes
 * wrong is shown only as an error id.
 */
public abstract class Problem extends RuntimeException {

    protected Problem(String message) {
        super(message);
    }

    protected Problem(String message, Throwable cause) {
        super(message, cause);
    }
}
