package org.factline.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.factline.chart.MapSpec;
import org.factline.geography.Geography;
import org.factline.geography.GeographyKind;
import org.factline.geography.GeographyService;
import org.factline.indicator.Indicator;
import org.factline.indicator.IndicatorService;
import org.factline.measure.FigureFormat;
import org.factline.measure.Period;
import org.factline.observation.Observation;
import org.factline.observation.ObservationSelection;
import org.factline.observation.ObservationService;
import org.factline.observation.OfficialValues;
import org.factline.problem.InvalidInput;
import org.factline.problem.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An indicator's official values across the world for one period, for the map (countries only): by default the
 * latest period that at least four fifths of the best-covered period's economies report.
 */
@Service
public class MapService {

    private final IndicatorService indicators;
    private final GeographyService geographies;
    private final ObservationService observations;
    private final OfficialValues officialValues;

    MapService(IndicatorService indicators, GeographyService geographies, ObservationService observations,
               OfficialValues officialValues) {
        this.indicators = indicators;
        this.geographies = geographies;
        this.observations = observations;
        this.officialValues = officialValues;
    }

    /** The map of an indicator for a period (null: the default one), and the periods it could show, newest first. */
    public record WorldValues(MapSpec spec, Period period, List<Period> periods) {
    }

    @Transactional(readOnly = true)
    public WorldValues map(String indicatorCode, Period period) {
        Indicator indicator = indicators.find(indicatorCode)
                .orElseThrow(() -> new NotFound("No indicator " + indicatorCode));
        List<Observation> all = new ArrayList<>();
        observations.forEach(ObservationSelection.series(indicatorCode, List.of(), null, null), all::add);
        java.util.Set<Long> official = officialValues.officialSources(all.stream().map(Observation::sourceId)
                .distinct().toList());
        Map<String, List<Observation>> byGeography = new HashMap<>();
        all.forEach(o -> byGeography.computeIfAbsent(o.geographyCode(), g -> new ArrayList<>()).add(o));
        Map<Period, Map<String, Observation>> byPeriod = new TreeMap<>();
        byGeography.forEach((geo, rows) -> OfficialValues.latestByPeriod(rows, indicator.unit(), official::contains)
                .forEach((p, o) -> byPeriod.computeIfAbsent(p, k -> new HashMap<>()).put(geo, o)));
        List<Period> periods = new ArrayList<>(byPeriod.keySet());
        java.util.Collections.reverse(periods);
        Period shown = period != null ? period : defaultPeriod(byPeriod, periods);
        if (period != null && !byPeriod.containsKey(period)) {
            throw new InvalidInput("No official " + indicator.name() + " for " + period + ": the map has "
                    + (periods.isEmpty() ? "no period" : periods.get(periods.size() - 1) + " to " + periods.get(0)));
        }
        Map<String, String> names = new HashMap<>();
        geographies.list().stream().filter(g -> g.kind() == GeographyKind.COUNTRY)
                .forEach((Geography g) -> names.put(g.code(), g.name()));
        Map<String, MapSpec.Value> values = new HashMap<>();
        if (shown != null) {
            // Countries only: a region's or an income group's value has no outline of its own.
            byPeriod.get(shown).entrySet().stream().filter(e -> names.containsKey(e.getKey()))
                    .forEach(e -> values.put(e.getKey(), value(names.get(e.getKey()), e.getValue(), shown)));
        }
        String title = indicator.name() + (shown == null ? "" : ", " + shown);
        String subtitle = shown == null ? "No official data to map yet"
                : "Official values for " + shown + ", " + values.size() + " economies · "
                + (indicator.sourceOrganization() == null ? "" : indicator.sourceOrganization().lines().findFirst()
                .orElse(""));
        return new WorldValues(new MapSpec(title, subtitle.length() > 140 ? subtitle.substring(0, 140) + "…" : subtitle,
                values, "/geographies/{code}"), shown, periods);
    }

    private static MapSpec.Value value(String name, Observation o, Period period) {
        return new MapSpec.Value(o.value().doubleValue(), name + ": " + FigureFormat.format(o.value(), o.unit()) + " ("
                + period + ")");
    }

    private static Period defaultPeriod(Map<Period, Map<String, Observation>> byPeriod, List<Period> newestFirst) {
        int best = byPeriod.values().stream().mapToInt(Map::size).max().orElse(0);
        return newestFirst.stream().filter(p -> byPeriod.get(p).size() * 5 >= best * 4).findFirst().orElse(null);
    }
}
