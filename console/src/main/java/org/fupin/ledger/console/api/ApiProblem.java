package org.fupin.ledger.console.api;

import java.util.Map;

/**
 * An API's refusal ({@code application/problem+json}), carried to the page that asked: the status, the stable
 * code, the sentence for people, and the message per field when the API named fields ({@code errors[].field}).
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> fieldErrors;
    private final Map<String, String> properties;
    private final String retryAfter;

    public ApiProblem(int status, String code, String detail, Map<String, String> fieldErrors) {
        this(status, code, detail, fieldErrors, Map.of(), null);
    }

    /**
     * @param properties the problem's other text members (e.g. {@code registeredOn})
     * @param retryAfter the {@code Retry-After} header of a 429 or 503, null without one
     */
    public ApiProblem(int status, String code, String detail, Map<String, String> fieldErrors,
                      Map<String, String> properties, String retryAfter) {
        super(detail);
        this.status = status;
        this.code = code;
        this.fieldErrors = Map.copyOf(fieldErrors);
        this.properties = Map.copyOf(properties);
        this.retryAfter = retryAfter;
    }

    public Map<String, String> properties() {
        return properties;
    }

    public String retryAfter() {
        return retryAfter;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
