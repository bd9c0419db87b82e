package org.factline.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factline.chart.ChartPoint;
import org.factline.chart.ChartSpec;
import org.factline.citation.Citation;
import org.factline.citation.CitationService;
import org.factline.claim.Claim;
import org.factline.claim.ClaimFilter;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimText;
import org.factline.geography.Geography;
import org.factline.geography.GeographyService;
import org.factline.indicator.Indicator;
import org.factline.indicator.IndicatorService;
import org.factline.measure.Period;
import org.factline.observation.Observation;
import org.factline.observation.ObservationSelection;
import org.factline.observation.ObservationService;
import org.factline.observation.OfficialValues;
import org.factline.observation.SeriesSummaries;
import org.factline.problem.NotFound;
import org.factline.source.Source;
import org.factline.source.SourceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side of the dashboard: series at a glance, and a series page's table and chart. */
@Service
public class DashboardService {

    /** Geographies shown when a page names none and no article cites the indicator. */
    private static final String WORLD = "WLD";

    private final SeriesSummaries summaries;
    private final OfficialValues officialValues;
    private final IndicatorService indicators;
    private final GeographyService geographies;
    private final ObservationService observations;
    private final CitationService citations;
    private final ClaimService claims;
    private final SourceService sources;

    DashboardService(SeriesSummaries summaries, OfficialValues officialValues, IndicatorService indicators, GeographyService geographies,
                     ObservationService observations, CitationService citations, SourceService sources,
                     ClaimService claims) {
        this.summaries = summaries;
        this.officialValues = officialValues;
        this.indicators = indicators;
        this.geographies = geographies;
        this.observations = observations;
        this.citations = citations;
        this.claims = claims;
        this.sources = sources;
    }

    /**
     * The page of an indicator for the given geographies as of a vintage ({@code asOf}: what was known on that
     * date; null for everything known now); with no geography given, the geographies whose figures articles cite,
     * else the world, else the first geography with data.
     */
    @Transactional(readOnly = true)
    public Optional<SeriesPage> seriesPage(SeriesRequest request) {
        List<String> geographyCodes = request.geographies();
        LocalDate asOf = request.asOf();
        Optional<Indicator> found = indicators.find(request.indicatorCode());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Indicator indicator = found.get();
        List<Geography> available = geographies.findAll(summaries.geographiesOf(indicator.code()));
        Set<String> availableCodes = available.stream().map(Geography::code).collect(Collectors.toSet());
        List<String> chosen = geographyCodes.stream().map(c -> c.strip().toUpperCase(Locale.ROOT))
                .filter(availableCodes::contains).distinct().toList();
        if (chosen.isEmpty()) {
            chosen = defaultGeographies(indicator.code(), availableCodes);
        }
        Map<String, Geography> byCode = available.stream()
                .collect(Collectors.toMap(Geography::code, Function.identity()));
        List<Geography> selected = chosen.stream().map(byCode::get).toList();

        List<Observation> all = new ArrayList<>();
        observations.forEach(ObservationSelection.series(indicator.code(), chosen, request.from(), request.to()),
                all::add);
        List<LocalDate> vintages = all.stream().map(Observation::vintage).distinct()
                .sorted(Comparator.reverseOrder()).toList();
        List<Observation> obs = asOf == null ? all : all.stream().filter(o -> !o.vintage().isAfter(asOf)).toList();
        Map<Long, Observation> previous = SeriesChart.previousVintages(obs);
        Map<Long, List<Citation>> cites = citations.forObservations(obs.stream().map(Observation::id).toList());
        Map<Long, Source> sourceById = sources.findAll(obs.stream().map(Observation::sourceId).distinct().toList())
                .stream().collect(Collectors.toMap(Source::id, Function.identity()));
        Map<Long, String> verdicts = verdicts(indicator.code(), chosen);

        List<SeriesRow> rows = obs.stream()
                .map(o -> {
                    Observation before = previous.get(o.id());
                    return new SeriesRow(o, byCode.get(o.geographyCode()).name(), sourceById.get(o.sourceId()),
                            cites.getOrDefault(o.id(), List.of()).size(), before == null ? null : before.value(),
                            before == null ? null : before.vintage(), verdicts.get(o.id()));
                })
                .sorted(Comparator.comparing((SeriesRow r) -> r.observation().period()).reversed()
                        .thenComparing(SeriesRow::geographyName)
                        .thenComparing(r -> r.observation().vintage(), Comparator.reverseOrder()))
                .toList();
        List<Source> pageSources = rows.stream().map(SeriesRow::source).filter(java.util.Objects::nonNull).distinct()
                .sorted(Comparator.comparing((Source s) -> s.kind()).thenComparing(Source::title)).toList();
        return Optional.of(new SeriesPage(indicator, selected, available, rows,
                SeriesChart.of(indicator, selected, rows, request.transform()), request, vintages, pageSources));
    }

