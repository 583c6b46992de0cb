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

    public ApiProblem(int status, String code, String detail, Map<String, String> fieldErrors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.fieldErrors = Map.copyOf(fieldErrors);
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
