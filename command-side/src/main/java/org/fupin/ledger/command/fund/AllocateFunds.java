package org.fupin.ledger.command.fund;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.VillageId;

public record AllocateFunds(@TargetAggregateIdentifier FundId fundId, String allocationId, VillageId villageId,
                            Money amount, String purpose, String documentNo) {
}
