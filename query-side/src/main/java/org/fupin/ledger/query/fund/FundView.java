package org.fupin.ledger.query.fund;

/** A fund source as finance officers see it: what it holds back, what went out, what came back. */
public record FundView(String id, String name, String level, int fiscalYear, String documentNo, String amount,
                       String allocated, String returned, String unallocated) {
}
