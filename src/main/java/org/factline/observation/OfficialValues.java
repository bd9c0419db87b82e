package org.factline.observation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.factline.measure.Period;
import org.factline.source.SourceService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one definition of "the official value" of a series and period (decision 006): an observation from a dataset
 * or a release (never from an article: that is what is checked) with status {@link ObservationStatus#OFFICIAL} or
 * {@link ObservationStatus#RULE} (a value fixed by a rule is that quantity's official figure), in the unit asked
 * for (a value in another unit is another quantity); of several, the latest vintage wins, and of one vintage the one
 * recorded last. Claim verdicts, the article page, the overview's summaries and the
 * indicator page's official lines all ask here.
 */
@Service
public class OfficialValues {

    /** Newest first: the latest vintage, then the one recorded last. */
    public static final Comparator<Observation> NEWEST_FIRST = Comparator.comparing(Observation::vintage)
            .thenComparingLong(Observation::id).reversed();

    /** The statuses an official value can have. */
    static final Set<ObservationStatus> STATUSES = EnumSet.of(ObservationStatus.OFFICIAL, ObservationStatus.RULE);

    private final ObservationRepository repository;
    private final SourceService sources;

    OfficialValues(ObservationRepository repository, SourceService sources) {
        this.repository = repository;
        this.sources = sources;
    }

    /** A series and period in a unit: what an official value is asked for. */
    public record Key(String indicatorCode, String geographyCode, Period period, String unit) {
    }

    /** One official vintage of a key's value. */
    public record Official(BigDecimal value, LocalDate vintage, long sourceId) {
    }

    /** Whether an observation counts as official data, given whether its source is an official one. */
    public static boolean isOfficial(Observation o, boolean officialSource) {
        return officialSource && STATUSES.contains(o.status());
    }

    /** The status part of {@link #isOfficial} in SQL, for the observation table's own queries (as {@code o}). */
    static final String CONDITION = "o.status in ('OFFICIAL', 'RULE')";

    /** Of the given sources, those that can give official data: datasets and releases, not articles. */
    @Transactional(readOnly = true)
    public Set<Long> officialSources(Collection<Long> sourceIds) {
        Set<Long> out = new HashSet<>();
        sources.findAll(new HashSet<>(sourceIds)).stream().filter(s -> !s.isArticle()).forEach(s -> out.add(s.id()));
        return out;
    }

    /**
     * Every official vintage of each key, newest first (empty list when there is none), read in one query per
     * few hundred series however many keys are asked for.
     */
    @Transactional(readOnly = true)
    public Map<Key, List<Official>> vintages(Collection<Key> keys) {
        Map<Key, List<Official>> out = new LinkedHashMap<>();
        keys.forEach(k -> out.put(k, new java.util.ArrayList<>()));
        List<Observation> rows = repository.officialRows(keys);
        Set<Long> official = officialSources(rows.stream().map(Observation::sourceId).toList());
        for (Observation o : rows) {
            if (!official.contains(o.sourceId())) {
                continue;
            }
            List<Official> list = out.get(new Key(o.indicatorCode(), o.geographyCode(), o.period(), o.unit()));
            if (list != null) {
                list.add(new Official(o.value(), o.vintage(), o.sourceId()));
            }
        }
        return out;
    }

    /**
     * The official observations of one geography and period whose value lies within one of the ranges, from any
     * indicator: what the data itself suggests a stated figure may be.
     *
     * @param ranges {@code [low, high]} pairs
     */
    @Transactional(readOnly = true)
    public List<Observation> near(String geographyCode, Period period, List<BigDecimal[]> ranges) {
        List<Observation> rows = repository.officialNear(geographyCode, period, ranges);
        Set<Long> official = officialSources(rows.stream().map(Observation::sourceId).toList());
        return rows.stream().filter(o -> official.contains(o.sourceId())).toList();
    }

    /** The official value of every period of one series in one unit, oldest period first. */
    @Transactional(readOnly = true)
    public Map<Period, BigDecimal> series(String indicatorCode, String geographyCode, String unit) {
        List<Observation> rows = new java.util.ArrayList<>();
        repository.stream(ObservationSelection.series(indicatorCode, List.of(geographyCode), null, null), rows::add);
        Set<Long> official = officialSources(rows.stream().map(Observation::sourceId).toList());
        Map<Period, BigDecimal> out = new java.util.TreeMap<>();
        latestByPeriod(rows, unit, official::contains).forEach((p, o) -> out.put(p, o.value()));
        return out;
    }

    /**
     * The official value of each period among loaded observations, in one unit: the rule applied in memory.
     *
     * @param officialSource whether a source id is a dataset's or a release's ({@link #officialSources})
     */
    public static Map<Period, Observation> latestByPeriod(Collection<Observation> observations, String unit,
                                                          Predicate<Long> officialSource) {
        Map<Period, Observation> latest = new LinkedHashMap<>();
        observations.stream().filter(o -> isOfficial(o, officialSource.test(o.sourceId())) && o.unit().equals(unit))
                .sorted(NEWEST_FIRST)
                .forEach(o -> latest.putIfAbsent(o.period(), o));
        return latest;
    }
}
