package org.fupin.ledger.command.village;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fupin.ledger.command.MoneyCommand;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.VillageId;

import java.time.LocalDate;

public record ReturnFunds(@TargetAggregateIdentifier VillageId villageId, String returnId, FundId fundId,
                          Money amount, String reason, LocalDate effectiveDate) implements MoneyCommand {
}
