package org.factline.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;
import java.util.List;
import org.factline.extraction.CandidateJson;
import org.factline.extraction.ExtractCommand;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/extract} with a plain-text body (UTF-8): the figures it states, as the {@code extract} command
 * prints them, in one JSON array. Bodies past the limit get 413 without being read further.
 */
@RestController
class ExtractController {

    private final int maxBytes;
    private final Timer timer;

    ExtractController(@Value("${factline.extract.max-bytes:1048576}") int maxBytes, MeterRegistry meters) {
        this.maxBytes = maxBytes;
        this.timer = Timer.builder("factline.extraction").description("Time to extract the figures of one text")
                .tag("via", "api").register(meters);
    }

    @PostMapping(path = "/api/extract", consumes = {"text/plain", "*/*"})
    ResponseEntity<?> extract(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            return tooLarge();
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(maxBytes + 1);
        }
        if (body.length > maxBytes) {
            return tooLarge();
        }
        String text;
        try {
            text = ExtractCommand.decode(body);
        } catch (MalformedInputException e) {
            return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "The body is " + e.getMessage()));
        }
        List<CandidateJson> found = timer.record(() -> CandidateJson.extract(text));
        return ResponseEntity.ok(found);
    }

    private ResponseEntity<ProblemDetail> tooLarge() {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(ProblemDetail.forStatusAndDetail(
                HttpStatus.PAYLOAD_TOO_LARGE, "The text is longer than the limit of " + maxBytes
                        + " bytes; send one article at a time"));
    }
}
