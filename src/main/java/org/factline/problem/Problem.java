package org.factline.problem;

/**
 * A request Factline cannot carry out for a reason the user can act on. Its message is written for the user and
 * is shown as it is: by the API as a problem detail, by the pages as a notification. Anything else that goes
 * wrong is shown only as an error id.
 */
public abstract class Problem extends RuntimeException {

    private final java.util.Map<String, Object> details = new java.util.LinkedHashMap<>();

    /** Facts a client can act on besides the message (the id of what a conflict is with), as name and value. */
    public java.util.Map<String, Object> details() {
        return java.util.Collections.unmodifiableMap(details);
    }

    /** Adds a detail; for subclasses' constructors. */
    protected final void detail(String name, Object value) {
        details.put(name, value);
    }

    protected Problem(String message) {
        super(message);
    }

    protected Problem(String message, Throwable cause) {
        super(message, cause);
    }
}