    /** Each cited observation's claim check in words ("differs: -8.6% vs -7.149%, -1.451 pp"), by observation id. */
    private Map<Long, String> verdicts(String indicatorCode, List<String> geographyCodes) {
        Map<Long, String> out = new java.util.HashMap<>();
        for (String geo : geographyCodes) {
            for (Claim c : claims.claims(new ClaimFilter(null, indicatorCode, geo, null, null))) {
                out.putIfAbsent(c.observationId(), c.verdict().label()
                        + (c.difference() == null ? "" : " (" + ClaimText.difference(c) + ")"));
            }
        }
        return out;
    }

    /**
     * The chart of an indicator for the given geographies, limited to periods from {@code from} through
     * {@code to} (either may be null).
     *
     * @throws NotFound naming the indicator or geography that Factline does not have
     */
    @Transactional(readOnly = true)
    public ChartSpec chart(String indicatorCode, List<String> geographyCodes, Period from, Period to,
                           Transform transform) {
        Indicator indicator = indicators.find(indicatorCode)
                .orElseThrow(() -> new NotFound("No indicator " + indicatorCode));
        List<String> codes = geographyCodes.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).distinct().toList();
        if (codes.isEmpty()) {
            throw new NotFound("No geography given");
        }
        Map<String, Geography> found = geographies.findAll(codes).stream()
                .collect(Collectors.toMap(Geography::code, Function.identity()));
        for (String code : codes) {
            if (!found.containsKey(code)) {
                throw new NotFound("No geography " + code);
            }
        }
        List<Geography> selected = codes.stream().map(found::get).toList();
        List<Observation> obs = new ArrayList<>();
        observations.forEach(ObservationSelection.series(indicator.code(), codes, from, to), obs::add);
        Map<Long, Source> sourceById = sources.findAll(obs.stream().map(Observation::sourceId).distinct().toList())
                .stream().collect(Collectors.toMap(Source::id, Function.identity()));
        Map<Long, String> verdicts = verdicts(indicator.code(), codes);
        List<SeriesRow> rows = obs.stream().map(o -> new SeriesRow(o, found.get(o.geographyCode()).name(),
                sourceById.get(o.sourceId()), 0, null, null, verdicts.get(o.id()))).toList();
        return SeriesChart.of(indicator, selected, rows, transform);
    }

    /** The last {@code periods} official values of a series (latest vintage of each), oldest first. */
    @Transactional(readOnly = true)
    public List<ChartPoint> sparkline(String indicatorCode, String geographyCode, int periods) {
        if (indicators.find(indicatorCode).isEmpty() || geographies.find(geographyCode).isEmpty()) {
            throw new NotFound("No series " + indicatorCode + " for " + geographyCode);
        }
        String unit = indicators.find(indicatorCode).orElseThrow().unit();
        List<Observation> series = new ArrayList<>();
        observations.forEach(ObservationSelection.series(indicatorCode, List.of(geographyCode), null, null), series::add);
        java.util.Set<Long> officialSources = officialValues.officialSources(series.stream().map(Observation::sourceId)
                .distinct().toList());
        List<ChartPoint> points = OfficialValues.latestByPeriod(series, unit, officialSources::contains).values().stream()
                .sorted(Comparator.comparing(Observation::period).reversed()).limit(periods)
                .map(o -> new ChartPoint(o.period().start(), o.value().doubleValue())).toList();
        List<ChartPoint> oldestFirst = new ArrayList<>(points);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private List<String> defaultGeographies(String indicatorCode, Set<String> available) {
        List<String> cited = observations.findAll(citations.citedObservationIds()).stream()
                .filter(o -> o.indicatorCode().equals(indicatorCode)).map(Observation::geographyCode).distinct()
                .sorted().toList();
        if (!cited.isEmpty()) {
            return cited;
        }
        if (available.contains(WORLD)) {
            return List.of(WORLD);
        }
        return available.stream().sorted().limit(1).toList();
    }

}
