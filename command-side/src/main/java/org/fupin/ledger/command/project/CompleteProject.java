package org.fupin.ledger.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fupin.ledger.command.SecretaryCommand;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageId;

import java.time.LocalDate;

public record CompleteProject(@TargetAggregateIdentifier VillageId villageId, ProjectId projectId, LocalDate date)
        implements SecretaryCommand {
}
