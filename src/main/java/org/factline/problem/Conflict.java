package org.factline.problem;

/**
 * The request is valid but clashes with what is stored: an article entered twice, an import undone twice, an
 * edit that would break a citation, a value recorded again with a different number.
 */
public class Conflict extends Problem {

    public Conflict(String message) {
        super(message);
    }
}
