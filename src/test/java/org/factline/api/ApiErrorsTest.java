package org.factline.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;

class ApiErrorsTest {

    @Test
    void anUnexpectedErrorGivesAnIdAndNoInternals() throws Exception {
        ResponseEntity<ProblemDetail> r = new ApiErrors().unexpected(
                new IllegalStateException("connection to db-primary-7 refused at org.example.Secret"));
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        String id = (String) r.getBody().getProperties().get("errorId");
        assertThat(id).hasSize(8);
        assertThat(r.getBody().getDetail()).contains("Quote error id " + id).doesNotContain("db-primary", "Secret");
    }

    @Test
    void springsOwnRequestErrorsKeepTheirStatus() throws Exception {
        ResponseEntity<ProblemDetail> r = new ApiErrors().unexpected(new HttpRequestMethodNotSupportedException("PUT"));
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
    }

    @Test
    void aDatabaseThatDroppedTheConnectionGives503AndRetryAfterWithoutInternals() {
        ResponseEntity<ProblemDetail> r = new ApiErrors().databaseUnavailable(
                new org.springframework.dao.DataAccessResourceFailureException("FATAL: terminating connection due to "
                        + "administrator command on replica-5433"));
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(r.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(r.getBody().getDetail()).startsWith("The database is unavailable for a moment: try again.")
                .doesNotContain("replica-5433", "FATAL");
    }

    @Test
    void aClientThatWentAwayGetsNoAnswerAndNoErrorId() throws Exception {
        assertThat(new ApiErrors().unexpected(new org.apache.catalina.connector.ClientAbortException(
                new java.io.IOException("Broken pipe")))).isNull();
    }
}
