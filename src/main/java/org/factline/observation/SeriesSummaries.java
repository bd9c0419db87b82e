package org.factline.observation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factline.indicator.Indicator;
import org.factline.indicator.IndicatorService;
import org.factline.measure.Period;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each series (indicator x geography) at a glance: how many observations it has and its latest two official
 * periods ({@link OfficialValues}, in the indicator's unit). Kept in step with the observation table by listening to
 * {@link ObservationsChanged} in the writing transaction, so reading every series never scans the observation table
 * and no writer has to remember the summaries.
 */
@Service
public class SeriesSummaries {

    private static final LocalDate BEGINNING = LocalDate.of(-9999, 1, 1);

    /** A series: an indicator for a geography, whatever the source. */
    public record Series(String indicatorCode, String geographyCode) {

        /** One group of {@link #grouped}: every series with {@code one} in {@code column}, of these {@code others}. */
        interface Group {
            void accept(String column, String one, String otherColumn, List<String> others);
        }

        /**
         * The series grouped by indicator, each with its geographies, or by geography, each with its indicators,
         * whichever makes fewer groups, so that a look-up runs few queries: a file sorted by economy brings one
         * geography's many indicators together, one sorted by indicator the reverse. Columns are named as in
         * {@code series} and {@code series_summary}.
         */
        static void grouped(java.util.Collection<Series> series, Group each) {
            Map<String, List<String>> byIndicator = new LinkedHashMap<>();
            Map<String, List<String>> byGeography = new LinkedHashMap<>();
            series.stream().distinct().forEach(s -> {
                byIndicator.computeIfAbsent(s.indicatorCode(), i -> new ArrayList<>()).add(s.geographyCode());
                byGeography.computeIfAbsent(s.geographyCode(), g -> new ArrayList<>()).add(s.indicatorCode());
            });
            if (byIndicator.size() <= byGeography.size()) {
                byIndicator.forEach((i, geographies) -> each.accept("indicator_code", i, "geography_code", geographies));
            } else {
                byGeography.forEach((g, indicators) -> each.accept("geography_code", g, "indicator_code", indicators));
            }
        }
    }

    /** A series' summary; the periods and values are null when it has no official value. */
    public record Summary(Series series, long observations, Period latestPeriod, BigDecimal latestValue,
                          Period previousPeriod, BigDecimal previousValue) {
    }

    /** How far an indicator's data reaches: how many geographies have a series, and the latest official period. */
    public record Coverage(String indicatorCode, int geographies, Period latest) {
    }

    private final SummaryRepository summaries;
    private final ObservationRepository observations;
    private final IndicatorService indicators;
    private final OfficialValues officialValues;

    SeriesSummaries(SummaryRepository summaries, ObservationRepository observations, IndicatorService indicators,
                    OfficialValues officialValues) {
        this.summaries = summaries;
        this.observations = observations;
        this.indicators = indicators;
        this.officialValues = officialValues;
    }

    /**
     * Which summaries to list: of these indicators and geographies (null: any), and, when a text was searched, of
     * the indicators or the geographies it matched.
     */
    public record Filter(java.util.Set<String> indicators, java.util.Set<String> geographies,
                         java.util.Set<String> textIndicators, java.util.Set<String> textGeographies) {
    }

    /** A page of summaries in code order, without the excluded series (the overview lists those first). */
    @Transactional(readOnly = true)
    public List<Summary> page(Filter filter, java.util.Collection<Series> excluded, int offset, int limit) {
        return summaries.page(filter, excluded, offset, limit);
    }

    /** How many summaries the filter selects, without the excluded series. */
    @Transactional(readOnly = true)
    public long count(Filter filter, java.util.Collection<Series> excluded) {
        return summaries.count(filter, excluded);
    }

    /** Every series' summary. */
    @Transactional(readOnly = true)
    public List<Summary> all() {
        return summaries.all();
    }

    /** The summaries of the series of one geography. */
    @Transactional(readOnly = true)
    public List<Summary> ofGeography(String geographyCode) {
        return summaries.ofGeography(geographyCode);
    }

    /** Every indicator with data, how many geographies have it and how recent it is. */
    @Transactional(readOnly = true)
    public List<Coverage> coverage() {
        return summaries.coverage();
    }

    /** The geographies that have data for an indicator. */
    @Transactional(readOnly = true)
    public List<String> geographiesOf(String indicatorCode) {
        return summaries.geographiesOf(indicatorCode);
    }

    /** The indicators that have data for a geography. */
    @Transactional(readOnly = true)
    public List<String> indicatorsOf(String geographyCode) {
        return summaries.indicatorsOf(geographyCode);
    }

    /**
     * Brings the touched series up to date, cheaply: a series new to Factline takes its summary from what was
     * added; an existing one adds the rows and re-reads only the periods from its previous summarised period on,
     * through the index; a series that lost rows is recomputed from its own rows.
     */
    @EventListener
    void on(ObservationsChanged change) {
        Map<String, String> units = new HashMap<>(indicators.unitsOf(change.added().stream()
                .map(NewObservation::indicatorCode).distinct().toList()));
        Map<Series, Delta> deltas = new LinkedHashMap<>();
        java.util.Set<Long> officialSources = officialValues.officialSources(change.added().stream()
                .map(NewObservation::sourceId).distinct().toList());
        for (NewObservation o : change.added()) {
            String unit = units.computeIfAbsent(o.indicatorCode(), code -> o.unit());
            deltas.computeIfAbsent(new Series(o.indicatorCode(), o.geographyCode()), s -> new Delta())
                    .add(o, OfficialValues.STATUSES.contains(o.status()) && officialSources.contains(o.sourceId())
                            && o.unit().equals(unit));
        }
        Map<Series, Summary> old = summaries.findAll(deltas.keySet());
        List<SummaryRepository.Written> written = new ArrayList<>(deltas.size());
        deltas.forEach((s, d) -> written.add(apply(s, d, old.get(s), units.get(s.indicatorCode()))));
        summaries.replaceAll(written, old.keySet());
        change.removed().forEach(this::refresh);
    }

    private SummaryRepository.Written apply(Series s, Delta d, Summary old, String unit) {
        if (old == null) {
            return new SummaryRepository.Written(s, d.rows, new ArrayList<>(d.latest.descendingMap().values()));
        }
        LocalDate from = old.previousPeriod() != null ? old.previousPeriod().start()
                : old.latestPeriod() != null ? old.latestPeriod().start() : BEGINNING;
        return new SummaryRepository.Written(s, old.observations() + d.rows, latestTwo(s, unit, from));
    }

    private void refresh(Series s) {
        long count = observations.countSeries(s);
        if (count == 0) {
            summaries.delete(s);
            return;
        }
        String unit = indicators.find(s.indicatorCode()).map(Indicator::unit).orElse(null);
        summaries.replace(s, count, unit == null ? List.of() : latestTwo(s, unit, BEGINNING));
    }

    /** The latest two official periods from {@code from} on, each at its official (newest) vintage. */
    private List<Observation> latestTwo(Series s, String unit, LocalDate from) {
        List<Observation> latest = new ArrayList<>();
        List<Observation> rows = observations.latestOfficial(s, unit, from);
        java.util.Set<Long> official = officialValues.officialSources(rows.stream().map(Observation::sourceId)
                .distinct().toList());
        for (Observation o : rows) {
            if (official.contains(o.sourceId()) && latest.size() < 2 && (latest.isEmpty() || !latest.get(latest.size() - 1).period().equals(o.period()))) {
                latest.add(o);
            }
        }
        return latest;
    }

    /** What one write added to a series: how many rows, and its latest two official periods. */
    private static final class Delta {
        long rows;
        final java.util.TreeMap<Period, Observation> latest = new java.util.TreeMap<>();

        void add(NewObservation o, boolean official) {
            rows++;
            if (official) {
                Observation prior = latest.get(o.period());
                if (prior == null || !prior.vintage().isAfter(o.vintage())) {
                    latest.put(o.period(), new Observation(0, o.indicatorCode(), o.geographyCode(), o.period(),
                            o.value(), o.unit(), o.status(), o.sourceId(), o.vintage(), null));
                }
                if (latest.size() > 2) {
                    latest.pollFirstEntry();
                }
            }
        }
    }
}
