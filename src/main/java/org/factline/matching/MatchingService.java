package org.factline.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factline.citation.Citation;
import org.factline.citation.CitationService;
import org.factline.claim.Claim;
import org.factline.claim.ClaimFilter;
import org.factline.claim.ClaimService;
import org.factline.extraction.Candidate;
import org.factline.extraction.FigureExtractor;
import org.factline.geography.GeographyService;
import org.factline.indicator.IndicatorService;
import org.factline.linking.ArticleStored;
import org.factline.linking.Confirmation;
import org.factline.linking.LinkingService;
import org.factline.observation.Observation;
import org.factline.observation.ObservationService;
import org.factline.observation.OfficialValues;
import org.factline.problem.NotFound;
import org.factline.problem.Problem;
import org.factline.source.Source;
import org.factline.source.SourceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matches the figures of stored articles to the catalog: reports every figure with its candidates, link and verdict,
 * and links the sure ones as the matcher's links when an article comes in. The catalog index is built at most once
 * every {@link #REBUILD} (the names and the phrases editors linked), so a batch of articles shares it.
 */
@Service
public class MatchingService {

    private static final Logger log = LoggerFactory.getLogger(MatchingService.class);
    /** How long a built catalog index serves before it is read again (new indicators, new editors' links). */
    static final Duration REBUILD = Duration.ofSeconds(30);
    /** How many of the latest editors' links teach the matcher their phrases. */
    private static final int LEARNED_LINKS = 5_000;

    private final SourceService sources;
    private final IndicatorService indicators;
    private final GeographyService geographies;
    private final CitationService citations;
    private final ObservationService observations;
    private final OfficialValues officialValues;
    private final ClaimService claims;
    private final LinkingService linking;
    private final DecisionRepository decisions;
    private final Clock clock;
    private volatile Built built;

    private record Built(FigureMatcher matcher, Instant at) {
    }

    MatchingService(SourceService sources, IndicatorService indicators, GeographyService geographies,
                    CitationService citations, ObservationService observations, OfficialValues officialValues,
                    ClaimService claims, LinkingService linking, DecisionRepository decisions, Clock clock) {
        this.sources = sources;
        this.indicators = indicators;
        this.geographies = geographies;
        this.citations = citations;
        this.observations = observations;
        this.officialValues = officialValues;
        this.claims = claims;
        this.linking = linking;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** Every figure of an article's text, in text order, with its candidates, link, verdict and decision. */
    @Transactional(readOnly = true)
    public List<FigureReport> report(long sourceId) {
        Source s = sources.find(sourceId).filter(Source::isArticle)
                .orElseThrow(() -> new NotFound("No article " + sourceId));
        if (s.text() == null) {
            return List.of();
        }
        Map<String, Citation> linked = linkedBySpan(sourceId);
        Set<String> rejected = rejectedSpans(sourceId);
        // The links' claims in one check of the article's citations, not one per link.
        Map<Long, Claim> claimOf = new HashMap<>();
        if (!linked.isEmpty()) {
            claims.page(ClaimFilter.ofArticle(sourceId), 0, Integer.MAX_VALUE)
                    .forEach(c -> claimOf.put(c.citationId(), c));
        }
        List<FigureReport> out = new ArrayList<>();
        for (FigureMatcher.Match m : match(s)) {
            String span = span(m.figure().start(), m.figure().end());
            Citation c = linked.get(span);
            out.add(new FigureReport(sourceId, m.figure(), m.stated(), m.status(), options(m),
                    c == null ? null : link(c, claimOf.get(c.id())), rejected.contains(span)));
        }
        return out;
    }

    /** The article's citations that name a span of its text, by {@link #span}. */
    private Map<String, Citation> linkedBySpan(long sourceId) {
        Map<String, Citation> linked = new HashMap<>();
        citations.forSource(sourceId).stream().filter(c -> c.spanStart() != null)
                .forEach(c -> linked.put(span(c.spanStart(), c.spanEnd()), c));
        return linked;
    }

    /** The spans of the article's figures an editor rejected as not a statistic. */
    private Set<String> rejectedSpans(long sourceId) {
        return decisions.ofSource(sourceId).stream().filter(d -> d.decision().equals("REJECTED"))
                .map(d -> span(d.start(), d.end())).collect(Collectors.toSet());
    }

    /** A figure's place in its text, as the key the citations, decisions and figures are matched by. */
    private static String span(int start, int end) {
        return start + ":" + end;
    }

    /**
     * Links, as the matcher, each figure of the article whose top candidate scores at least
     * {@link FigureMatcher#AUTO_LINK} and may be linked without an editor, unless it is linked or decided already.
     *
     * @return how many figures it linked
     */
    @Transactional
    public int autoLink(long sourceId) {
        Source s = sources.find(sourceId).orElseThrow(() -> new NotFound("No source " + sourceId));
        if (!s.isArticle() || s.text() == null) {
            return 0;
        }
        Set<String> taken = new java.util.HashSet<>(linkedBySpan(sourceId).keySet());
        decisions.ofSource(sourceId).forEach(d -> taken.add(span(d.start(), d.end())));
        int linkedNow = 0;
        // One series value, one machine link: "inflation averaged 2.7%, below the ceiling of 3%" may rank the same
        // series and year first for both figures; the first is linked, the other waits for an editor.
        Set<String> seriesLinked = new java.util.HashSet<>();
        for (FigureMatcher.Match m : match(s)) {
            Candidate f = m.figure();
            if (!m.autoLinkable() || taken.contains(span(f.start(), f.end()))) {
                continue;
            }
            FigureMatcher.Option top = m.top();
            if (!seriesLinked.add(top.indicator().code() + " " + top.geography().code() + " " + top.period())) {
                continue;
            }
            try {
                linking.linkByMachine(new Confirmation(sourceId, f.start(), f.end(), top.indicator().code(), null,
                                top.geography().code(), top.period().toString(), m.status(), f.value(), null),
                        BigDecimal.valueOf(top.score()).setScale(4, RoundingMode.HALF_EVEN));
                linkedNow++;
            } catch (Problem e) {
                log.info("Source {}: '{}' not linked by the matcher: {}", sourceId, f.text(), e.getMessage());
            }
        }
        return linkedNow;
    }

    /** An article the intake stored is matched at once, in the same transaction (a dry run rolls both back). */
    @EventListener
    void onArticleStored(ArticleStored stored) {
        autoLink(stored.sourceId());
    }

    List<FigureMatcher.Match> match(Source s) {
        FigureMatcher.Article article = new FigureMatcher.Article(s.title(), s.text(), s.publishedOn());
        return matcher().match(article, FigureExtractor.extract(s.text()), new FigureMatcher.Officials() {
            @Override
            public Map<OfficialValues.Key, BigDecimal> latest(java.util.Collection<OfficialValues.Key> keys) {
                Map<OfficialValues.Key, BigDecimal> out = new HashMap<>();
                officialValues.vintages(keys).forEach((k, list) -> {
                    if (!list.isEmpty()) {
                        out.put(k, list.get(0).value());
                    }
                });
                return out;
            }

            @Override
            public List<Observation> near(String geographyCode, org.factline.measure.Period period,
                                          List<BigDecimal[]> ranges) {
                return officialValues.near(geographyCode, period, ranges);
            }
        });
    }

    private FigureMatcher matcher() {
        Built b = built;
        Instant now = clock.instant();
        if (b == null || b.at().plus(REBUILD).isBefore(now)) {
            b = new Built(new FigureMatcher(new CatalogIndex(indicators.all(), learnedPhrases()),
                    new Places(geographies.list(), geographies.otherNames())), now);
            built = b;
        }
        return b.matcher();
    }

    /** Forgets the built index, so the next match reads the catalog and the editors' links again. */
    void rebuild() {
        built = null;
    }

    /**
     * For each indicator, the words editors' links put beside its figures: within six words of the figure in the
     * citation's quote. An editor who links "jobless rate" to an unemployment series once makes it a known phrase.
     */
    private Map<String, List<String>> learnedPhrases() {
        // the editors' links alone: a page of all links, then filtered, would lose them under the matcher's own
        List<Citation> latest = citations.editorLinks(LEARNED_LINKS);
        Map<Long, Observation> obs = observations.findAll(latest.stream().map(Citation::observationId).toList())
                .stream().collect(Collectors.toMap(Observation::id, Function.identity()));
        Map<String, List<String>> out = new HashMap<>();
        for (Citation c : latest) {
            Observation o = obs.get(c.observationId());
            if (o == null) {
                continue;
            }
            List<Words.Word> words = Words.of(c.quote());
            int at = c.quote().indexOf(c.figureText());
            int figure = 0;
            while (figure < words.size() && words.get(figure).start() < at) {
                figure++;
            }
            List<String> phrase = out.computeIfAbsent(o.indicatorCode(), k -> new ArrayList<>());
            for (int i = Math.max(0, figure - 6); i < Math.min(words.size(), figure + 6); i++) {
                phrase.add(words.get(i).stem());
            }
        }
        return out;
    }

    private static List<FigureReport.Option> options(FigureMatcher.Match m) {
        return m.options().stream().map(o -> new FigureReport.Option(o.indicator().code(), o.indicator().name(),
                o.geography().code(), o.geography().name(), o.period(), o.status(), o.score(), o.official(),
                o.verdict())).toList();
    }

    private static FigureReport.Link link(Citation c, Claim claim) {
        return new FigureReport.Link(c.id(), claim.indicatorCode(), claim.geographyCode(), claim.period(),
                c.linkedBy(), c.matchScore(), claim.verdict());
    }
}
