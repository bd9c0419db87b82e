package org.factline.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.factline.chart.ChartLine;
import org.factline.chart.ChartMarker;
import org.factline.chart.ChartPoint;
import org.factline.chart.ChartSpec;
import org.factline.geography.Geography;
import org.factline.indicator.Indicator;
import org.factline.measure.FigureFormat;
import org.factline.measure.Frequency;
import org.factline.measure.Period;
import org.factline.measure.Units;
import org.factline.observation.Observation;
import org.factline.observation.OfficialValues;
import org.factline.source.Source;

/** An indicator page's chart and revision marks, from the rows it shows: plain Java over loaded observations. */
final class SeriesChart {

    private SeriesChart() {
    }

    /**
     * Official lines per geography (the latest vintage of each period) and every non-official figure as a
     * marker labelled with its value and source.
     */
    static ChartSpec of(Indicator indicator, List<Geography> selected, List<SeriesRow> rows,
                                   Transform transform) {
        Set<Long> officialSources = rows.stream().map(SeriesRow::source)
                .filter(s -> s != null && !s.isArticle()).map(Source::id).collect(Collectors.toSet());
        java.util.function.Predicate<Long> isOfficialSource = officialSources::contains;
        List<ChartLine> lines = new ArrayList<>();
        for (Geography g : selected) {
            Map<Period, Observation> latest = OfficialValues.latestByPeriod(rows.stream().map(SeriesRow::observation)
                    .filter(o -> o.geographyCode().equals(g.code())).toList(), indicator.unit(), isOfficialSource);
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
                .filter(r -> !OfficialValues.isOfficial(r.observation(), isOfficialSource.test(r.observation().sourceId()))
                        && seen.add(r.observation().id()))
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

    /**
     * For each observation that revises the same source's earlier vintage of its period with a different value,
     * that earlier observation, by the revising observation's id.
     */
    static Map<Long, Observation> previousVintages(List<Observation> obs) {
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
}
