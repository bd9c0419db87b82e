package org.factline.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factline.citation.Citation;
import org.factline.citation.CitationService;
import org.factline.measure.Period;
import org.factline.observation.Observation;
import org.factline.observation.ObservationFilter;
import org.factline.observation.ObservationService;
import org.factline.source.Source;
import org.factline.source.SourceService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/facts}: observations with their source and citations. Filters: {@code geo} and
 * {@code indicator} (comma-separated codes), {@code source} (an id or a URL), {@code from} and {@code to}
 * (periods such as 2000 or 2020-Q3); paging with {@code offset} and {@code limit} (at most 10,000).
 */
@RestController
@RequestMapping("/api/facts")
class FactsController {

    record Page(int offset, int limit, int count, List<FactJson> facts) {
    }

    private final ObservationService observations;
    private final SourceService sources;
    private final CitationService citations;

    FactsController(ObservationService observations, SourceService sources, CitationService citations) {
        this.observations = observations;
        this.sources = sources;
        this.citations = citations;
    }

    @GetMapping
    Page facts(@RequestParam(required = false) String geo, @RequestParam(required = false) String indicator,
               @RequestParam(required = false) String source, @RequestParam(required = false) String from,
               @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int offset,
               @RequestParam(defaultValue = "1000") int limit) {
        Long sourceId = source == null || source.isBlank() ? null : sourceId(source);
        ObservationFilter filter = new ObservationFilter(codes(geo), codes(indicator), sourceId,
                from == null || from.isBlank() ? null : Period.parse(from),
                to == null || to.isBlank() ? null : Period.parse(to), offset, limit);
        List<Observation> found = sourceId != null && sourceId < 0 ? List.of() : observations.find(filter);
        Map<Long, Source> byId = sources.findAll(found.stream().map(Observation::sourceId).distinct().toList())
                .stream().collect(Collectors.toMap(Source::id, Function.identity()));
        Map<Long, List<Citation>> cites = citations.forObservations(found.stream().map(Observation::id).toList());
        List<FactJson> facts = found.stream()
                .map(o -> ApiJson.fact(o, byId.get(o.sourceId()), cites.getOrDefault(o.id(), List.of())))
                .toList();
        return new Page(offset, limit, facts.size(), facts);
    }

    /** The id of the source given by id or URL; -1 (matches nothing) for a URL Factline does not know. */
    private long sourceId(String source) {
        String s = source.strip();
        if (s.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(s);
        }
        return sources.findByUrl(s).map(Source::id).orElse(-1L);
    }

    private static List<String> codes(String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        return Arrays.stream(csv.split(",")).map(String::strip).filter(c -> !c.isEmpty())
                .map(c -> c.toUpperCase(Locale.ROOT)).distinct().toList();
    }
}
