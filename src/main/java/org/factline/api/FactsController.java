package org.factline.api;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factline.citation.Citation;
import org.factline.citation.CitationService;
import org.factline.explore.FactQuery;
import org.factline.explore.FactQueryParams;
import org.factline.explore.FactsService;
import org.factline.observation.Observation;
import org.factline.source.Source;
import org.factline.source.SourceService;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/facts}: a page of facts as JSON, each with its source and citations. It takes the same
 * parameters as the Facts page and {@code /api/facts.csv} ({@link FactQueryParams}).
 */
@RestController
@RequestMapping("/api/facts")
class FactsController {

    record Page(int offset, int limit, int count, List<FactJson> facts) {
    }

    private final FactsService facts;
    private final SourceService sources;
    private final CitationService citations;

    FactsController(FactsService facts, SourceService sources, CitationService citations) {
        this.facts = facts;
        this.sources = sources;
        this.citations = citations;
    }

    @GetMapping
    Page facts(@RequestParam MultiValueMap<String, String> params) {
        FactQuery query = FactQueryParams.parse(params);
        List<Observation> found = facts.observations(query);
        Map<Long, Source> byId = sources.findAll(found.stream().map(Observation::sourceId).distinct().toList())
                .stream().collect(Collectors.toMap(Source::id, Function.identity()));
        Map<Long, List<Citation>> cites = citations.forObservations(found.stream().map(Observation::id).toList());
        List<FactJson> out = found.stream()
                .map(o -> ApiJson.fact(o, byId.get(o.sourceId()), cites.getOrDefault(o.id(), List.of())))
                .toList();
        return new Page(query.offset(), query.limit(), out.size(), out);
    }
}
