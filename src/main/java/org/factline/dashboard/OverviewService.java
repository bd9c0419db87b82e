package org.factline.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factline.citation.Citation;
import org.factline.citation.CitationService;
import org.factline.geography.Geography;
import org.factline.geography.GeographyService;
import org.factline.indicator.Indicator;
import org.factline.indicator.IndicatorService;
import org.factline.observation.Observation;
import org.factline.observation.ObservationService;
import org.factline.observation.SeriesSummaries;
import org.factline.source.SourceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The overview, a page at a time however many series there are: the series articles cite come first (the most
 * recently cited first, then the most cited), then every other series in code order, read from the series
 * summaries a page at a time. A search, a geography and an indicator narrow both.
 */
@Service
public class OverviewService {

    private final SeriesSummaries summaries;
    private final IndicatorService indicators;
    private final GeographyService geographies;
    private final CitationService citations;
    private final ObservationService observations;
    private final SourceService sources;

    OverviewService(SeriesSummaries summaries, IndicatorService indicators, GeographyService geographies,
                    CitationService citations, ObservationService observations, SourceService sources) {
        this.summaries = summaries;
        this.indicators = indicators;
        this.geographies = geographies;
        this.citations = citations;
        this.observations = observations;
        this.sources = sources;
    }

    /** What the overview shows: series matching a search (indicator or geography, name or code), one geography, one
     * indicator; null or blank for any. */
    public record Query(String search, String geography, String indicator) {

        public Query {
            search = search == null || search.isBlank() ? null : search.strip();
            geography = geography == null || geography.isBlank() ? null : geography;
            indicator = indicator == null || indicator.isBlank() ? null : indicator;
        }
    }

    /** Up to {@code limit} series from {@code offset}. */
    @Transactional(readOnly = true)
    public List<SeriesSummary> page(Query q, int offset, int limit) {
        Names names = names();
        SeriesSummaries.Filter filter = filter(q, names);
        List<SeriesSummary> cited = cited(filter, names);
        List<SeriesSummary> out = new ArrayList<>();
        if (offset < cited.size()) {
            out.addAll(cited.subList(offset, Math.min(cited.size(), offset + limit)));
        }
        int more = limit - out.size();
        if (more > 0) {
            List<SeriesSummaries.Series> skip = cited.stream()
                    .map(s -> new SeriesSummaries.Series(s.indicatorCode(), s.geographyCode())).toList();
            summaries.page(filter, skip, Math.max(0, offset - cited.size()), more)
                    .forEach(s -> out.add(summary(s, names, 0, null)));
        }
        return out;
    }

    /** How many series the query selects, the cited and the others. */
    @Transactional(readOnly = true)
    public long count(Query q) {
        Names names = names();
        SeriesSummaries.Filter filter = filter(q, names);
        List<SeriesSummary> cited = cited(filter, names);
        return cited.size() + summaries.count(filter, cited.stream()
                .map(s -> new SeriesSummaries.Series(s.indicatorCode(), s.geographyCode())).toList());
    }

    /** The geographies and indicators to choose from, code to name, by name. */
    @Transactional(readOnly = true)
    public Map<String, String> geographyChoices() {
        Map<String, String> out = new LinkedHashMap<>();
        geographies.list().forEach(g -> out.put(g.code(), g.name()));
        return out;
    }

    @Transactional(readOnly = true)
    public Map<String, String> indicatorChoices() {
        Set<String> withData = new HashSet<>();
        summaries.coverage().forEach(c -> withData.add(c.indicatorCode()));
        Map<String, String> out = new LinkedHashMap<>();
        indicators.all().stream().filter(i -> withData.contains(i.code())).forEach(i -> out.put(i.code(), i.name()));
        return out;
    }

    private record Names(Map<String, Indicator> indicators, Map<String, String> geographies) {
    }

    private Names names() {
        Map<String, Indicator> ind = new HashMap<>();
        indicators.all().forEach(i -> ind.put(i.code(), i));
        Map<String, String> geo = new HashMap<>();
        geographies.list().forEach((Geography g) -> geo.put(g.code(), g.name()));
        return new Names(ind, geo);
    }

