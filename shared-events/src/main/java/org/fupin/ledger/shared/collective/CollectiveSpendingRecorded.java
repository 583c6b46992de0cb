package org.fupin.ledger.shared.collective;

import org.axonframework.serialization.Revision;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.VillageEvent;
import org.fupin.ledger.shared.VillageId;

import java.time.LocalDate;

/** The village committee spent collective money; the collective balance never goes below zero. */
@Revision("1")
public record CollectiveSpendingRecorded(VillageId villageId, String spendingId, Money amount,
                                         SpendingPurpose purpose, String note,
                                         LocalDate effectiveDate) implements VillageEvent {
}
