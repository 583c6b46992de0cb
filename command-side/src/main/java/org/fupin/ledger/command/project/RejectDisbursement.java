package org.fupin.ledger.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageId;

/** A second finance officer rejects a pending payment, releasing its reservation. */
public record RejectDisbursement(@TargetAggregateIdentifier VillageId villageId, ProjectId projectId,
                                 String disbursementId, String reason) {
}
