package org.factline.observation;

import java.util.Locale;
import org.factline.problem.InvalidInput;

/** How firm a figure is. */
public enum ObservationStatus {
    /** Published by the statistical authority as its figure. */
    OFFICIAL,
    /** A first estimate, expected to be revised. */
    PRELIMINARY,
    /** An estimate by someone other than the statistical authority. */
    ESTIMATE,
    /** A projection of a future value. */
    FORECAST,
    /** An amount asked for or targeted (a loan requested, doses sought), not yet granted. */
    REQUESTED,
    /** A value fixed by a rule or treaty (a share set by an agreement). */
    RULE;

    /** Lower-case name, as shown to readers and written in files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ObservationStatus parse(String text) {
        String s = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (s.equals("TARGET")) {
            return REQUESTED;
        }
        try {
            return valueOf(s);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("Unknown status '" + text
                    + "': expected official, preliminary, estimate, forecast, requested or rule", e);
        }
    }
}
