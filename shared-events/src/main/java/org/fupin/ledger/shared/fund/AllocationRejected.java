package org.fupin.ledger.shared.fund;

import org.axonframework.serialization.Revision;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.VillageEvent;
import org.fupin.ledger.shared.VillageId;

/** A second finance officer rejected a pending allocation: its reservation is the fund's to allocate again. */
@Revision("1")
public record AllocationRejected(FundId fundId, String allocationId, VillageId villageId, Money amount,
                                 String rejectedBy, String reason) implements VillageEvent {
}
