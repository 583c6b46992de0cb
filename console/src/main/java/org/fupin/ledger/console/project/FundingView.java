package org.fupin.ledger.console.project;

import java.util.List;

/** Each payment of a project split by the fund sources it came from ({@code GET /api/projects/{id}/funding}). */
public record FundingView(String projectId, List<Payment> payments) {

    public record Payment(String id, String payee, String voucherNo, String amount, boolean reversed,
                          String reversalReason, List<Split> byFund) {
    }

    public record Split(String fundId, String amount) {
    }
}
