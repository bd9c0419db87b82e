package org.factline.api;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.factline.explore.FactQuery;
import org.factline.explore.FactQueryParams;
import org.factline.explore.FactsService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/facts.csv}: the Facts explorer's filtered result as CSV, streamed row by row, text cells guarded
 * against spreadsheet formulas.
 */
@RestController
class FactsExportController {

    private final FactsService facts;

    FactsExportController(FactsService facts) {
        this.facts = facts;
    }

    @GetMapping("/api/facts.csv")
    ResponseEntity<StreamingResponseBody> csv(@RequestParam org.springframework.util.MultiValueMap<String, String> params) {
        FactQuery query = FactQueryParams.parse(params);
        StreamingResponseBody body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            facts.exportCsv(query, writer);
            writer.flush();
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("factline-facts.csv")
                        .build().toString())
                .body(body);
    }
}
