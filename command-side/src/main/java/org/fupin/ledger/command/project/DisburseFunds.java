package org.fupin.ledger.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fupin.ledger.command.MoneyCommand;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageId;
import org.fupin.ledger.shared.Money;

import java.time.LocalDate;

public record DisburseFunds(@TargetAggregateIdentifier VillageId villageId, ProjectId projectId, String disbursementId, Money amount,
                            String payee, String voucherNo, LocalDate effectiveDate) implements MoneyCommand {
}
