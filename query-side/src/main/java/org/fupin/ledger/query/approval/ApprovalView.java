package org.fupin.ledger.query.approval;

import java.time.Instant;

/**
 * An allocation or payment that needed a second finance officer. {@code subjectId} is the fund (allocation) or
 * project (payment) it belongs to, {@code itemId} the allocation's or payment's id, {@code counterparty} the
 * receiving village or payee, {@code reference} the purpose or voucher. {@code approvalPath} is where the
 * command side takes the approval ({@code .../approval}) and, with {@code rejection} in its place, the rejection.
 */
public record ApprovalView(ApprovalKind kind, String subjectId, String itemId, String villageId, String amount,
                           String counterparty, String reference, String requestedBy, Instant requestedAt,
                           ApprovalStatus status, String decidedBy, Instant decidedAt, String decisionNote,
                           String approvalPath) {
}
