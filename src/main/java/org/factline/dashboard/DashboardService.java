package org.factline.dashboard;

import org.factline.problem.NotFound;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factline.chart.ChartLine;
import org.factline.chart.ChartMarker;
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
import org.factline.measure.FigureFormat;
import org.factline.measure.Frequency;
import org.factline.measure.Period;
import org.factline.measure.Units;
import org.factline.observation.Observation;
import org.factline.observation.ObservationFilter;
import org.factline.observation.ObservationService;
import org.factline.observation.ObservationStatus;
import org.factline.source.Source;
import org.factline.source.SourceService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side of the dashboard: series at a glance, and a series page's table and chart. */
@Service
public class DashboardService {

    /** Geographies shown when a page names none and no article cites the indicator. */
    private static final String WORLD = "WLD";

    private final JdbcClient jdbc;
    private final IndicatorService indicators;
    private final GeographyService geographies;
    private final ObservationService observations;
    private final CitationService citations;
    private final ClaimService claims;
    private final SourceService sources;

    DashboardService(JdbcClient jdbc, IndicatorService indicators, GeographyService geographies,
                     ObservationService observations, CitationService citations, SourceService sources,
                     ClaimService claims) {
        this.jdbc = jdbc;
        this.indicators = indicators;
        this.geographies = geographies;
        this.observations = observations;
        this.citations = citations;
        this.claims = claims;
        this.sources = sources;
    }

