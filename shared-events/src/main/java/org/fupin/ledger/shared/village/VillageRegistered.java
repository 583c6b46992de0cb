package org.fupin.ledger.shared.village;

import org.axonframework.serialization.Revision;
import org.fupin.ledger.shared.VillageEvent;
import org.fupin.ledger.shared.VillageId;

/**
 * An administrator registered a village, with the number of poor households it counts.
 *
 * <p>Revision 2 added {@code province}; revision-1 events read as province {@code ""} (not recorded),
 * through the {@code VillageRegisteredUpcaster}.
 */
@Revision("2")
public record VillageRegistered(VillageId villageId, String name, String town, String county,
                                int povertyHouseholds, String province) implements VillageEvent {
}
