package org.fupin.ledger.command.http;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateEntityNotFoundException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.fupin.ledger.command.CommandRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.Map;

/**
 * Turns every failure into {@code application/problem+json} with a stable {@code code}: 400 invalid input
 * (with per-field {@code errors}), 404 unknown target, 409 duplicate id or version conflict, 422 business
 * rule, 503 database unavailable. Anything else is a bug and answers 500 without internals.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "The request is invalid");
        problem.setProperty("errors", e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        return problem;
    }

    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail refused(CommandExecutionException e) {
        Object details = e.getDetails().orElse(null);
        if (details instanceof CommandRefused.Refusal refusal) {
            HttpStatus status = switch (refusal.kind()) {
                case RULE -> HttpStatus.UNPROCESSABLE_CONTENT;
                case NOT_FOUND -> HttpStatus.NOT_FOUND;
                case CONFLICT -> HttpStatus.CONFLICT;
                case FORBIDDEN -> HttpStatus.FORBIDDEN;
            };
            ProblemDetail problem = problem(status, refusal.code(), refusal.message());
            refusal.facts().forEach(problem::setProperty);
            return problem;
        }
        return unexpected(e);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException e) {
        String id = String.valueOf(e.getAggregateIdentifier());
        String[] typeAndId = id.split(":", 2);
        return typeAndId.length == 2
                ? problem(HttpStatus.NOT_FOUND, typeAndId[0].toUpperCase() + "_NOT_FOUND",
                "No " + typeAndId[0] + " with id '" + typeAndId[1] + "'")
                : problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "No such target: " + id);
    }

    @ExceptionHandler(AggregateEntityNotFoundException.class)
    ProblemDetail entityNotFound(AggregateEntityNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "No such target: " + e.getMessage());
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail conflict(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT, "CONFLICT",
                "Another request changed or created the same record at the same moment; retry if still wanted");
    }

    @ExceptionHandler(IdempotencyKeys.IdempotencyKeyReused.class)
    ProblemDetail keyReused(IdempotencyKeys.IdempotencyKeyReused e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "IDEMPOTENCY_KEY_REUSED", e.getMessage());
    }

    @ExceptionHandler({CannotGetJdbcConnectionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessException.class})
    ProblemDetail unavailable(Exception e) {
        log.warn("Database unavailable: {}", e.getMessage());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "DATABASE_UNAVAILABLE",
                "The ledger database is not reachable; nothing was recorded. Retry later.");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                "The ledger failed unexpectedly; nothing is known to be recorded");
    }

    /** Gives Spring MVC's own problems (malformed JSON, wrong method, ...) a stable code too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
                                                             HttpHeaders headers, HttpStatusCode statusCode,
                                                             WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            problem.setProperty("code", codeFor(statusCode));
        }
        return response;
    }

    private static String codeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "MALFORMED_REQUEST";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> "HTTP_" + status.value();
        };
    }

    private static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return problem;
    }
}
