package org.fupin.ledger.command.fund;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.fund.FundLevel;

public record RegisterFundSource(@TargetAggregateIdentifier FundId fundId, String name, FundLevel level,
                                 int fiscalYear, Money amount, String documentNo) {
}
