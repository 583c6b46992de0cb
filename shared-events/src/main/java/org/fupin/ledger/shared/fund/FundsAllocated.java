package org.fupin.ledger.shared.fund;

import org.axonframework.serialization.Revision;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.VillageEvent;
import org.fupin.ledger.shared.VillageId;

import java.time.LocalDate;

/**
 * The fund allocated {@code amount} to a village. This is the deciding fact of an allocation: the fund's
 * unallocated money dropped here, and the village's account is credited by {@code AllocationReceived}
 * when the allocation relay delivers it.
 */
@Revision("1")
public record FundsAllocated(FundId fundId, String allocationId, VillageId villageId, Money amount,
                             String purpose, String documentNo, LocalDate effectiveDate) implements VillageEvent {
}
