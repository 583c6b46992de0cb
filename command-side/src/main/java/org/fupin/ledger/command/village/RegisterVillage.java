package org.fupin.ledger.command.village;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fupin.ledger.shared.VillageId;

public record RegisterVillage(@TargetAggregateIdentifier VillageId villageId, String name, String town,
                              String county, int povertyHouseholds, String province) {
}
