package org.factline.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
    private final SourceService sources;

    DashboardService(JdbcClient jdbc, IndicatorService indicators, GeographyService geographies,
                     ObservationService observations, CitationService citations, SourceService sources) {
        this.jdbc = jdbc;
        this.indicators = indicators;
        this.geographies = geographies;
        this.observations = observations;
        this.citations = citations;
        this.sources = sources;
    }

    /**
     * Every tracked series whose indicator or geography (name or code) contains {@code search}, the most cited
     * and most recently cited first.
     */
    @Transactional(readOnly = true)
    public List<SeriesSummary> series(String search) {
        String like = "%" + (search == null ? "" : search.strip().toLowerCase(Locale.ROOT)) + "%";
        return jdbc.sql("""
                        with series as (
                            select distinct indicator_code, geography_code from observation
                        ), latest as (
                            select indicator_code, geography_code, period_start, frequency, obs_value, value_scale,
                                   row_number() over (partition by indicator_code, geography_code
                                                      order by period_start desc, vintage desc, id desc) as rn
                            from observation where status = 'OFFICIAL'
                        ), cited as (
                            select o.indicator_code, o.geography_code, count(*) as n, max(s.published_on) as last_cited
                            from citation c
                            join observation o on o.id = c.observation_id
                            join source s on s.id = c.source_id
                            group by o.indicator_code, o.geography_code
                        )
                        select s.indicator_code, i.name as indicator_name, i.unit, s.geography_code,
                               g.name as geography_name, l.period_start, l.frequency, l.obs_value, l.value_scale,
                               coalesce(c.n, 0) as citations, c.last_cited
                        from series s
                        join indicator i on i.code = s.indicator_code
                        join geography g on g.code = s.geography_code
                        left join latest l on l.indicator_code = s.indicator_code
                                          and l.geography_code = s.geography_code and l.rn = 1
                        left join cited c on c.indicator_code = s.indicator_code and c.geography_code = s.geography_code
                        where lower(i.name) like :q or lower(i.code) like :q
                           or lower(g.name) like :q or lower(g.code) like :q
                        order by citations desc, c.last_cited desc nulls last, i.name, g.name""")
                .param("q", like)
                .query((rs, n) -> {
                    LocalDate start = rs.getObject("period_start", LocalDate.class);
                    BigDecimal value = rs.getBigDecimal("obs_value");
                    return new SeriesSummary(rs.getString("indicator_code"), rs.getString("indicator_name"),
                            rs.getString("geography_code"), rs.getString("geography_name"), rs.getString("unit"),
                            start == null ? null : new Period(start, Frequency.fromCode(rs.getString("frequency"))),
                            value == null ? null : value.setScale(rs.getInt("value_scale")),
                            rs.getLong("citations"), rs.getObject("last_cited", LocalDate.class));
                })
                .list();
    }

    /**
     * The page of an indicator for the given geographies as of a vintage ({@code asOf}: what was known on that
     * date; null for everything known now); with no geography given, the geographies whose figures articles cite,
     * else the world, else the first geography with data.
     */
    @Transactional(readOnly = true)
    public Optional<SeriesPage> seriesPage(String indicatorCode, List<String> geographyCodes, LocalDate asOf) {
        Optional<Indicator> found = indicators.find(indicatorCode);
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

        List<Observation> all = observations.find(ObservationFilter.series(indicator.code(), chosen));
        List<LocalDate> vintages = all.stream().map(Observation::vintage).distinct()
                .sorted(Comparator.reverseOrder()).toList();
        List<Observation> obs = asOf == null ? all : all.stream().filter(o -> !o.vintage().isAfter(asOf)).toList();
        Map<Long, Observation> previous = previousVintages(obs);
        Map<Long, List<Citation>> cites = citations.forObservations(obs.stream().map(Observation::id).toList());
        Map<Long, Source> sourceById = sources.findAll(obs.stream().map(Observation::sourceId).distinct().toList())
                .stream().collect(Collectors.toMap(Source::id, Function.identity()));

        List<SeriesRow> rows = obs.stream()
                .map(o -> {
                    Observation before = previous.get(o.id());
                    return new SeriesRow(o, byCode.get(o.geographyCode()).name(), sourceById.get(o.sourceId()),
                            cites.getOrDefault(o.id(), List.of()).size(), before == null ? null : before.value(),
                            before == null ? null : before.vintage());
                })
                .sorted(Comparator.comparing((SeriesRow r) -> r.observation().period()).reversed()
                        .thenComparing(SeriesRow::geographyName)
                        .thenComparing(r -> r.observation().vintage(), Comparator.reverseOrder()))
                .toList();
        return Optional.of(new SeriesPage(indicator, selected, available, rows, chart(indicator, selected, rows), asOf,
                vintages));
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
     * @throws UnknownSeriesException naming the indicator or geography that Factline does not have
     */
    @Transactional(readOnly = true)
    public ChartSpec chart(String indicatorCode, List<String> geographyCodes, Period from, Period to) {
        Indicator indicator = indicators.find(indicatorCode)
                .orElseThrow(() -> new UnknownSeriesException("No indicator " + indicatorCode));
        List<String> codes = geographyCodes.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).distinct().toList();
        if (codes.isEmpty()) {
            throw new UnknownSeriesException("No geography given");
        }
        Map<String, Geography> found = geographies.findAll(codes).stream()
                .collect(Collectors.toMap(Geography::code, Function.identity()));
        for (String code : codes) {
            if (!found.containsKey(code)) {
                throw new UnknownSeriesException("No geography " + code);
            }
        }
        List<Geography> selected = codes.stream().map(found::get).toList();
        List<Observation> obs = observations.find(new ObservationFilter(codes, List.of(indicator.code()), null, from, to,
                0, ObservationFilter.MAX_LIMIT));
        Map<Long, Source> sourceById = sources.findAll(obs.stream().map(Observation::sourceId).distinct().toList())
                .stream().collect(Collectors.toMap(Source::id, Function.identity()));
        List<SeriesRow> rows = obs.stream().map(o -> new SeriesRow(o, found.get(o.geographyCode()).name(),
                sourceById.get(o.sourceId()), 0, null, null)).toList();
        return chart(indicator, selected, rows);
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
    private static ChartSpec chart(Indicator indicator, List<Geography> selected, List<SeriesRow> rows) {
        List<ChartLine> lines = new ArrayList<>();
        for (Geography g : selected) {
            Map<Period, Observation> latest = new LinkedHashMap<>();
            rows.stream().map(SeriesRow::observation)
                    .filter(o -> o.geographyCode().equals(g.code()) && o.status() == ObservationStatus.OFFICIAL)
                    .forEach(o -> latest.merge(o.period(), o, (a, b) -> a.vintage().isAfter(b.vintage()) ? a : b));
            List<ChartPoint> points = latest.values().stream()
                    .sorted(Comparator.comparing(Observation::period))
                    .map(o -> new ChartPoint(o.period().start(), o.value().doubleValue())).toList();
            if (!points.isEmpty()) {
                lines.add(new ChartLine(g.name() + " (official)", points));
            }
        }
        Set<Long> seen = new HashSet<>();
        List<ChartMarker> markers = rows.stream()
                .filter(r -> r.observation().status() != ObservationStatus.OFFICIAL && seen.add(r.observation().id()))
                .map(r -> new ChartMarker(r.observation().period().start(), r.observation().value().doubleValue(),
                        FigureFormat.format(r.observation().value(), r.observation().unit()) + " "
                                + r.observation().status().label()
                                + (r.source() == null || r.source().publisher() == null ? ""
                                : " (" + r.source().publisher() + ")")))
                .toList();
        String unit = Units.label(indicator.unit());
        boolean yearly = rows.stream().allMatch(r -> r.observation().period().frequency() == Frequency.ANNUAL);
        return new ChartSpec(indicator.name(), unit, lines, markers, Units.isPercent(indicator.unit()), yearly);
    }
}
