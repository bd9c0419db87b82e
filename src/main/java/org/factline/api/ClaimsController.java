package org.factline.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factline.claim.Claim;
import org.factline.claim.ClaimFilter;
import org.factline.claim.ClaimService;
import org.factline.claim.ClaimText;
import org.factline.claim.Verdict;
import org.factline.problem.NotFound;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /api/claims?verdict=&indicator=&geo=&source=}: every cited figure with its verdict.
 * {@code GET /api/claims/{id}}: one, by citation id. {@code GET /api/claims/{id}/claimreview}: the same as a
 * schema.org {@code ClaimReview} in JSON-LD, for publishing a check.
 */
@RestController
class ClaimsController {

    static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

    private final ClaimService claims;

    ClaimsController(ClaimService claims) {
        this.claims = claims;
    }

    @GetMapping("/api/claims")
    Map<String, Object> list(@RequestParam(required = false) String verdict,
                             @RequestParam(required = false) String indicator,
                             @RequestParam(name = "geo", required = false) String geography,
                             @RequestParam(name = "source", required = false) Long articleId) {
        List<Claim> found = claims.claims(new ClaimFilter(verdict == null || verdict.isBlank() ? null
                : Verdict.named(verdict), indicator, geography, articleId, null));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("count", found.size());
        out.put("claims", found.stream().map(ClaimsController::json).toList());
        return out;
    }

    @GetMapping("/api/claims/{id}")
    Map<String, Object> one(@PathVariable long id) {
        return json(find(id));
    }

    @GetMapping(path = "/api/claims/{id}/claimreview", produces = {"application/ld+json", "application/json"})
    ResponseEntity<Map<String, Object>> claimReview(@PathVariable long id) {
        Claim c = find(id);
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@type", "NewsArticle");
        article.put("url", c.articleUrl());
        article.put("headline", c.articleTitle());
        if (c.publishedOn() != null) {
            article.put("datePublished", c.publishedOn().toString());
        }
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("@type", "Claim");
        if (c.publisher() != null) {
            claim.put("author", ordered("@type", "Organization", "name", c.publisher()));
        }
        if (c.publishedOn() != null) {
            claim.put("datePublished", c.publishedOn().toString());
        }
        claim.put("appearance", article);
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        int value = switch (c.verdict()) {
            case MATCHES -> 5;
            case MATCHES_ROUNDED -> 4;
            case REVISED_SINCE -> 3;
            case DIFFERS -> 1;
            case NO_OFFICIAL_DATA -> 0;
        };
        if (value > 0) {
            rating.put("ratingValue", value);
            rating.put("bestRating", 5);
            rating.put("worstRating", 1);
        }
        rating.put("alternateName", ClaimText.explanation(c));
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUriString());
        review.put("claimReviewed", c.quote());
        review.put("itemReviewed", claim);
        review.put("author", ordered("@type", "Organization", "name", "Factline"));
        review.put("reviewRating", rating);
        return ResponseEntity.ok().contentType(JSON_LD).body(review);
    }

    private Claim find(long id) {
        return claims.claim(id).orElseThrow(() -> new NotFound("No citation " + id));
    }

    static Map<String, Object> json(Claim c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.citationId());
        m.put("claim", c.quote());
        m.put("figure", c.figureText());
        m.put("indicator", c.indicatorCode());
        m.put("indicatorName", c.indicatorName());
        m.put("geo", c.geographyCode());
        m.put("geoName", c.geographyName());
        m.put("period", c.period().toString());
        m.put("unit", c.unit());
        m.put("citedValue", c.citedValue());
        m.put("officialValue", c.officialValue());
        m.put("officialVintage", c.officialVintage());
        m.put("officialSource", c.officialSource());
        m.put("valueAtPublication", c.publicationValue());
        m.put("vintageAtPublication", c.publicationVintage());
        m.put("verdict", c.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        m.put("verdictLabel", c.verdict().label());
        m.put("difference", c.difference());
        m.put("explanation", ClaimText.explanation(c));
        m.put("comparisons", c.comparisons().stream().map(r -> ordered("phrase", r.phrase(), "holds", r.holds(),
                "explanation", r.explanation())).toList());
        m.put("article", ordered("id", c.articleId(), "title", c.articleTitle(), "url", c.articleUrl()));
        m.put("publishedOn", c.publishedOn());
        return m;
    }

    /** A JSON object with its keys in the order given, the same on every run (a {@code Map.of} has none). */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
