package org.factline.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factline.citation.Citation;
import org.factline.citation.CitationService;
import org.factline.geography.Geography;
import org.factline.geography.GeographyService;
import org.factline.indicator.Indicator;
import org.factline.indicator.IndicatorService;
import org.factline.observation.Observation;
import org.factline.observation.ObservationService;
import org.factline.observation.OfficialValues;
import org.factline.source.Source;
import org.factline.source.SourceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks cited figures against the official data of their series and period ({@link OfficialValues}). Verdicts are
 * computed when asked for, from the observations stored at that moment, so an import of new or revised data changes
 * them at once and nothing can go stale (decision 005). A page of claims is checked in a fixed number of queries
 * (the citations, their observations, the official values, the names), never one per claim. Claims are listed
 * the most recently linked first.
 */
@Service
public class ClaimService {

    /** How many citations are checked at once when a filter needs every claim looked at. */
    private static final int CHUNK = 1_000;

    private final CitationService citations;
    private final ObservationService observations;
    private final OfficialValues officialValues;
    private final SourceService sources;
    private final IndicatorService indicators;
    private final GeographyService geographies;

    ClaimService(CitationService citations, ObservationService observations, OfficialValues officialValues,
                 SourceService sources, IndicatorService indicators, GeographyService geographies) {
        this.citations = citations;
        this.observations = observations;
        this.officialValues = officialValues;
        this.sources = sources;
        this.indicators = indicators;
        this.geographies = geographies;
    }

    /** Every claim that passes the filter. */
    @Transactional(readOnly = true)
    public List<Claim> claims(ClaimFilter filter) {
        return page(filter, 0, Integer.MAX_VALUE);
    }

    /**
     * Up to {@code limit} claims from {@code offset} that pass the filter. Filtered only by article, the page is
     * read as a page of citations; a filter on the verdict or the series looks at every claim, a chunk at a time.
     */
    @Transactional(readOnly = true)
    public List<Claim> page(ClaimFilter filter, int offset, int limit) {
        if (filter.byArticleOnly()) {
            return check(citations.page(filter.articleId(), offset, limit));
        }
        List<Claim> out = new ArrayList<>();
        int skip = offset;
        for (int at = 0; out.size() < limit; at += CHUNK) {
            List<Citation> chunk = citations.page(filter.articleId(), at, CHUNK);
            for (Claim c : check(chunk)) {
                if (filter.accepts(c) && out.size() < limit && skip-- <= 0) {
                    out.add(c);
                }
            }
            if (chunk.size() < CHUNK) {
                break;
            }
        }
        return out;
    }

    /** The claim a citation makes. */
    @Transactional(readOnly = true)
    public Optional<Claim> claim(long citationId) {
        return citations.find(citationId).flatMap(c -> check(List.of(c)).stream().findFirst());
    }

    /** Each cited figure against the official vintages of its series, period and unit. */
    private List<Claim> check(List<Citation> cited) {
        if (cited.isEmpty()) {
            return List.of();
        }
        Map<Long, Observation> obs = observations.findAll(cited.stream().map(Citation::observationId).toList())
                .stream().collect(Collectors.toMap(Observation::id, Function.identity()));
        Map<OfficialValues.Key, List<OfficialValues.Official>> officials = officialValues.vintages(obs.values().stream()
                .map(ClaimService::key).collect(Collectors.toSet()));
        Set<Long> sourceIds = new HashSet<>();
        cited.forEach(c -> sourceIds.add(c.sourceId()));
        officials.values().forEach(list -> list.stream().findFirst().ifPresent(o -> sourceIds.add(o.sourceId())));
        Map<Long, Source> bySource = sources.findAll(sourceIds).stream()
                .collect(Collectors.toMap(Source::id, Function.identity()));
        Map<String, String> indicatorNames = new HashMap<>();
        obs.values().stream().map(Observation::indicatorCode).distinct().forEach(code ->
                indicatorNames.put(code, indicators.find(code).map(Indicator::name).orElse(code)));
        Map<String, String> geographyNames = geographies.findAll(obs.values().stream().map(Observation::geographyCode)
                .distinct().toList()).stream().collect(Collectors.toMap(Geography::code, Geography::name));
        List<Claim> out = new ArrayList<>(cited.size());
        for (Citation c : cited) {
            Observation o = obs.get(c.observationId());
            out.add(claim(c, o, bySource.get(c.sourceId()), officials.get(key(o)), bySource,
                    indicatorNames.get(o.indicatorCode()), geographyNames.getOrDefault(o.geographyCode(),
                            o.geographyCode())));
        }
        return out;
    }

    /**
     * The economy a comparison names ("twice as fast as Russia's"), by its name or one of its other names, with its
     * official series of the same indicator; empty when the name is no economy's, or is the claim's own.
     */
    private Optional<RelativeClaim.Other> economy(String name, Observation o) {
        String wanted = name.strip().toLowerCase(java.util.Locale.ROOT);
        Map<String, List<String>> otherNames = geographies.otherNames();
        return geographies.list().stream()
                .filter(g -> g.name().toLowerCase(java.util.Locale.ROOT).equals(wanted)
                        || otherNames.getOrDefault(g.code(), List.of()).stream()
                        .anyMatch(n -> n.toLowerCase(java.util.Locale.ROOT).equals(wanted)))
                .filter(g -> !g.code().equals(o.geographyCode()))
                .findFirst()
                .map(g -> new RelativeClaim.Other(g.name(), officialValues.series(o.indicatorCode(), g.code(),
                        o.unit())));
    }

    private static OfficialValues.Key key(Observation o) {
        return new OfficialValues.Key(o.indicatorCode(), o.geographyCode(), o.period(), o.unit());
    }

    private Claim claim(Citation c, Observation o, Source article, List<OfficialValues.Official> officials,
                        Map<Long, Source> sources, String indicatorName, String geographyName) {
        List<RelativeClaim> comparisons = RelativeClaim.mayCompare(c.quote())
                ? RelativeClaim.check(c.quote(), o.period(), officialValues.series(o.indicatorCode(),
                o.geographyCode(), o.unit()), RelativeClaim.isRateOfChange(indicatorName), o.unit(),
                name -> economy(name, o))
                : List.of();
        OfficialValues.Official now = officials.isEmpty() ? null : officials.get(0);
        OfficialValues.Official then = article.publishedOn() == null ? null : officials.stream()
                .filter(x -> !x.vintage().isAfter(article.publishedOn())).findFirst().orElse(null);
        if (then != null && now != null && then.vintage().equals(now.vintage())) {
            then = null; // nothing has been revised since publication
        }
        Verdict verdict = ClaimCheck.verdict(o.value(), now == null ? null : now.value(),
                then == null ? null : then.value(), o.unit());
        return new Claim(c.id(), o.id(), c.quote(), c.figureText(), article.id(), article.title(), article.url(),
                article.publisher(), article.publishedOn(), o.indicatorCode(), indicatorName, o.geographyCode(),
                geographyName, o.period(), o.unit(), o.value(), now == null ? null : now.value(),
                now == null ? null : now.vintage(), now == null ? null : sources.get(now.sourceId()).title(),
                then == null ? null : then.value(), then == null ? null : then.vintage(), verdict,
                ClaimCheck.difference(o.value(), now == null ? null : now.value()), c.linkedBy(), c.matchScore(),
                comparisons);
    }
}
