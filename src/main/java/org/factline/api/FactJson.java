package org.factline.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A fact as {@code GET /api/facts} returns it. */
record FactJson(long id, String indicator, String geography, String period, String frequency, BigDecimal value,
                String unit, String status, LocalDate vintage, SourceRef source, List<CitationJson> citations) {

    record SourceRef(long id, String kind, String url, String title, String publisher, String author,
                     LocalDate published) {
    }

    record CitationJson(long id, String figure, String quote, Span span, BigDecimal statedValue, String statedUnit,
                        String statedScale) {
    }

    /** Character offsets into the article's stored text, end exclusive. */
    record Span(int start, int end) {
    }
}
