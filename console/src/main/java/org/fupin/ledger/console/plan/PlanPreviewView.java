package org.fupin.ledger.console.plan;

import java.util.List;

/** The command side's preview of an uploaded plan, as {@code POST /api/funds/allocation-plans} answers it. */
record PlanPreviewView(String planId, List<Row> rows, boolean valid, List<FundTotal> totals) {

    record Row(int row, String fund, String fundName, String village, String villageName, String amount,
               String purpose, String documentNumber, boolean alreadyRecorded, List<RowError> errors) {
    }

    record RowError(String field, String code, String message) {
    }

    record FundTotal(String fund, String fundName, String amount, String available, boolean overAllocated) {
    }
}
