package org.fupin.ledger.console.fund;

/** A fund source as the query side answers it; amounts are the API's decimal strings. */
public record FundView(String id, String name, String level, int fiscalYear, String documentNo, String amount,
                       String allocated, String returned, String unallocated, String pendingApproval) {

    /** A fund with nothing waiting for approval. */
    public FundView(String id, String name, String level, int fiscalYear, String documentNo, String amount,
                    String allocated, String returned, String unallocated) {
        this(id, name, level, fiscalYear, documentNo, amount, allocated, returned, unallocated, "0.00");
    }
}
