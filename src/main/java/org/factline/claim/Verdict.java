package org.factline.claim;

import org.factline.problem.InvalidInput;

/** How a cited figure compares with the official data for the same series and period. */
public enum Verdict {
    /** The official value lies within the precision the article states: "8.6%" covers [8.55, 8.65). */
    MATCHES("matches"),
    /** The article rounded further than its digits say: "$100 million" for 98.7 million. */
    MATCHES_ROUNDED("matches when rounded"),
    /** It agreed with the official vintage current when it was published, but not with today's. */
    REVISED_SINCE("revised since"),
    /** It disagrees with the official data. */
    DIFFERS("differs"),
    /** There is no official value for this series and period (in the cited unit) to check against. */
    NO_OFFICIAL_DATA("no official data");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The verdict named by its label or constant ("differs", "DIFFERS", "revised-since"), for filters. */
    public static Verdict named(String name) {
        String n = name.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Verdict v : values()) {
            if (v.name().equals(n)) {
                return v;
            }
        }
        if ("MATCHES_WHEN_ROUNDED".equals(n)) {
            return MATCHES_ROUNDED;
        }
        throw new InvalidInput("Unknown verdict '" + name + "': use matches, matches-rounded, "
                + "revised-since, differs or no-official-data");
    }
}
