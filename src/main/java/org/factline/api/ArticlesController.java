package org.factline.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factline.extraction.Candidate;
import org.factline.linking.ArticleIntake;
import org.factline.linking.PageFetcher;
import org.factline.matching.FigureReport;
import org.factline.matching.MatchingService;
import org.factline.problem.InvalidInput;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/articles} (editors): an article as JSON, {@code {"url", "title", "publisher", "author",
 * "published": "YYYY-MM-DD", "text"}}, or {@code "html"} (the page) instead of {@code "text"}: its title, byline,
 * date, canonical URL and body are read from it, the fields sent winning; with a {@code "url"} and neither, the page
 * is fetched and read the same way; 201 with {@code {"id"}}, or 409 with the stored article's {@code id} when the
 * URL is known. {@code GET /api/articles/{id}/figures}: every figure of the text with its candidates best first,
 * its link (an editor's or the matcher's, with who made it) and the verdict.
 */
@RestController
@RequestMapping("/api/articles")
class ArticlesController {

    /** The JSON an article comes as. */
    record ArticleJson(String url, String title, String publisher, String author, LocalDate published, String text,
                       String html) {
    }

    /** A figure of an article as {@code /figures} answers it. */
    record FigureJson(int start, int end, String text, BigDecimal value, String unit, String kind, String period,
                      String frequency, String status, List<CandidateJson> candidates, LinkJson link, String verdict,
                      boolean rejected) {
    }

    /** A series and period a figure may state, with its score in [0, 1]. */
    record CandidateJson(String indicator, String indicatorName, String geo, String period, String status,
                         double score, BigDecimal official, String verdict) {
    }

    /** A figure's link: {@code by} is the editor, or {@code matcher} with its score. */
    record LinkJson(long citation, String indicator, String geo, String period, String by, boolean machine,
                    BigDecimal score) {
    }

    private final ArticleIntake intake;
    private final MatchingService matching;
    private final PageFetcher pages;

    ArticlesController(ArticleIntake intake, MatchingService matching, PageFetcher pages) {
        this.intake = intake;
        this.matching = matching;
        this.pages = pages;
    }

    @GetMapping("/{id}/figures")
    List<FigureJson> figures(@PathVariable long id) {
        return matching.report(id).stream().map(ArticlesController::json).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static FigureJson json(FigureReport r) {
        Candidate f = r.figure();
        FigureReport.Link l = r.link();
        return new FigureJson(f.start(), f.end(), f.text(), f.value(),
                f.unit().isEmpty() ? org.factline.extraction.CandidateJson.NUMBER : f.unit(), f.kind().label(),
                r.stated() == null ? null : r.stated().toString(),
                r.stated() == null ? null : r.stated().frequency().name().toLowerCase(Locale.ROOT),
                r.status().name().toLowerCase(Locale.ROOT),
                r.candidates().stream().map(o -> new CandidateJson(o.indicatorCode(), o.indicatorName(),
                        o.geographyCode(), o.period().toString(), o.status().name().toLowerCase(Locale.ROOT),
                        Math.round(o.score() * 10_000) / 10_000.0, o.official(), o.verdict().label())).toList(),
                l == null ? null : new LinkJson(l.citationId(), l.indicatorCode(), l.geographyCode(),
                        l.period().toString(), l.linkedBy(), l.machine(), l.score()),
                l == null ? null : l.verdict().label(), r.rejected());
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<Map<String, Object>> add(@RequestBody ArticleJson a) {
        ArticleIntake.Incoming sent = new ArticleIntake.Incoming(a.url(), a.title(), a.publisher(), a.author(),
                a.published(), a.text());
        if (a.html() != null && !a.html().isBlank()) {
            if (a.text() != null && !a.text().isBlank()) {
                throw new InvalidInput("Send the article's \"text\" or its \"html\", not both");
            }
            sent = sent.or(ArticleIntake.Incoming.fromHtml(a.html(), a.url()));
        } else if (blank(a.text()) && !blank(a.url())) {
            intake.refuseIfStored(a.url()); // before the page is fetched for nothing
            sent = sent.or(pages.fetch(a.url()));
        }
        long id = intake.addNew(sent);
        return ResponseEntity.created(URI.create("/api/sources/" + id)).body(Map.of("id", id));
    }
}
