package org.fupin.ledger.command.plan;

import java.util.List;

/**
 * An uploaded plan as checked, row by row, before anything is recorded: the API's answer to an upload.
 * {@code valid} is true only when no row has an error; only a valid plan can be confirmed.
 */
record PlanPreview(String planId, List<PlannedRow> rows, boolean valid, List<FundTotal> totals) {

    /**
     * One row as read and checked. {@code amount} is the amount in canonical form when valid, else the text
     * of the cell. {@code alreadyRecorded}: this very row of this very file was confirmed before, so
     * confirming again records nothing for it.
     */
    record PlannedRow(int row, String fund, String fundName, String village, String villageName, String amount,
                      String purpose, String documentNumber, String allocationId, boolean alreadyRecorded,
                      List<RowError> errors) {
    }

    /** Why a row cannot go in: the column it is about, a stable code and a sentence in Chinese. */
    record RowError(String field, String code, String message) {
    }

    /**
     * What the plan allocates from one fund, not counting rows already recorded, against what the fund has
     * unallocated now.
     */
    record FundTotal(String fund, String fundName, String amount, String available, boolean overAllocated) {
    }
}
