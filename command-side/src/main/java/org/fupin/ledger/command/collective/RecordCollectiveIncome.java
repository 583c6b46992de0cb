package org.fupin.ledger.command.collective;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fupin.ledger.command.SecretaryCommand;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageId;
import org.fupin.ledger.shared.collective.IncomeCategory;

/** {@code assetProjectId} is null when the income was not earned by one of the village's projects. */
public record RecordCollectiveIncome(@TargetAggregateIdentifier VillageId villageId, String incomeId, Money amount,
                                     IncomeCategory category, ProjectId assetProjectId, String period,
                                     String receiptNo) implements SecretaryCommand {
}