    private static SeriesSummaries.Filter filter(Query q, Names names) {
        Set<String> textIndicators = null;
        Set<String> textGeographies = null;
        if (q.search() != null) {
            String t = q.search().toLowerCase(Locale.ROOT);
            textIndicators = new HashSet<>();
            for (Indicator i : names.indicators().values()) {
                if (i.code().toLowerCase(Locale.ROOT).contains(t) || i.name().toLowerCase(Locale.ROOT).contains(t)) {
                    textIndicators.add(i.code());
                }
            }
            textGeographies = new HashSet<>();
            for (Map.Entry<String, String> g : names.geographies().entrySet()) {
                if (g.getKey().toLowerCase(Locale.ROOT).contains(t) || g.getValue().toLowerCase(Locale.ROOT).contains(t)) {
                    textGeographies.add(g.getKey());
                }
            }
        }
        return new SeriesSummaries.Filter(q.indicator() == null ? null : Set.of(q.indicator()),
                q.geography() == null ? null : Set.of(q.geography()), textIndicators, textGeographies);
    }

    /** The cited series that pass the filter, the most recently cited first, then the most cited, then by name. */
    private List<SeriesSummary> cited(SeriesSummaries.Filter f, Names names) {
        List<Citation> all = citations.page(null, 0, Integer.MAX_VALUE);
        Map<Long, Observation> obs = new HashMap<>();
        observations.findAll(all.stream().map(Citation::observationId).distinct().toList()).forEach(o -> obs.put(o.id(), o));
        Map<Long, LocalDate> published = new HashMap<>();
        sources.findAll(all.stream().map(Citation::sourceId).distinct().toList())
                .forEach(s -> published.put(s.id(), s.publishedOn()));
        Map<SeriesSummaries.Series, long[]> counts = new LinkedHashMap<>();
        Map<SeriesSummaries.Series, LocalDate> last = new HashMap<>();
        for (Citation c : all) {
            SeriesSummaries.Series s = obs.get(c.observationId()).series();
            if (!passes(s, f)) {
                continue;
            }
            counts.computeIfAbsent(s, k -> new long[1])[0]++;
            LocalDate on = published.get(c.sourceId());
            if (on != null && (last.get(s) == null || on.isAfter(last.get(s)))) {
                last.put(s, on);
            }
        }
        Map<SeriesSummaries.Series, SeriesSummaries.Summary> stored = new HashMap<>();
        for (SeriesSummaries.Series s : counts.keySet()) {
            summaries.page(new SeriesSummaries.Filter(Set.of(s.indicatorCode()), Set.of(s.geographyCode()), null, null),
                    List.of(), 0, 1).forEach(x -> stored.put(s, x));
        }
        return counts.entrySet().stream().filter(e -> stored.containsKey(e.getKey()))
                .map(e -> summary(stored.get(e.getKey()), names, e.getValue()[0], last.get(e.getKey())))
                .sorted(Comparator.comparing(SeriesSummary::lastCitedOn, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(SeriesSummary::citations, Comparator.reverseOrder())
                        .thenComparing(SeriesSummary::indicatorName).thenComparing(SeriesSummary::geographyName))
                .toList();
    }

    private static boolean passes(SeriesSummaries.Series s, SeriesSummaries.Filter f) {
        return (f.indicators() == null || f.indicators().contains(s.indicatorCode()))
                && (f.geographies() == null || f.geographies().contains(s.geographyCode()))
                && (f.textIndicators() == null || f.textIndicators().contains(s.indicatorCode())
                || f.textGeographies().contains(s.geographyCode()));
    }

    private static SeriesSummary summary(SeriesSummaries.Summary s, Names names, long citations, LocalDate lastCited) {
        Indicator i = names.indicators().get(s.series().indicatorCode());
        return new SeriesSummary(s.series().indicatorCode(), i == null ? s.series().indicatorCode() : i.name(),
                s.series().geographyCode(), names.geographies().getOrDefault(s.series().geographyCode(),
                s.series().geographyCode()), i == null ? "" : i.unit(), s.latestPeriod(), s.latestValue(),
                s.previousPeriod(), s.previousValue(), citations, lastCited);
    }
}
