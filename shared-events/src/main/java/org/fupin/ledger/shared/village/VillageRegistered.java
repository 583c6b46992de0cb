package org.fupin.ledger.shared.village;

import org.axonframework.serialization.Revision;
import org.fupin.ledger.shared.VillageId;

/** An administrator registered a village, with the number of poor households it counts. */
@Revision("1")
public record VillageRegistered(VillageId villageId, String name, String town, String county,
                                int povertyHouseholds) {
}
