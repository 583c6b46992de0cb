package org.fupin.ledger.command.fund;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fupin.ledger.shared.FundId;

/** A second finance officer rejects a pending allocation, releasing its reservation. */
public record RejectAllocation(@TargetAggregateIdentifier FundId fundId, String allocationId, String reason) {
}
