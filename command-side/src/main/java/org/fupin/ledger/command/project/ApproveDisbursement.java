package org.fupin.ledger.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageId;
import java.time.LocalDate;
import org.fupin.ledger.command.MoneyCommand;

/** A second finance officer approves a pending payment; the sender is read from the command's metadata. */
public record ApproveDisbursement(@TargetAggregateIdentifier VillageId villageId, ProjectId projectId,
                                  String disbursementId, String note,
                                  LocalDate effectiveDate) implements MoneyCommand {
}
