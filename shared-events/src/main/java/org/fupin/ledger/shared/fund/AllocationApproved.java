package org.fupin.ledger.shared.fund;

import org.axonframework.serialization.Revision;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.VillageEvent;
import org.fupin.ledger.shared.VillageId;

/**
 * A second finance officer, not the requester, approved a pending allocation. It is always followed, in the
 * same transaction, by the {@link FundsAllocated} that moves the reserved money to the village.
 */
@Revision("1")
public record AllocationApproved(FundId fundId, String allocationId, VillageId villageId, Money amount,
                                 String approvedBy, String note) implements VillageEvent {
}
