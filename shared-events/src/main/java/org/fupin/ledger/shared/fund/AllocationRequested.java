package org.fupin.ledger.shared.fund;

import org.axonframework.serialization.Revision;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.VillageEvent;
import org.fupin.ledger.shared.VillageId;
import java.time.LocalDate;

/**
 * A finance officer asked the fund to allocate an amount at or above the approval threshold. The fund reserves
 * it at once (no other allocation can take it), but the village gets nothing until a second finance officer
 * approves ({@link AllocationApproved}, followed by {@link FundsAllocated}) or the reservation is released by a
 * rejection ({@link AllocationRejected}).
 */
@Revision("1")
public record AllocationRequested(FundId fundId, String allocationId, VillageId villageId, Money amount,
                                  String purpose, String documentNo, String requestedBy,
                                  LocalDate effectiveDate) implements VillageEvent {
}
