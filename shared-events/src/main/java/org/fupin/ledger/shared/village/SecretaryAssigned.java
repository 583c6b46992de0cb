package org.fupin.ledger.shared.village;

import org.axonframework.serialization.Revision;
import org.fupin.ledger.shared.VillageEvent;
import org.fupin.ledger.shared.VillageId;

import java.time.LocalDate;

/**
 * A First Secretary (驻村第一书记) was assigned to the village, sent by {@code dispatchingUnit}. From now on
 * the user {@code username} may run the village's projects and collective account.
 */
@Revision("1")
public record SecretaryAssigned(VillageId villageId, String username, String name, String dispatchingUnit,
                                LocalDate since) implements VillageEvent {
}
