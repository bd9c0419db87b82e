package org.factline.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import org.factline.linking.ArticleIntake;
import org.factline.problem.InvalidInput;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/articles} (editors): an article as JSON, {@code {"url", "title", "publisher", "author",
 * "published": "YYYY-MM-DD", "text"}}, or {@code "html"} (the page) instead of {@code "text"}: its title, byline,
 * date, canonical URL and body are read from it, the fields sent winning; 201 with {@code {"id"}}, or 409 with the stored article's {@code id} when the
 * URL is known.
 */
@RestController
@RequestMapping("/api/articles")
class ArticlesController {

    /** The JSON an article comes as. */
    record ArticleJson(String url, String title, String publisher, String author, LocalDate published, String text,
                       String html) {
    }

    private final ArticleIntake intake;

    ArticlesController(ArticleIntake intake) {
        this.intake = intake;
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
        }
        long id = intake.addNew(sent);
        return ResponseEntity.created(URI.create("/api/sources/" + id)).body(Map.of("id", id));
    }
}
