package org.factline.linking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factline.extraction.Candidate;
import org.factline.geography.Geography;
import org.factline.geography.GeographyKind;
import org.factline.indicator.Indicator;
import org.factline.observation.ObservationStatus;
import org.factline.source.Source;

/**
 * Suggestions for the figures of one article, from the sentence and the stored series: the geography named nearest
 * the figure (else the one the article mentions most), the nearest year (else the publication year), the indicator
 * whose name shares the most words with the sentence (preferring one with a series for that geography), and a status
 * from the sentence's words. What they draw on is worked out once per article.
 */
final class Suggestions {

    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,/-])(19\\d\\d|20\\d\\d)(?![\\d%])");
    private static final Pattern REQUESTED_WORDS = Pattern.compile(
            "(?i)\\b(seeks?|sought|asked for|asks for|requests?|requested|wants?|hopes? to get)\\b");
    private static final Pattern FORECAST_WORDS = Pattern.compile(
            "(?i)\\b(expects?|expected|forecasts?|projected|projects|will|target|aims?)\\b");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("economy", "gdp"), Map.entry("output", "gdp"), Map.entry("shrank", "growth"),
            Map.entry("grew", "growth"), Map.entry("contracted", "growth"), Map.entry("expanded", "growth"),
            Map.entry("inflation", "inflation"), Map.entry("prices", "inflation"),
            Map.entry("jobless", "unemployment"), Map.entry("vaccine", "vaccine"), Map.entry("doses", "doses"));
    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "from", "that", "this", "its", "annual",
            "per", "of", "in", "by", "to", "on", "at", "as", "was", "were", "has", "have", "had", "said", "will");

    private final List<Indicator> indicators;
    private final List<Place> places = new ArrayList<>();
    private final Geography mostMentioned;
    private final Function<String, List<String>> indicatorsWithData;
    private final Map<String, Set<String>> seriesOf = new HashMap<>();

    /**
     * @param indicatorsWithData the indicators that have a series for a geography code
     */
    Suggestions(List<Indicator> indicators, List<Geography> geographies, String text,
                Function<String, List<String>> indicatorsWithData) {
        this.indicators = indicators;
        this.indicatorsWithData = indicatorsWithData;
        for (Geography g : geographies) {
            for (String name : g.namesInText()) {
                places.add(new Place(g, Pattern.compile("(?<![\\p{L}])" + Pattern.quote(name))));
            }
        }
        this.mostMentioned = mostMentioned(text, places);
    }

    /** The indicators with a series for this geography. */
    private Set<String> series(Geography geo) {
        return seriesOf.computeIfAbsent(geo.code(), code -> new HashSet<>(indicatorsWithData.apply(code)));
    }

    /** A name a text may call a geography by, as a pattern that finds it at the start of a word. */
    private record Place(Geography geography, Pattern name) {
    }

    /** The likeliest indicator, geography, period and status for one figure of the article. */
    Suggestion suggest(Source s, Candidate c) {
        Geography geo = nearestGeography(c.sentence(), c.start() - c.sentenceStart(), places);
        if (geo == null) {
            geo = mostMentioned;
        }
        String period = nearestYear(c);
        if (period == null && s.publishedOn() != null) {
            period = String.valueOf(s.publishedOn().getYear());
        }
        Indicator ind = bestIndicator(c, geo == null ? Set.of() : series(geo), indicators);
        return new Suggestion(ind == null ? null : ind.code(), geo == null ? null : geo.code(), period,
                status(c.sentence(), period, s.publishedOn()));
    }

    private static String nearestYear(Candidate c) {
        Matcher m = YEAR.matcher(c.sentence());
        int at = c.start() - c.sentenceStart();
        String best = null;
        int distance = Integer.MAX_VALUE;
        while (m.find()) {
            if (m.start() >= at && m.start() < at + c.text().length()) {
                continue;
            }
            int d = Math.abs(m.start() - at);
            if (d < distance) {
                distance = d;
                best = m.group(1);
            }
        }
        return best;
    }

    private static ObservationStatus status(String sentence, String period, LocalDate published) {
        if (REQUESTED_WORDS.matcher(sentence).find()) {
            return ObservationStatus.REQUESTED;
        }
        if (FORECAST_WORDS.matcher(sentence).find()) {
            return ObservationStatus.FORECAST;
        }
        if (period != null && published != null && period.length() >= 4
                && Integer.parseInt(period.substring(0, 4)) >= published.getYear()) {
            return ObservationStatus.ESTIMATE;
        }
        return ObservationStatus.PRELIMINARY;
    }

    private static Geography nearestGeography(String text, int at, List<Place> places) {
        Geography best = null;
        int distance = Integer.MAX_VALUE;
        for (Place p : places) {
            Matcher m = p.name().matcher(text);
            while (m.find()) {
                int d = Math.abs(m.start() - at);
                if (d < distance || d == distance && p.geography().kind() == GeographyKind.COUNTRY) {
                    distance = d;
                    best = p.geography();
                }
            }
        }
        return best;
    }

    private static Geography mostMentioned(String text, List<Place> places) {
        Map<Geography, Integer> counts = new java.util.LinkedHashMap<>();
        for (Place p : places) {
            Matcher m = p.name().matcher(text);
            while (m.find()) {
                counts.merge(p.geography(), 1, Integer::sum);
            }
        }
        Geography best = null;
        int most = 0;
        for (Map.Entry<Geography, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                most = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    private static Indicator bestIndicator(Candidate c, Set<String> withSeries, List<Indicator> all) {
        Set<String> words = words(c.sentence());
        Indicator best = null;
        int bestScore = 0;
        for (Indicator i : all) {
            if (!i.unit().equals(c.unit())) {
                continue;
            }
            Set<String> name = words(i.name());
            name.retainAll(words);
            int score = name.size() * 2 + (withSeries.contains(i.code()) ? 1 : 0);
            if (name.size() > 0 && score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
            if (w.length() >= 3 && !STOP.contains(w)) {
                out.add(ALIASES.getOrDefault(w, w));
            }
        }
        if (text.contains("GDP")) {
            out.add("gdp");
        }
        return out;
    }
}
