package org.fupin.ledger.console.fund;

import java.util.List;

/** A fund's allocations and returns one by one, as {@code GET /api/funds/{id}/allocations} answers them. */
record FundAllocations(String fundId, String fundName, List<Allocation> allocations, String allocatedTotal,
                       List<Return> returns, String returnedTotal) {

    record Allocation(String allocationId, String villageId, String villageName, String amount, String purpose,
                      String documentNo, String recordedAt) {
    }

    record Return(String returnId, String villageId, String villageName, String amount, String reason,
                  String recordedAt) {
    }
}
