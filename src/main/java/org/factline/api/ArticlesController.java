package org.factline.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import org.factline.linking.ArticleIntake;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/articles} (editors): an article as JSON, {@code {"url", "title", "publisher", "author",
 * "published": "YYYY-MM-DD", "text"}}; 201 with {@code {"id"}}, or 409 with the stored article's {@code id} when the
 * URL is known.
 */
@RestController
@RequestMapping("/api/articles")
class ArticlesController {

    /** The JSON an article comes as. */
    record ArticleJson(String url, String title, String publisher, String author, LocalDate published, String text) {
    }

    private final ArticleIntake intake;

    ArticlesController(ArticleIntake intake) {
        this.intake = intake;
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<Map<String, Object>> add(@RequestBody ArticleJson a) {
        long id = intake.addNew(new ArticleIntake.Incoming(a.url(), a.title(), a.publisher(), a.author(),
                a.published(), a.text()));
        return ResponseEntity.created(URI.create("/api/sources/" + id)).body(Map.of("id", id));
    }
}
