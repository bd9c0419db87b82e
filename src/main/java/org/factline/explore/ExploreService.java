package org.factline.explore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.factline.citation.Citation;
import org.factline.citation.CitationService;
import org.factline.geography.Geography;
import org.factline.geography.GeographyService;
import org.factline.measure.Frequency;
import org.factline.measure.Period;
import org.factline.observation.Observation;
import org.factline.observation.ObservationService;
import org.factline.source.Source;
import org.factline.source.SourceKind;
import org.factline.source.SourceService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side of the sources and geography pages. */
@Service
public class ExploreService {

    private final JdbcClient jdbc;
    private final SourceService sources;
    private final CitationService citations;
    private final ObservationService observations;
    private final GeographyService geographies;

    ExploreService(JdbcClient jdbc, SourceService sources, CitationService citations, ObservationService observations,
                   GeographyService geographies) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.citations = citations;
        this.observations = observations;
        this.geographies = geographies;
    }

    /** Every source, articles and datasets, newest first, with their fact and citation counts. */
    @Transactional(readOnly = true)
    public List<SourceSummary> sources() {
        return jdbc.sql("""
                        select s.id, s.kind, s.title, s.publisher, s.author, s.published_on, s.url,
                               (select count(*) from observation o where o.source_id = s.id) as facts,
                               (select count(*) from citation c where c.source_id = s.id) as citations
                        from source s order by s.published_on desc nulls last, s.title""")
                .query((rs, i) -> new SourceSummary(rs.getLong("id"), SourceKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), rs.getString("publisher"), rs.getString("author"),
                        rs.getObject("published_on", LocalDate.class), rs.getString("url"), rs.getLong("facts"),
                        rs.getLong("citations")))
                .list();
    }

    /** A source's page: its cited figures beside the official values, and its text with the figures marked. */
    @Transactional(readOnly = true)
    public Optional<ArticlePage> article(long id) {
        Optional<Source> found = sources.find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Source source = found.get();
        List<CitedFigure> figures = new ArrayList<>();
        for (Citation c : citations.forSource(id)) {
            Observation o = observations.find(c.observationId()).orElseThrow();
            String indicatorName = jdbc.sql("select name from indicator where code = ?").param(o.indicatorCode())
                    .query(String.class).single();
            String geographyName = geographies.find(o.geographyCode()).map(Geography::name).orElse(o.geographyCode());
            Optional<Object[]> official = jdbc.sql("""
                            select o.obs_value, o.value_scale, o.vintage, s.title from observation o
                            join source s on s.id = o.source_id
                            where o.indicator_code = ? and o.geography_code = ? and o.period_start = ? and o.frequency = ?
                              and o.status = 'OFFICIAL'
                            order by o.vintage desc, o.id desc fetch first 1 rows only""")
                    .params(o.indicatorCode(), o.geographyCode(), o.period().start(), o.period().frequency().code())
                    .query((rs, i) -> new Object[] {
                        rs.getBigDecimal(1).setScale(rs.getInt(2), RoundingMode.UNNECESSARY),
                        rs.getObject(3, LocalDate.class), rs.getString(4)})
                    .optional();
            figures.add(new CitedFigure(c, o, indicatorName, geographyName,
                    official.map(r -> (BigDecimal) r[0]).orElse(null), official.map(r -> (LocalDate) r[1]).orElse(null),
                    official.map(r -> (String) r[2]).orElse(null)));
        }
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

    /** Every indicator with data for a geography, with its latest value and citations. */
    @Transactional(readOnly = true)
    public Optional<GeographyPage> geography(String code) {
        Optional<Geography> found = geographies.find(code);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<GeographyRow> rows = jdbc.sql("""
                        select s.indicator_code, i.name, i.unit, s.latest_period, s.frequency, s.latest_value,
                               s.latest_scale, s.observations,
                               (select count(*) from citation c join observation o on o.id = c.observation_id
                                where o.indicator_code = s.indicator_code and o.geography_code = s.geography_code)
                                   as citations
                        from series_summary s join indicator i on i.code = s.indicator_code
                        where s.geography_code = :geo""")
                .param("geo", code)
                .query((rs, i) -> {
                    LocalDate latest = rs.getObject("latest_period", LocalDate.class);
                    return new GeographyRow(rs.getString("indicator_code"), rs.getString("name"), rs.getString("unit"),
                            latest == null ? null : new Period(latest, Frequency.fromCode(rs.getString("frequency"))),
                            latest == null ? null
                                    : rs.getBigDecimal("latest_value").setScale(rs.getInt("latest_scale"),
                                            RoundingMode.UNNECESSARY),
                            rs.getLong("observations"), rs.getLong("citations"));
                })
                .list().stream()
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
        String indicatorName = jdbc.sql("select name from indicator where code = ?").param(o.indicatorCode())
                .query(String.class).single();
        String geographyName = geographies.find(o.geographyCode()).map(Geography::name).orElse(o.geographyCode());
        List<Citation> cites = citations.forObservations(List.of(observationId)).getOrDefault(observationId, List.of());
        java.util.Map<Long, Source> articles = new java.util.HashMap<>();
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
