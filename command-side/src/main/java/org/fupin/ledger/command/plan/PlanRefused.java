package org.fupin.ledger.command.plan;

import org.springframework.http.HttpStatus;

import java.util.Map;

/**
 * An uploaded plan, or its confirmation, refused as a whole: nothing is recorded. Carries the HTTP status, a
 * stable code and a sentence in Chinese, plus any further properties for the problem document.
 */
class PlanRefused extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Map<String, Object> properties;

    PlanRefused(HttpStatus status, String code, String message) {
        this(status, code, message, Map.of());
    }

    PlanRefused(HttpStatus status, String code, String message, Map<String, Object> properties) {
        super(message);
        this.status = status;
        this.code = code;
        this.properties = Map.copyOf(properties);
    }

    /** The file cannot be read as a plan at all. HTTP 400. */
    static PlanRefused unreadable(String code, String message) {
        return new PlanRefused(HttpStatus.BAD_REQUEST, code, message);
    }

    /** The file is readable but refused by a rule (macros, hidden sheets, too many rows). HTTP 422. */
    static PlanRefused rule(String code, String message) {
        return new PlanRefused(HttpStatus.UNPROCESSABLE_CONTENT, code, message);
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }

    Map<String, Object> properties() {
        return properties;
    }
}
