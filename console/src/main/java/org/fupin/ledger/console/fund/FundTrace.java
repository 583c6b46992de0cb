package org.fupin.ledger.console.fund;

import java.util.List;

/** Where a fund's money is now ({@code GET /api/funds/{id}/trace}): per village, project and payee. */
public record FundTrace(String fundId, String amount, String unallocated, String returned, List<Part> villages,
                        List<Part> projects, List<Part> payees, String traced, boolean balanced) {

    public record Part(String id, String amount) {
    }
}
