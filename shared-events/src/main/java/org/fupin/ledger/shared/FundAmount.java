package org.fupin.ledger.shared;

/** Part of an amount, attributed to the fund source it came from: how every yuan stays traceable. */
public record FundAmount(FundId fundId, Money amount) {
}
