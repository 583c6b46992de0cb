package org.fupin.ledger.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fupin.ledger.command.SecretaryCommand;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageId;

public record ResumeProject(@TargetAggregateIdentifier VillageId villageId, ProjectId projectId, String note)
        implements SecretaryCommand {
}
