package org.factline.claim;

import java.util.Locale;

/**
 * Which claims to list; a null field does not filter. {@code text} is looked for in the quote, the article's title,
 * the indicator and the geography (their codes and names).
 */
public record ClaimFilter(Verdict verdict, String indicator, String geography, Long articleId, String text) {

    public ClaimFilter {
        indicator = blankToNull(indicator);
        geography = blankToNull(geography);
        text = blankToNull(text);
    }

    public static ClaimFilter all() {
        return new ClaimFilter(null, null, null, null, null);
    }

    public static ClaimFilter ofArticle(long articleId) {
        return new ClaimFilter(null, null, null, articleId, null);
    }

    /** Whether only the article, if any, filters: then a page of claims is a page of citations. */
    boolean byArticleOnly() {
        return verdict == null && indicator == null && geography == null && text == null;
    }

    boolean accepts(Claim c) {
        return (verdict == null || verdict == c.verdict())
                && (indicator == null || indicator.equalsIgnoreCase(c.indicatorCode()))
                && (geography == null || geography.equalsIgnoreCase(c.geographyCode()))
                && (text == null || (c.quote() + " " + c.articleTitle() + " " + c.indicatorName() + " "
                        + c.indicatorCode() + " " + c.geographyName() + " " + c.geographyCode())
                        .toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
