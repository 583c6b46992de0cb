package org.fupin.ledger.command.fund;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fupin.ledger.command.MoneyCommand;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.VillageId;

import java.time.LocalDate;

public record AllocateFunds(@TargetAggregateIdentifier FundId fundId, String allocationId, VillageId villageId,
                            Money amount, String purpose, String documentNo,
                            LocalDate effectiveDate) implements MoneyCommand {
}
