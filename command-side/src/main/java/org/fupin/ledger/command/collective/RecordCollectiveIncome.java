package org.fupin.ledger.command.collective;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fupin.ledger.command.MoneyCommand;
import org.fupin.ledger.command.SecretaryCommand;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageId;
import org.fupin.ledger.shared.collective.IncomeCategory;

import java.time.LocalDate;

/** {@code assetProjectId} is null when the income was not earned by one of the village's projects. */
public record RecordCollectiveIncome(@TargetAggregateIdentifier VillageId villageId, String incomeId, Money amount,
                                     IncomeCategory category, ProjectId assetProjectId, String period,
                                     String receiptNo, LocalDate effectiveDate)
        implements SecretaryCommand, MoneyCommand {
}
