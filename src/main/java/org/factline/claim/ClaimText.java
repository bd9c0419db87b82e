package org.factline.claim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.factline.measure.FigureFormat;
import org.factline.measure.Units;

/** A claim's verdict in words, the same on the pages, in the API and in ClaimReview. */
public final class ClaimText {

    private ClaimText() {
    }

    /** "Differs: the article says -8.6%, the World Bank's 2024-06-28 data -7.149% (-1.451 pp)." */
    public static String explanation(Claim c) {
        StringBuilder out = new StringBuilder(valueExplanation(c));
        for (RelativeClaim r : c.comparisons()) {
            out.append(". \u201c").append(r.phrase()).append("\u201d: ").append(r.explanation());
        }
        return out.toString();
    }

    private static String valueExplanation(Claim c) {
        String cited = FigureFormat.format(c.citedValue(), c.unit());
        return switch (c.verdict()) {
            case NO_OFFICIAL_DATA -> "No official data to check against: the article says " + cited;
            case MATCHES -> "Matches the official " + official(c);
            case MATCHES_ROUNDED -> "Matches the official " + official(c) + " when rounded";
            case REVISED_SINCE -> "Matched the official data when published (" + FigureFormat.format(
                    c.publicationValue(), c.unit()) + ", vintage " + c.publicationVintage() + "); revised since to "
                    + official(c);
            case DIFFERS -> "Differs: the article says " + cited + ", the official " + official(c) + " ("
                    + difference(c) + ")";
        };
    }

    private static String official(Claim c) {
        return FigureFormat.format(c.officialValue(), c.unit()) + " (" + c.officialSource() + ", vintage "
                + c.officialVintage() + ")";
    }

    public static String difference(Claim c) {
        return c.difference() == null ? "" : difference(c.citedValue(), c.officialValue(), c.unit());
    }

    /** A cited value minus the official one, for a reader: "-1.451 pp" for percentages, at most three decimals. */
    public static String difference(BigDecimal cited, BigDecimal official, String unit) {
        BigDecimal d = ClaimCheck.difference(cited, official);
        d = d.setScale(Math.min(Math.max(d.scale(), 0), 3), RoundingMode.HALF_UP);
        return (d.signum() > 0 ? "+" : "") + FigureFormat.format(d,
                Units.PERCENT.equals(unit) ? Units.PERCENTAGE_POINT : unit);
    }

}
