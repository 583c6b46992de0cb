package org.fupin.ledger.command.village;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fupin.ledger.shared.VillageId;

import java.time.LocalDate;

public record RecallSecretary(@TargetAggregateIdentifier VillageId villageId, String username, LocalDate date,
                              String reason) {
}
