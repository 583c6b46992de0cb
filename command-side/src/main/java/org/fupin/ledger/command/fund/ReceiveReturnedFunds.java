package org.fupin.ledger.command.fund;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.VillageId;

import java.time.LocalDate;

/** Sent only by {@link ReturnRelay}: the second step of a village's return. */
public record ReceiveReturnedFunds(@TargetAggregateIdentifier FundId fundId, String returnId, VillageId villageId,
                                   Money amount, LocalDate effectiveDate) {
}
