package org.factline.problem;

/** What the user gave is not valid: a bad parameter, a malformed figure, a quote without its figure. */
public class InvalidInput extends Problem {

    public InvalidInput(String message) {
        super(message);
    }

    public InvalidInput(String message, Throwable cause) {
        super(message, cause);
    }
}
