package org.fupin.ledger.command.village;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.VillageId;

import java.time.LocalDate;

/** Sent only by {@link AllocationRelay}: the second step of an allocation. */
public record ReceiveAllocation(@TargetAggregateIdentifier VillageId villageId, FundId fundId, String allocationId,
                                Money amount, String purpose, String documentNo, LocalDate effectiveDate) {
}
