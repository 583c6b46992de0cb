package org.fupin.ledger.command.project;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fupin.ledger.command.SecretaryCommand;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageId;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.project.ProjectType;

import java.time.LocalDate;
import java.util.Map;

public record ProposeProject(@TargetAggregateIdentifier VillageId villageId, ProjectId projectId, ProjectType type, String name, Money budget,
                             LocalDate plannedStart, LocalDate plannedEnd, Map<String, Object> spec)
        implements SecretaryCommand {
}
