package org.factline.dashboard;

import java.time.LocalDate;
import org.factline.indicator.Indicator;
import org.factline.source.Source;

/** How to cite a source of a series. */
public final class SuggestedCitation {

    private SuggestedCitation() {
    }

    /**
     * How to cite a source of a series, in the style of FRED's and the World Bank's suggested citations:
     * publisher (year), title [indicator code], as-of date, URL.
     */
    public static String of(Source s, Indicator indicator, LocalDate vintage) {
        StringBuilder c = new StringBuilder();
        if (s.isArticle()) {
            if (s.author() != null) {
                c.append(s.author()).append(", ");
            }
            c.append('\u201c').append(s.title()).append("\u201d");
            if (s.publisher() != null) {
                c.append(", ").append(s.publisher());
            }
            if (s.publishedOn() != null) {
                c.append(", ").append(s.publishedOn());
            }
            return c.append(". ").append(s.url()).toString();
        }
        c.append(s.publisher() == null ? s.title() : s.publisher());
        if (vintage != null) {
            c.append(" (").append(vintage.getYear()).append(')');
        }
        c.append(". ").append(s.title()).append(" [").append(indicator.code()).append("]");
        if (vintage != null) {
            c.append(", as of ").append(vintage);
        }
        return c.append(". ").append(s.url()).append(", retrieved through Factline.").toString();
    }
}
