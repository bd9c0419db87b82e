package org.factline.api;

import org.factline.problem.Conflict;
import org.factline.problem.InvalidInput;
import org.factline.problem.NotFound;
import org.factline.problem.Problem;
import org.factline.shell.ErrorIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * The one place where errors become HTTP answers (RFC 9457 problem details, each with an error id that the log
 * has too): a {@link Problem} keeps its message, {@link InvalidInput} 400, {@link NotFound} 404, {@link Conflict}
 * 409; a database that cannot be reached 503; anything else is a 500 that says nothing of the exception.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE) // before Boot's own
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(Problem.class)
    ResponseEntity<ProblemDetail> problem(Problem e) {
        HttpStatus status = e instanceof NotFound ? HttpStatus.NOT_FOUND
                : e instanceof Conflict ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        ResponseEntity<ProblemDetail> answer = answer(status, e.getMessage(), e);
        e.details().forEach(answer.getBody()::setProperty);
        return answer;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        return answer(HttpStatus.BAD_REQUEST, "Parameter '" + e.getName() + "' has an invalid value: '" + e.getValue()
                + "'", e);
    }

    /** A body that is not the JSON a request takes: where it went wrong, never the parser's own words. */
    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(org.springframework.http.converter.HttpMessageNotReadableException e) {
        String where = "";
        if (e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null) {
            where = " (line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() + ")";
            if (j instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f && !f.getPath().isEmpty()) {
                where += ": field '" + f.getPath().get(f.getPath().size() - 1).getFieldName() + "' cannot be '"
                        + f.getValue() + "'";
            }
        }
        return answer(HttpStatus.BAD_REQUEST, "The request body is not the JSON this request takes" + where, e);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return answer(HttpStatus.PAYLOAD_TOO_LARGE, "The upload is larger than the limit of " + e.getMaxUploadSize()
                + " bytes", e);
    }

    /**
     * The database could not be reached or dropped the connection (a restart, a replica stopping): nothing was
     * written, and the same request may well succeed a moment later, so 503 with {@code Retry-After}. A load balancer
     * may retry a GET answered so on another instance.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotGetJdbcConnectionException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        String id = ErrorIds.next();
        log.warn("error id {}: the database is unavailable: {}", id, e.toString());
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The database is unavailable for a moment: try again. Error id " + id + ".");
        p.setProperty("errorId", id);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1").body(p);
    }

    /**
     * Anything unexpected: the user gets a short message with an error id to quote, the log gets the id and the
     * stack trace. Spring's own request errors (405, 415, ...) keep their status and their own wording.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) throws Exception {
        if (e instanceof ErrorResponse known) {
            return ResponseEntity.status(known.getStatusCode()).body(known.getBody());
        }
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e; // Spring Security answers 401 or 403
        }
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            // The client went away while a chart or file was being written: nobody to answer, nothing wrong here.
            log.debug("client gone: {}", e.toString());
            return null;
        }
        String id = ErrorIds.next();
        log.error("error id {}: {}", id, e.toString(), e);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on Factline's side. Quote error id " + id + " when you report it.");
        p.setProperty("errorId", id);
        return ResponseEntity.internalServerError().body(p);
    }

    private static ResponseEntity<ProblemDetail> answer(HttpStatus status, String message, Exception e) {
        String id = ErrorIds.next();
        log.info("error id {}: {} {}", id, status.value(), message);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, message);
        p.setProperty("errorId", id);
        return ResponseEntity.status(status).body(p);
    }
}
