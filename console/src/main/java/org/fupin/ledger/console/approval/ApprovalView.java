package org.fupin.ledger.console.approval;

/**
 * An allocation ({@code ALLOCATION}: {@code subjectId} is the fund) or payment ({@code DISBURSEMENT}: the project)
 * waiting for a second finance officer, as the query side lists it.
 */
public record ApprovalView(String kind, String subjectId, String itemId, String villageId, String amount,
                           String counterparty, String reference, String requestedBy, String requestedAt,
                           String status) {

    /** The command forms that approve and reject it: {@code approve-allocation} or {@code approve-payment}. */
    public String approveForm() {
        return "ALLOCATION".equals(kind) ? "approve-allocation" : "approve-payment";
    }

    public String rejectForm() {
        return "ALLOCATION".equals(kind) ? "reject-allocation" : "reject-payment";
    }
}
