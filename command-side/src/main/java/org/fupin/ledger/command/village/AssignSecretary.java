package org.fupin.ledger.command.village;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fupin.ledger.shared.VillageId;

import java.time.LocalDate;

public record AssignSecretary(@TargetAggregateIdentifier VillageId villageId, String username, String name,
                              String dispatchingUnit, LocalDate since) {
}
