package org.fupin.ledger.command.plan;

import java.util.List;

/**
 * What a confirmation did: each row's allocation, {@code recorded} true when this confirmation recorded it
 * and false when it had been recorded before (the same file confirmed again); the counts of both.
 */
record PlanConfirmation(String planId, int recorded, int alreadyRecorded, List<Allocation> allocations) {

    static PlanConfirmation of(String planId, List<Allocation> allocations) {
        int recorded = (int) allocations.stream().filter(Allocation::recorded).count();
        return new PlanConfirmation(planId, recorded, allocations.size() - recorded, List.copyOf(allocations));
    }

    record Allocation(int row, String allocationId, String fund, String village, String amount,
                      boolean recorded) {
    }
}
