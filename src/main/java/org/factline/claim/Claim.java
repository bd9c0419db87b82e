package org.factline.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.factline.measure.Period;

/**
 * A cited figure checked against the official data of its series and period.
 *
 * @param citationId         the citation that makes the claim
 * @param quote              the article's words around the figure
 * @param figureText         the figure as written ("8.6%")
 * @param citedValue         the value the article states, signed, with its stated precision
 * @param officialValue      the latest official vintage's value for the same period, or null
 * @param officialVintage    that vintage
 * @param officialSource     the dataset or release that gives it
 * @param publicationValue   the official value current when the article was published (latest vintage on or
 *                           before that date), or null when none is stored
 * @param publicationVintage that vintage
 * @param difference         cited minus official (now), or null without official data
 */
public record Claim(long citationId, long observationId, String quote, String figureText, long articleId,
                    String articleTitle, String articleUrl, String publisher, LocalDate publishedOn,
                    String indicatorCode, String indicatorName, String geographyCode, String geographyName,
                    Period period, String unit, BigDecimal citedValue, BigDecimal officialValue,
                    LocalDate officialVintage, String officialSource, BigDecimal publicationValue,
                    LocalDate publicationVintage, Verdict verdict, BigDecimal difference, String linkedBy,
                    BigDecimal matchScore, java.util.List<RelativeClaim> comparisons) {

    /** Who linked the figure, as pages show it: "matcher (0.93)" for the matcher's links, else the editor. */
    public String linkedByLabel() {
        if (matchScore != null) {
            return "matcher (" + matchScore.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString() + ")";
        }
        return linkedBy == null ? "editor" : linkedBy;
    }
}
