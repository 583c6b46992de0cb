package org.fupin.ledger.shared.village;

import org.axonframework.serialization.Revision;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.VillageEvent;
import org.fupin.ledger.shared.VillageId;

import java.time.LocalDate;

/**
 * The village gave unspent money back to the fund it came from. The deciding fact of a return: the
 * village's money of that fund dropped here, and the fund takes it back with {@code ReturnedFundsReceived}.
 */
@Revision("1")
public record FundsReturned(VillageId villageId, String returnId, FundId fundId, Money amount, String reason,
                            LocalDate effectiveDate) implements VillageEvent {
}
