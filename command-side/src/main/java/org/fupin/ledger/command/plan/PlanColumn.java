package org.fupin.ledger.command.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The five columns of an allocation plan, each known by its Chinese header (as in the template) or its API
 * field name. Funds and villages are named by their ledger ids: names repeat (two towns may each have a
 * 东沟村) and document numbers are shared by several funds, while an id names exactly one.
 */
enum PlanColumn {

    FUND("fund", "资金编号"),
    VILLAGE("village", "村编号"),
    AMOUNT("amount", "金额", "金额（元）", "金额(元)"),
    PURPOSE("purpose", "用途"),
    DOCUMENT_NUMBER("documentNumber", "文号");

    /** The header row of the template, in column order. */
    static final List<String> TEMPLATE_HEADERS = Arrays.stream(values()).map(PlanColumn::header).toList();

    private final String field;
    private final List<String> headers;

    PlanColumn(String field, String... headers) {
        this.field = field;
        this.headers = List.of(headers);
    }

    /** The name of this column in the API's rows and errors. */
    String field() {
        return field;
    }

    /** The header the template uses. */
    String header() {
        return headers.get(0);
    }

    /** The column a header cell names, ignoring surrounding spaces and case. */
    static Optional<PlanColumn> named(String header) {
        String trimmed = header == null ? "" : header.strip();
        return Arrays.stream(values())
                .filter(column -> column.field.equalsIgnoreCase(trimmed) || column.headers.contains(trimmed))
                .findFirst();
    }
}
