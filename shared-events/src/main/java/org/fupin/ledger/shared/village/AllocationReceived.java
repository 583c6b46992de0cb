package org.fupin.ledger.shared.village;

import org.axonframework.serialization.Revision;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.VillageEvent;
import org.fupin.ledger.shared.VillageId;

import java.time.LocalDate;

/**
 * The village account was credited with an allocation the fund had decided ({@code FundsAllocated}).
 * Second step of an allocation, delivered exactly once per fund and allocation id.
 */
@Revision("1")
public record AllocationReceived(VillageId villageId, FundId fundId, String allocationId, Money amount,
                                 String purpose, String documentNo, LocalDate effectiveDate) implements VillageEvent {
}
