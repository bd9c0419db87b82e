package org.factline.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factline.citation.Citation;
import org.factline.citation.CitationService;
import org.factline.claim.Claim;
import org.factline.claim.ClaimFilter;
import org.factline.claim.ClaimService;
import org.factline.geography.Geography;
import org.factline.geography.GeographyService;
import org.factline.indicator.Indicator;
import org.factline.indicator.IndicatorService;
import org.factline.observation.Observation;
import org.factline.observation.ObservationService;
import org.factline.observation.SeriesSummaries;
import org.factline.source.Source;
import org.factline.source.SourceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side of the sources, article, fact and geography pages. */
@Service
public class ExploreService {

    private final SourceService sources;
    private final CitationService citations;
    private final ObservationService observations;
    private final SeriesSummaries summaries;
    private final ClaimService claims;
    private final IndicatorService indicators;
    private final GeographyService geographies;

    ExploreService(SourceService sources, CitationService citations, ObservationService observations,
                   SeriesSummaries summaries, ClaimService claims, IndicatorService indicators,
                   GeographyService geographies) {
        this.sources = sources;
        this.citations = citations;
        this.observations = observations;
        this.summaries = summaries;
        this.claims = claims;
        this.indicators = indicators;
        this.geographies = geographies;
    }

    /** Every source, articles and datasets, newest first, with their fact and citation counts. */
    @Transactional(readOnly = true)
    public List<SourceSummary> sources() {
        List<Source> all = sources.list();
        List<Long> ids = all.stream().map(Source::id).toList();
        Map<Long, Long> facts = observations.countBySource(ids);
        Map<Long, Long> cited = citations.countBySource(ids);
        return all.stream().map(s -> new SourceSummary(s.id(), s.kind(), s.title(), s.publisher(), s.author(),
                s.publishedOn(), s.url(), facts.getOrDefault(s.id(), 0L), cited.getOrDefault(s.id(), 0L))).toList();
    }

    /** A source's page: its cited figures with their checks, and its text with the figures marked. */
    @Transactional(readOnly = true)
    public Optional<ArticlePage> article(long id) {
        Optional<Source> found = sources.find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Source source = found.get();
        List<Citation> cited = citations.forSource(id);
        Map<Long, Observation> obs = new HashMap<>();
        observations.findAll(cited.stream().map(Citation::observationId).toList()).forEach(o -> obs.put(o.id(), o));
        Map<Long, Claim> checks = new HashMap<>();
        claims.claims(ClaimFilter.ofArticle(id)).forEach(c -> checks.put(c.citationId(), c));
        List<CitedFigure> figures = cited.stream()
                .map(c -> new CitedFigure(c, obs.get(c.observationId()), checks.get(c.id()))).toList();
        long facts = observations.countBySource(List.of(id)).getOrDefault(id, 0L);
        return Optional.of(new ArticlePage(source, facts, figures, segments(source.text(), figures)));
    }

    /** The text cut at the cited figures' spans; overlapping or out-of-range spans are left unmarked. */
    static List<ArticlePage.Segment> segments(String text, List<CitedFigure> figures) {
        if (text == null) {
            return List.of();
        }
        List<int[]> spans = figures.stream().map(CitedFigure::citation)
                .filter(c -> c.spanStart() != null && c.spanEnd() != null && c.spanEnd() <= text.length())
                .map(c -> new int[] {c.spanStart(), c.spanEnd()})
                .sorted(Comparator.comparingInt(s -> s[0])).toList();
        List<ArticlePage.Segment> out = new ArrayList<>();
        int at = 0;
        for (int[] span : spans) {
            if (span[0] < at) {
                continue;
            }
            if (span[0] > at) {
                out.add(new ArticlePage.Segment(text.substring(at, span[0]), false));
            }
            out.add(new ArticlePage.Segment(text.substring(span[0], span[1]), true));
            at = span[1];
        }
        if (at < text.length()) {
            out.add(new ArticlePage.Segment(text.substring(at), false));
        }
        return out;
    }

    /** Every indicator with data for a geography, with its latest official value and citations. */
    @Transactional(readOnly = true)
    public Optional<GeographyPage> geography(String code) {
        Optional<Geography> found = geographies.find(code);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> citedBySeries = new HashMap<>();
        Map<Long, Long> counts = citations.countByObservation(citations.citedObservationIds());
        observations.findAll(counts.keySet()).stream().filter(o -> o.geographyCode().equals(code))
                .forEach(o -> citedBySeries.merge(o.indicatorCode(), counts.get(o.id()), Long::sum));
        Map<String, Indicator> byCode = new HashMap<>();
        indicators.all().forEach(i -> byCode.put(i.code(), i));
        List<GeographyRow> rows = summaries.ofGeography(code).stream()
                .map(s -> {
                    Indicator i = byCode.get(s.series().indicatorCode());
                    return new GeographyRow(i.code(), i.name(), i.unit(), s.latestPeriod(), s.latestValue(),
                            s.observations(), citedBySeries.getOrDefault(i.code(), 0L));
                })
                .sorted(Comparator.comparing(GeographyRow::citations, Comparator.reverseOrder())
                        .thenComparing(GeographyRow::indicatorName))
                .toList();
        return Optional.of(new GeographyPage(found.get(), rows));
    }

    /** A fact's page: the observation, its source, and every citation of it across articles. */
    @Transactional(readOnly = true)
    public Optional<FactPage> fact(long observationId) {
        Optional<Observation> found = observations.find(observationId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Observation o = found.get();
        String indicatorName = indicators.find(o.indicatorCode()).map(Indicator::name).orElse(o.indicatorCode());
        String geographyName = geographies.find(o.geographyCode()).map(Geography::name).orElse(o.geographyCode());
        List<Citation> cites = citations.forObservations(List.of(observationId)).getOrDefault(observationId, List.of());
        Map<Long, Source> articles = new HashMap<>();
        sources.findAll(cites.stream().map(Citation::sourceId).distinct().toList()).forEach(a -> articles.put(a.id(), a));
        List<FactPage.Cited> cited = cites.stream().map(c -> new FactPage.Cited(c, articles.get(c.sourceId()))).toList();
        return Optional.of(new FactPage(o, indicatorName, geographyName, sources.find(o.sourceId()).orElseThrow(),
                cited));
    }

    /** A fact with its source and every citation of it. */
    public record FactPage(Observation observation, String indicatorName, String geographyName, Source source,
                           List<Cited> citations) {

        /** A citation with the article that makes it. */
        public record Cited(Citation citation, Source article) {
        }
    }

    /** A geography's page. */
    public record GeographyPage(Geography geography, List<GeographyRow> rows) {
    }
}
