package org.fupin.ledger.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageId;

public record ReverseDisbursement(@TargetAggregateIdentifier VillageId villageId, ProjectId projectId,
                                  String disbursementId, String reason) {
}
