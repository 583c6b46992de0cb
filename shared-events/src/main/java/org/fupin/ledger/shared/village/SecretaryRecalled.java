package org.fupin.ledger.shared.village;

import org.axonframework.serialization.Revision;
import org.fupin.ledger.shared.VillageEvent;
import org.fupin.ledger.shared.VillageId;

import java.time.LocalDate;

/** The First Secretary's assignment to the village ended on {@code date}; they no longer act for it. */
@Revision("1")
public record SecretaryRecalled(VillageId villageId, String username, LocalDate date, String reason) implements VillageEvent {
}
