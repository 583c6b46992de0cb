package org.fupin.ledger.query.fund;

/**
 * A fund source as finance officers see it: what it holds back, what went out, what came back, and what
 * allocations waiting for a second finance officer reserve ({@code pendingApproval}, not in {@code unallocated}).
 */
public record FundView(String id, String name, String level, int fiscalYear, String documentNo, String amount,
                       String allocated, String returned, String unallocated, String pendingApproval) {
}
