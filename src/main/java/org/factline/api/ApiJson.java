package org.factline.api;

import java.util.List;
import java.util.Locale;
import org.factline.citation.Citation;
import org.factline.observation.Observation;
import org.factline.source.Source;

/** Maps Factline's records to the API's JSON shapes. */
final class ApiJson {

    private ApiJson() {
    }

    static FactJson fact(Observation o, Source s, List<Citation> citations) {
        return new FactJson(o.id(), o.indicatorCode(), o.geographyCode(), o.period().toString(),
                o.period().frequency().name().toLowerCase(Locale.ROOT), o.value(), o.unit(), o.status().label(),
                o.vintage(), s == null ? null : sourceRef(s), citations.stream().map(ApiJson::citation).toList());
    }

    static FactJson.SourceRef sourceRef(Source s) {
        return new FactJson.SourceRef(s.id(), s.kind().name().toLowerCase(Locale.ROOT), s.url(), s.title(),
                s.publisher(), s.author(), s.publishedOn());
    }

    static FactJson.CitationJson citation(Citation c) {
        return new FactJson.CitationJson(c.id(), c.figureText(), c.quote(),
                c.spanStart() == null ? null : new FactJson.Span(c.spanStart(), c.spanEnd()),
                c.statedValue(), c.statedUnit(), c.statedScale());
    }
}
