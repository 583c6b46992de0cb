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
    private final Map<String, String> facts;

    public ApiProblem(int status, String code, String detail, Map<String, String> fieldErrors) {
        this(status, code, detail, fieldErrors, Map.of());
    }

    /** {@code facts}: the problem's other text members a page may show, such as {@code payableNow}. */
    public ApiProblem(int status, String code, String detail, Map<String, String> fieldErrors,
                      Map<String, String> facts) {
        super(detail);
        this.status = status;
        this.code = code;
        this.fieldErrors = Map.copyOf(fieldErrors);
        this.facts = Map.copyOf(facts);
    }

    public Map<String, String> facts() {
        return facts;
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
