package org.fupin.ledger.command.http;

import java.util.List;

/** The request is malformed or invalid; each problem names the field it is about. HTTP 400. */
public class InvalidRequest extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidRequest(List<FieldProblem> problems) {
        super("Invalid request: " + problems);
        this.problems = List.copyOf(problems);
    }

    public static InvalidRequest of(String field, String message) {
        return new InvalidRequest(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public record FieldProblem(String field, String message) {
    }
}
