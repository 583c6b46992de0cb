package org.fupin.ledger.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fupin.ledger.command.MoneyCommand;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageId;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;

import java.time.LocalDate;

/** {@code fundId} is null to take the village's oldest money first, in allocation order. */
public record CommitFunds(@TargetAggregateIdentifier VillageId villageId, ProjectId projectId, String commitmentId, Money amount,
                          FundId fundId, LocalDate effectiveDate) implements MoneyCommand {
}
