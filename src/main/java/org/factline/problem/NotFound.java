package org.factline.problem;

/** Something the request names (a source, a citation, an indicator, an import) does not exist. */
public class NotFound extends Problem {

    public NotFound(String message) {
        super(message);
    }
}
