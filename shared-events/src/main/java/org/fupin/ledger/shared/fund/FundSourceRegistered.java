package org.fupin.ledger.shared.fund;

import org.axonframework.serialization.Revision;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;

/**
 * A finance officer registered a fund source: an appropriation of {@code amount} under document
 * {@code documentNo} (文号) for {@code fiscalYear}. From now on the fund can allocate up to that amount.
 */
@Revision("1")
public record FundSourceRegistered(FundId fundId, String name, FundLevel level, int fiscalYear,
                                   Money amount, String documentNo) {
}
