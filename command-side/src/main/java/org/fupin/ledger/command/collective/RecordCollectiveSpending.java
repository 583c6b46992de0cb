package org.fupin.ledger.command.collective;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fupin.ledger.command.MoneyCommand;
import org.fupin.ledger.command.SecretaryCommand;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.VillageId;
import org.fupin.ledger.shared.collective.SpendingPurpose;

import java.time.LocalDate;

public record RecordCollectiveSpending(@TargetAggregateIdentifier VillageId villageId, String spendingId,
                                       Money amount, SpendingPurpose purpose, String note, LocalDate effectiveDate)
        implements SecretaryCommand, MoneyCommand {
}
