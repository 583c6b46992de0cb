package org.fupin.ledger.command.http;

import org.fupin.ledger.shared.Identifiers;
import org.fupin.ledger.shared.Money;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the fields of a JSON command body strictly and collects every problem before answering, so a
 * client learns about all its mistakes at once. Amounts must be JSON strings (a JSON number could already
 * have lost precision), enums must be one of their values, unknown fields are refused, and text may hold
 * any Unicode but no control characters.
 *
 * <p>Each reader returns {@code null} for a missing or invalid field; call {@link #validate()} before using
 * what was read.
 */
public final class RequestFields {

    public static final int NAME_LIMIT = 200;
    public static final int TEXT_LIMIT = 1000;

    private final JsonNode body;
    private final List<InvalidRequest.FieldProblem> problems = new ArrayList<>();
    private final Set<String> known = new HashSet<>();

    private RequestFields(JsonNode body) {
        this.body = body;
    }

    public static RequestFields of(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw InvalidRequest.of("body", "must be a JSON object");
        }
        return new RequestFields(body);
    }

    /** A client-chosen id: 1 to 64 of A-Z a-z 0-9 . _ - */
    public String id(String field) {
        String value = requiredText(field);
        if (value != null && !Identifiers.isValid(value)) {
            return problem(field, "must be 1 to 64 of A-Z a-z 0-9 . _ - (not \".\" or \"..\")");
        }
        return value;
    }

    /** Free Unicode text, required and not blank. */
    public String text(String field, int limit) {
        String value = requiredText(field);
        if (value != null && value.isBlank()) {
            return problem(field, "must not be blank");
        }
        return value == null ? null : checked(field, value, limit);
    }

    /** Free Unicode text that may be left out; {@code ""} when absent or null. */
    public String optionalText(String field, int limit) {
        known.add(field);
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return "";
        }
        if (!node.isString()) {
            return problem(field, "must be a string");
        }
        return checked(field, node.asString(), limit);
    }

    /** An amount of yuan as a decimal string: greater than 0, at most 2 decimals and at most the cap. */
    public Money amount(String field) {
        String value = requiredText(field);
        if (value == null) {
            return null;
        }
        try {
            return Money.parseAmount(value);
        } catch (IllegalArgumentException e) {
            return problem(field, e.getMessage());
        }
    }

    public <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        String value = requiredText(field);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return problem(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** A whole JSON number from {@code min} to {@code max}. */
    public Integer integer(String field, int min, int max) {
        JsonNode node = required(field);
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            return problem(field, "must be a whole number");
        }
        int value = node.intValue();
        if (value < min || value > max) {
            return problem(field, "must be from " + min + " to " + max);
        }
        return value;
    }

    /** An optional client-chosen id; null when absent. */
    public String optionalId(String field) {
        known.add(field);
        JsonNode node = body.get(field);
        return node == null || node.isNull() ? null : id(field);
    }

    /** An ISO date, {@code 2026-05-01}. */
    public LocalDate date(String field) {
        String value = requiredText(field);
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (value.length() == 10 && date.getYear() >= 1900 && date.getYear() <= 2999) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        return problem(field, "must be an ISO date like 2026-05-01, in the years 1900 to 2999");
    }

    /** An ISO date that may be left out; null when absent. */
    public LocalDate optionalDate(String field) {
        known.add(field);
        JsonNode node = body.get(field);
        return node == null || node.isNull() ? null : date(field);
    }

    /** A month, {@code YYYY-MM}. */
    public YearMonth period(String field) {
        String value = requiredText(field);
        if (value == null) {
            return null;
        }
        if (!value.matches("[0-9]{4}-[0-9]{2}")) {
            return problem(field, "must be a month like 2026-09");
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            return problem(field, "must be a month like 2026-09");
        }
    }

    /** A nested JSON object, or an empty one when absent. */
    public JsonNode object(String field) {
        known.add(field);
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!node.isObject()) {
            return problem(field, "must be a JSON object");
        }
        return node;
    }

    /** Records a problem found by the caller's own rule. */
    public void reject(String field, String message) {
        problem(field, message);
    }

    /** Throws an {@link InvalidRequest} naming every problem found, including fields nobody asked for. */
    public void validate() {
        body.propertyNames().forEach(name -> {
            if (!known.contains(name)) {
                problem(name, "is not a field of this request");
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
    }

    private JsonNode required(String field) {
        known.add(field);
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return problem(field, "is required");
        }
        return node;
    }

    private String requiredText(String field) {
        JsonNode node = required(field);
        if (node == null) {
            return null;
        }
        if (!node.isString()) {
            return problem(field, "must be a string");
        }
        return node.asString();
    }

    private String checked(String field, String value, int limit) {
        if (value.codePointCount(0, value.length()) > limit) {
            return problem(field, "must be at most " + limit + " characters");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            return problem(field, "must not contain control characters");
        }
        return value;
    }

    private <T> T problem(String field, String message) {
        problems.add(new InvalidRequest.FieldProblem(field, message));
        return null;
    }
}
