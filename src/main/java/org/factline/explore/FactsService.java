package org.factline.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factline.citation.CitationService;
import org.factline.geography.Geography;
import org.factline.geography.GeographyService;
import org.factline.indicator.Indicator;
import org.factline.indicator.IndicatorService;
import org.factline.observation.Observation;
import org.factline.observation.ObservationSelection;
import org.factline.observation.ObservationService;
import org.factline.source.Source;
import org.factline.source.SourceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers a {@link FactQuery}, for the Facts grid, {@code /api/facts} and {@code /api/facts.csv} alike: the query's
 * names, kinds, citations and text are resolved to codes and ids in the small tables first, then the observation
 * module reads the page (no COUNT: the grid scrolls on as long as pages come back full) or streams every row.
 */
@Service
public class FactsService {

    static final String CSV_HEADER = "indicator,indicator_name,geo,geo_name,period,value,unit,status,vintage,"
            + "source_kind,source_title,source_url,citations";

    private final ObservationService observations;
    private final CitationService citations;
    private final SourceService sources;
    private final IndicatorService indicators;
    private final GeographyService geographies;

    FactsService(ObservationService observations, CitationService citations, SourceService sources,
                 IndicatorService indicators, GeographyService geographies) {
        this.observations = observations;
        this.citations = citations;
        this.sources = sources;
        this.indicators = indicators;
        this.geographies = geographies;
    }

    /** The query's page of observations as they are stored. */
    @Transactional(readOnly = true)
    public List<Observation> observations(FactQuery q) {
        return observations.page(selection(q), q.sort(), q.descending(), q.offset(), q.limit());
    }

    /** The query's page, each fact with the names a reader needs beside the codes. */
    @Transactional(readOnly = true)
    public List<FactRow> page(FactQuery q) {
        List<Observation> page = observations(q);
        Map<Long, Source> bySource = new HashMap<>();
        sources.findAll(page.stream().map(Observation::sourceId).distinct().toList())
                .forEach(s -> bySource.put(s.id(), s));
        Map<Long, Long> cited = citations.countByObservation(page.stream().map(Observation::id).toList());
        Names names = names();
        return page.stream().map(o -> row(o, names, bySource.get(o.sourceId()), cited.getOrDefault(o.id(), 0L)))
                .toList();
    }

    /** Streams every fact the query matches (all pages) as CSV, in series order, without holding them in memory. */
    @Transactional(readOnly = true)
    public long exportCsv(FactQuery q, Writer out) {
        Names names = names();
        Map<Long, Long> cited = citations.countByObservation(citations.citedObservationIds());
        Map<Long, Source> bySource = new HashMap<>();
        long[] count = {0};
        try {
            out.write(CSV_HEADER);
            out.write("\n");
            observations.forEach(selection(q), o -> {
                Source s = bySource.computeIfAbsent(o.sourceId(), id -> sources.find(id).orElseThrow());
                FactRow f = row(o, names, s, cited.getOrDefault(o.id(), 0L));
                try {
                    out.write(String.join(",", CsvCells.text(f.indicatorCode()), CsvCells.text(f.indicatorName()),
                            CsvCells.text(f.geographyCode()), CsvCells.text(f.geographyName()),
                            CsvCells.text(f.period().toString()), f.value().toPlainString(), CsvCells.text(f.unit()),
                            f.status().label(), f.vintage().toString(),
                            f.sourceKind().name().toLowerCase(Locale.ROOT), CsvCells.text(f.sourceTitle()),
                            CsvCells.text(f.sourceUrl()), Long.toString(f.citations())));
                    out.write("\n");
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count[0];
    }

    /** The indicators, for the filters' choices: code to name, by name. */
    @Transactional(readOnly = true)
    public Map<String, String> indicatorNames() {
        Map<String, String> names = new LinkedHashMap<>();
        indicators.all().forEach(i -> names.put(i.code(), i.name()));
        return names;
    }

    /** The geographies, for the filters' choices: code to name, by name. */
    @Transactional(readOnly = true)
    public Map<String, String> geographyNames() {
        Map<String, String> names = new LinkedHashMap<>();
        geographies.list().forEach(g -> names.put(g.code(), g.name()));
        return names;
    }

    /** The query in terms of the observation table: names, kinds, citations and text resolved to codes and ids. */
    private ObservationSelection selection(FactQuery q) {
        Set<Long> sourceIds = null;
        if (q.source() != null) {
            sourceIds = Set.of(q.source().chars().allMatch(Character::isDigit) ? Long.parseLong(q.source())
                    : sources.findByUrl(q.source()).map(Source::id).orElse(-1L));
        }
        if (q.sourceKind() != null) {
            Set<Long> ofKind = new HashSet<>(sources.idsOfKind(q.sourceKind()));
            if (sourceIds != null) {
                ofKind.retainAll(sourceIds);
            }
            sourceIds = ofKind;
        }
        Set<Long> ids = q.citedOnly() ? new HashSet<>(citations.citedObservationIds()) : null;
        ObservationSelection.TextMatch text = q.text() == null ? null : new ObservationSelection.TextMatch(
                indicators.codesMatching(q.text()), sources.idsWithTitleContaining(q.text()));
        return new ObservationSelection(q.geographies(), q.indicators(), sourceIds, q.status(), q.from(), q.to(), ids,
                text);
    }

    private record Names(Map<String, String> indicators, Map<String, String> geographies) {
    }

    private Names names() {
        Map<String, String> ind = new HashMap<>();
        indicators.all().forEach((Indicator i) -> ind.put(i.code(), i.name()));
        Map<String, String> geo = new HashMap<>();
        geographies.list().forEach((Geography g) -> geo.put(g.code(), g.name()));
        return new Names(ind, geo);
    }

    private static FactRow row(Observation o, Names names, Source s, long citations) {
        return new FactRow(o.id(), o.indicatorCode(), names.indicators().getOrDefault(o.indicatorCode(),
                o.indicatorCode()), o.geographyCode(), names.geographies().getOrDefault(o.geographyCode(),
                o.geographyCode()), o.period(), o.value(), o.unit(), o.status(), o.vintage(), o.sourceId(), s.title(),
                s.kind(), s.url(), (int) citations);
    }
}
