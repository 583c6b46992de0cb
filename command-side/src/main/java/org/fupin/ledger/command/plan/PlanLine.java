package org.fupin.ledger.command.plan;

import java.util.Map;
import java.util.Set;

/**
 * One data row of an uploaded plan as it stands in the file, before any check: its row number as the
 * spreadsheet shows it (the header is row 1 when it is the first line), the text of each column, the columns
 * whose cell held a formula (never evaluated, so their text is empty), and whether the row was hidden.
 */
record PlanLine(int row, Map<PlanColumn, String> cells, Set<PlanColumn> formulas, boolean hidden) {

    PlanLine {
        cells = Map.copyOf(cells);
        formulas = Set.copyOf(formulas);
    }

    String text(PlanColumn column) {
        return cells.getOrDefault(column, "").strip();
    }

    boolean isBlank() {
        return formulas.isEmpty() && cells.values().stream().allMatch(String::isBlank);
    }
}
