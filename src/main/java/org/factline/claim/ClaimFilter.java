package org.factline.claim;

/** Which claims to list; a null field does not filter. */
public record ClaimFilter(Verdict verdict, String indicator, String geography, Long articleId) {

    public static ClaimFilter all() {
        return new ClaimFilter(null, null, null, null);
    }
}
