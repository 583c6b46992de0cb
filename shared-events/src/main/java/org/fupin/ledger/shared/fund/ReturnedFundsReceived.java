package org.fupin.ledger.shared.fund;

import org.axonframework.serialization.Revision;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.VillageEvent;
import org.fupin.ledger.shared.VillageId;

import java.time.LocalDate;

/**
 * The fund took back money a village returned ({@code FundsReturned}); its unallocated amount grew again.
 * Second step of a return, delivered exactly once per {@code returnId} by the return relay.
 */
@Revision("1")
public record ReturnedFundsReceived(FundId fundId, String returnId, VillageId villageId, Money amount,
                                    LocalDate effectiveDate) implements VillageEvent {
}
