package org.factline.explore;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.factline.citation.Citation;
import org.factline.claim.Claim;
import org.factline.observation.Observation;

/**
 * A figure an article cites, with its check: the official value beside it is the claim's own, so the article page
 * and the verdict can never disagree.
 */
public record CitedFigure(Citation citation, Observation observation, Claim claim) {

    public String indicatorName() {
        return claim.indicatorName();
    }

    public String geographyName() {
        return claim.geographyName();
    }

    public BigDecimal officialValue() {
        return claim.officialValue();
    }

    public LocalDate officialVintage() {
        return claim.officialVintage();
    }

    public String officialSource() {
        return claim.officialSource();
    }

    public boolean hasOfficialValue() {
        return claim.officialValue() != null;
    }
}
