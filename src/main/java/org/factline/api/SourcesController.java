package org.factline.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factline.citation.Citation;
import org.factline.citation.CitationService;
import org.factline.observation.Observation;
import org.factline.observation.ObservationService;
import org.factline.problem.NotFound;
import org.factline.source.Source;
import org.factline.source.SourceService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/sources} and {@code GET /api/sources/{id}}: datasets and articles with what they give. */
@RestController
@RequestMapping("/api/sources")
class SourcesController {

    record SourceSummary(long id, String kind, String url, String title, String publisher, String author,
                         LocalDate published, long facts) {
    }

    record CitedFigure(String indicator, String geography, String period, java.math.BigDecimal value, String unit,
                       String status, FactJson.CitationJson citation) {
    }

    record SourceDetail(long id, String kind, String url, String title, String publisher, String author,
                        LocalDate published, LocalDate retrieved, boolean hasText, long facts,
                        List<CitedFigure> citations) {
    }

    private final SourceService sources;
    private final ObservationService observations;
    private final CitationService citations;

    SourcesController(SourceService sources, ObservationService observations, CitationService citations) {
        this.sources = sources;
        this.observations = observations;
        this.citations = citations;
    }

    @GetMapping
    List<SourceSummary> list() {
        List<Source> all = sources.list();
        Map<Long, Long> counts = observations.countBySource(all.stream().map(Source::id).toList());
        return all.stream().map(s -> new SourceSummary(s.id(), kind(s), s.url(), s.title(), s.publisher(),
                s.author(), s.publishedOn(), counts.getOrDefault(s.id(), 0L))).toList();
    }

    @GetMapping("/{id}")
    SourceDetail get(@PathVariable long id) {
        Source s = sources.find(id).orElseThrow(() -> new NotFound("No source with id " + id));
        List<Citation> cited = citations.forSource(id);
        Map<Long, Observation> obs = cited.stream().map(Citation::observationId).distinct()
                .map(observations::find).flatMap(java.util.Optional::stream)
                .collect(Collectors.toMap(Observation::id, Function.identity()));
        List<CitedFigure> figures = cited.stream().map(c -> {
            Observation o = obs.get(c.observationId());
            return new CitedFigure(o.indicatorCode(), o.geographyCode(), o.period().toString(), o.value(), o.unit(),
                    o.status().label(), ApiJson.citation(c));
        }).toList();
        long facts = observations.countBySource(List.of(id)).getOrDefault(id, 0L);
        return new SourceDetail(s.id(), kind(s), s.url(), s.title(), s.publisher(), s.author(), s.publishedOn(),
                s.retrievedOn(), s.text() != null, facts, figures);
    }

    private static String kind(Source s) {
        return s.kind().name().toLowerCase(Locale.ROOT);
    }
}
