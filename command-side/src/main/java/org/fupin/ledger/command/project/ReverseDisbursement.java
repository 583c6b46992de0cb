package org.fupin.ledger.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fupin.ledger.command.MoneyCommand;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageId;

import java.time.LocalDate;

public record ReverseDisbursement(@TargetAggregateIdentifier VillageId villageId, ProjectId projectId,
                                  String disbursementId, String reason, LocalDate effectiveDate)
        implements MoneyCommand {
}