    /**
     * Every tracked series whose indicator or geography (name or code) contains {@code search}, limited to one
     * geography and one indicator when they are given (null for any); the most recently cited first, then the
     * most cited, then by name.
     */
    @Transactional(readOnly = true)
    public List<SeriesSummary> series(String search, String geography, String indicator) {
        String q = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        // The summary table holds each series' latest two official periods; citations are few, grouped live.
        Map<String, String[]> names = new LinkedHashMap<>();
        Map<String, List<Object[]>> lastTwo = new HashMap<>();
        jdbc.sql("""
                        select s.indicator_code, i.name, i.unit, s.geography_code, g.name, s.latest_period, s.frequency,
                               s.latest_value, s.latest_scale, s.previous_period, s.previous_value, s.previous_scale
                        from series_summary s
                        join indicator i on i.code = s.indicator_code
                        join geography g on g.code = s.geography_code""")
                .query((rs, n) -> {
                    String key = rs.getString(1) + "|" + rs.getString(4);
                    names.put(key, new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)});
                    List<Object[]> last = new ArrayList<>();
                    LocalDate latest = rs.getObject(6, LocalDate.class);
                    if (latest != null) {
                        Frequency f = Frequency.fromCode(rs.getString(7));
                        last.add(new Object[] {new Period(latest, f), rs.getBigDecimal(8).setScale(rs.getInt(9))});
                        LocalDate previous = rs.getObject(10, LocalDate.class);
                        if (previous != null) {
                            last.add(new Object[] {new Period(previous, f), rs.getBigDecimal(11).setScale(rs.getInt(12))});
                        }
                    }
                    return lastTwo.put(key, last);
                })
                .list();
        Map<String, Object[]> cited = new HashMap<>();
        jdbc.sql("""
                        select o.indicator_code, o.geography_code, count(*), max(s.published_on)
                        from citation c join observation o on o.id = c.observation_id join source s on s.id = c.source_id
                        group by o.indicator_code, o.geography_code""")
                .query((rs, n) -> cited.put(rs.getString(1) + "|" + rs.getString(2),
                        new Object[] {rs.getLong(3), rs.getObject(4, LocalDate.class)}))
                .list();
        List<SeriesSummary> result = new ArrayList<>();
        for (Map.Entry<String, String[]> e : names.entrySet()) {
            String[] n = e.getValue();
            if ((geography != null && !geography.equals(n[3])) || (indicator != null && !indicator.equals(n[0]))) {
                continue;
            }
            if (!q.isEmpty() && Arrays.stream(n).noneMatch(t -> t != null && t.toLowerCase(Locale.ROOT).contains(q))) {
                continue;
            }
            List<Object[]> last = lastTwo.getOrDefault(e.getKey(), List.of());
            Object[] c = cited.get(e.getKey());
            result.add(new SeriesSummary(n[0], n[1], n[3], n[4], n[2],
                    last.isEmpty() ? null : (Period) last.get(0)[0], last.isEmpty() ? null : (BigDecimal) last.get(0)[1],
                    last.size() < 2 ? null : (Period) last.get(1)[0], last.size() < 2 ? null : (BigDecimal) last.get(1)[1],
                    c == null ? 0 : (Long) c[0], c == null ? null : (LocalDate) c[1]));
        }
        result.sort(Comparator.comparing(SeriesSummary::lastCitedOn, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(SeriesSummary::citations, Comparator.reverseOrder())
                .thenComparing(SeriesSummary::indicatorName).thenComparing(SeriesSummary::geographyName));
        return result;
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
        List<Geography> available = geographies.findAll(observations.geographiesOf(indicator.code()));
        Set<String> availableCodes = available.stream().map(Geography::code).collect(Collectors.toSet());
        List<String> chosen = geographyCodes.stream().map(c -> c.strip().toUpperCase(Locale.ROOT))
                .filter(availableCodes::contains).distinct().toList();
        if (chosen.isEmpty()) {
            chosen = defaultGeographies(indicator.code(), availableCodes);
        }
        Map<String, Geography> byCode = available.stream()
                .collect(Collectors.toMap(Geography::code, Function.identity()));
        List<Geography> selected = chosen.stream().map(byCode::get).toList();

        List<Observation> all = observations.find(new ObservationFilter(chosen, List.of(indicator.code()), null,
                request.from(), request.to(), 0, ObservationFilter.MAX_LIMIT));
        List<LocalDate> vintages = all.stream().map(Observation::vintage).distinct()
                .sorted(Comparator.reverseOrder()).toList();
        List<Observation> obs = asOf == null ? all : all.stream().filter(o -> !o.vintage().isAfter(asOf)).toList();
        Map<Long, Observation> previous = previousVintages(obs);
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
                chart(indicator, selected, rows, request.transform()), request, vintages, pageSources));
    }

    /** Each cited observation's claim check in words ("differs: -8.6% vs -7.149%, -1.451 pp"), by observation id. */
    private Map<Long, String> verdicts(String indicatorCode, List<String> geographyCodes) {
        Map<Long, String> out = new java.util.HashMap<>();
        for (String geo : geographyCodes) {
            for (Claim c : claims.claims(new ClaimFilter(null, indicatorCode, geo, null))) {
                out.putIfAbsent(c.observationId(), c.verdict().label()
                        + (c.difference() == null ? "" : " (" + ClaimText.difference(c) + ")"));
            }
        }
        return out;
    }

    /**
     * How to cite a source of a series, in the style of FRED's and the World Bank's suggested citations:
     * publisher (year), title [indicator code], as-of date, URL.
     */
    public static String suggestedCitation(Source s, Indicator indicator, LocalDate vintage) {
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

    /**
     * For each observation that revises the same source's earlier vintage of its period with a different value,
     * that earlier observation, by the revising observation's id.
     */
    private static Map<Long, Observation> previousVintages(List<Observation> obs) {
        Map<String, List<Observation>> bySeriesPeriod = obs.stream().collect(Collectors.groupingBy(
                o -> o.geographyCode() + "|" + o.sourceId() + "|" + o.period()));
        Map<Long, Observation> previous = new java.util.HashMap<>();
        for (List<Observation> versions : bySeriesPeriod.values()) {
            List<Observation> sorted = versions.stream().sorted(Comparator.comparing(Observation::vintage)).toList();
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i).value().compareTo(sorted.get(i - 1).value()) != 0) {
                    previous.put(sorted.get(i).id(), sorted.get(i - 1));
                }
            }
        }
        return previous;
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
        List<Observation> obs = observations.find(new ObservationFilter(codes, List.of(indicator.code()), null, from, to,
                0, ObservationFilter.MAX_LIMIT));
        Map<Long, Source> sourceById = sources.findAll(obs.stream().map(Observation::sourceId).distinct().toList())
                .stream().collect(Collectors.toMap(Source::id, Function.identity()));
        Map<Long, String> verdicts = verdicts(indicator.code(), codes);
        List<SeriesRow> rows = obs.stream().map(o -> new SeriesRow(o, found.get(o.geographyCode()).name(),
                sourceById.get(o.sourceId()), 0, null, null, verdicts.get(o.id()))).toList();
        return chart(indicator, selected, rows, transform);
    }

    /** The last {@code periods} official values of a series (latest vintage of each), oldest first. */
    @Transactional(readOnly = true)
    public List<ChartPoint> sparkline(String indicatorCode, String geographyCode, int periods) {
        if (indicators.find(indicatorCode).isEmpty() || geographies.find(geographyCode).isEmpty()) {
            throw new NotFound("No series " + indicatorCode + " for " + geographyCode);
        }
        List<ChartPoint> points = jdbc.sql("""
                        select period_start, obs_value from (
                            select period_start, obs_value,
                                   row_number() over (partition by period_start order by vintage desc, id desc) as rn
                            from observation
                            where indicator_code = ? and geography_code = ? and status = 'OFFICIAL'
                        ) v where rn = 1 order by period_start desc fetch first ? rows only""")
                .params(indicatorCode, geographyCode, periods)
                .query((rs, i) -> new ChartPoint(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2).doubleValue()))
                .list();
        List<ChartPoint> oldestFirst = new ArrayList<>(points);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private List<String> defaultGeographies(String indicatorCode, Set<String> available) {
        List<String> cited = jdbc.sql("""
                        select distinct o.geography_code from citation c join observation o on o.id = c.observation_id
                        where o.indicator_code = ? order by o.geography_code""")
                .param(indicatorCode).query(String.class).list();
        if (!cited.isEmpty()) {
            return cited;
        }
        if (available.contains(WORLD)) {
            return List.of(WORLD);
        }
        return available.stream().sorted().limit(1).toList();
    }

    /**
     * Official lines per geography (the latest vintage of each period) and every non-official figure as a
     * marker labelled with its value and source.
     */
    private static ChartSpec chart(Indicator indicator, List<Geography> selected, List<SeriesRow> rows,
                                   Transform transform) {
        List<ChartLine> lines = new ArrayList<>();
        for (Geography g : selected) {
            Map<Period, Observation> latest = new LinkedHashMap<>();
            rows.stream().map(SeriesRow::observation)
                    .filter(o -> o.geographyCode().equals(g.code()) && o.status() == ObservationStatus.OFFICIAL)
                    .forEach(o -> latest.merge(o.period(), o, (a, b) -> a.vintage().isAfter(b.vintage()) ? a : b));
            List<ChartPoint> points = transform.apply(latest.values().stream()
                    .sorted(Comparator.comparing(Observation::period))
                    .map(o -> new Transform.Value(o.period(), o.value().doubleValue())).toList());
            if (!points.isEmpty()) {
                lines.add(new ChartLine(g.name() + " (official)", points));
            }
        }
        Set<Long> seen = new HashSet<>();
        // A cited figure is a level: it is drawn on the level chart only.
        List<ChartMarker> markers = transform != Transform.LEVEL ? List.of() : rows.stream()
                .filter(r -> r.observation().status() != ObservationStatus.OFFICIAL && seen.add(r.observation().id()))
                .map(r -> {
                    String caption = FigureFormat.format(r.observation().value(), r.observation().unit()) + " "
                            + r.observation().status().label()
                            + (r.source() == null || r.source().publisher() == null ? ""
                            : " (" + r.source().publisher() + ")");
                    return new ChartMarker(r.observation().period().start(), r.observation().value().doubleValue(),
                            caption + (r.verdict() == null ? "" : " · check: " + r.verdict()), caption);
                })
                .toList();
        String unit = Units.label(transform.unit(indicator.unit()));
        boolean yearly = rows.stream().allMatch(r -> r.observation().period().frequency() == Frequency.ANNUAL);
        String title = transform == Transform.LEVEL ? indicator.name() : indicator.name() + ": " + transform.label();
        return new ChartSpec(title, unit, lines, markers,
                Units.isPercent(indicator.unit()) || transform != Transform.LEVEL, yearly);
    }
}
