package org.factline.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factline.indicator.Indicator;
import org.factline.indicator.IndicatorService;
import org.factline.observation.SeriesSummaries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The indicator catalog: every indicator Factline knows, with how far its data reaches, searched by topic and text. */
@Service
public class CatalogService {

    private final IndicatorService indicators;
    private final SeriesSummaries summaries;

    CatalogService(IndicatorService indicators, SeriesSummaries summaries) {
        this.indicators = indicators;
        this.summaries = summaries;
    }

    /** The indicators of a topic area (null: every area) matching the query, best first, and the area counts. */
    public record Result(List<CatalogEntry> entries, Map<String, Integer> topics, int total) {
    }

    @Transactional(readOnly = true)
    public Result search(String query, String topicArea) {
        List<CatalogEntry> all = entries();
        return new Result(CatalogSearch.rank(all, query, topicArea), CatalogSearch.facets(all, query), all.size());
    }

    private List<CatalogEntry> entries() {
        Map<String, SeriesSummaries.Coverage> coverage = new HashMap<>();
        summaries.coverage().forEach(c -> coverage.put(c.indicatorCode(), c));
        return indicators.all().stream().map(i -> entry(i, coverage.get(i.code()))).toList();
    }

    private static CatalogEntry entry(Indicator i, SeriesSummaries.Coverage c) {
        return new CatalogEntry(i.code(), i.name(), i.topic(), i.unit(), i.description(), i.sourceOrganization(),
                c == null ? 0 : c.geographies(), c == null ? null : c.latest());
    }
}
