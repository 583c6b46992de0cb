package org.fupin.ledger.command.plan;

import java.util.List;

/**
 * What a confirmation did: each row's allocation, {@code recorded} true when this confirmation recorded it
 * and false when it had been recorded before (the same file confirmed again).
 */
record PlanConfirmation(String planId, List<Allocation> allocations) {

    public int recorded() {
        return (int) allocations.stream().filter(Allocation::recorded).count();
    }

    public int alreadyRecorded() {
        return allocations.size() - recorded();
    }

    record Allocation(int row, String allocationId, String fund, String village, String amount,
                      boolean recorded) {
    }
}
