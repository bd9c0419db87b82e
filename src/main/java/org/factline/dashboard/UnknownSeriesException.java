package org.factline.dashboard;

/** A request names an indicator or geography Factline does not have. */
public class UnknownSeriesException extends RuntimeException {

    public UnknownSeriesException(String message) {
        super(message);
    }
}
