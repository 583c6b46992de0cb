package org.fupin.ledger.console.plan;

import java.util.List;

/** What confirming a plan did, as {@code POST /api/funds/allocation-plans/{planId}/confirmation} answers it. */
record PlanConfirmationView(String planId, int recorded, int alreadyRecorded, List<Allocation> allocations) {

    /** The villages the plan allocated to, each once, in the plan's order. */
    public List<String> villages() {
        return allocations.stream().map(Allocation::village).distinct().toList();
    }

    record Allocation(int row, String allocationId, String fund, String village, String amount, boolean recorded) {
    }
}
