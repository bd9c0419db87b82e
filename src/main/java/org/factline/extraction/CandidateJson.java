package org.factline.extraction;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * A candidate as the command line and {@code POST /api/extract} write it. {@code start} and {@code end} count
 * Unicode characters (code points) of the text as decoded from UTF-8, end exclusive, so that any language slices
 * the same figure; {@code unit} is {@code number} when the text names none (a bare number).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CandidateJson(int start, int end, String text, BigDecimal value, String unit, String kind, String per,
                            String scale, String sentence) {

    /** The unit written for a figure whose text names none. */
    public static final String NUMBER = "number";

    public static CandidateJson of(String source, Candidate c) {
        int start = source.codePointCount(0, c.start());
        int end = start + source.codePointCount(c.start(), c.end());
        return new CandidateJson(start, end, c.text(), c.value(), c.unit().isEmpty() ? NUMBER : c.unit(),
                c.kind().label(), c.per(), c.scale() == null ? null : c.scale().word(), c.sentence());
    }

    public static List<CandidateJson> extract(String text) {
        return FigureExtractor.extract(text).stream().map(c -> of(text, c)).toList();
    }
}
