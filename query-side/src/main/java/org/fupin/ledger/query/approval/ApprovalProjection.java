package org.fupin.ledger.query.approval;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.fupin.ledger.shared.fund.AllocationApproved;
import org.fupin.ledger.shared.fund.AllocationRejected;
import org.fupin.ledger.shared.fund.AllocationRequested;
import org.fupin.ledger.shared.project.DisbursementApproved;
import org.fupin.ledger.shared.project.DisbursementRejected;
import org.fupin.ledger.shared.project.DisbursementRequested;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Keeps {@code approval_view}: one row per allocation or payment that needed a second signature, from its request
 * to its approval or rejection. A request is inserted once and a decision only changes a pending row, so replaying
 * the same events changes nothing.
 */
@Component
@ProcessingGroup("ledger-projections")
class ApprovalProjection {

    private final JdbcClient jdbc;

    ApprovalProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AllocationRequested event, @Timestamp Instant recordedAt) {
        request(ApprovalKind.ALLOCATION, event.fundId().value(), event.allocationId(), event.villageId().value(),
                event.amount().fen(), event.villageId().value(), event.purpose(), event.requestedBy(), recordedAt);
    }

    @EventHandler
    void on(AllocationApproved event, @Timestamp Instant recordedAt) {
        decide(ApprovalKind.ALLOCATION, event.fundId().value(), event.allocationId(), ApprovalStatus.APPROVED,
                event.approvedBy(), event.note(), recordedAt);
    }

    @EventHandler
    void on(AllocationRejected event, @Timestamp Instant recordedAt) {
        decide(ApprovalKind.ALLOCATION, event.fundId().value(), event.allocationId(), ApprovalStatus.REJECTED,
                event.rejectedBy(), event.reason(), recordedAt);
    }

    @EventHandler
    void on(DisbursementRequested event, @Timestamp Instant recordedAt) {
        request(ApprovalKind.DISBURSEMENT, event.projectId().value(), event.disbursementId(), event.villageId().value(),
                event.amount().fen(), event.payee(), event.voucherNo(), event.requestedBy(), recordedAt);
    }

    @EventHandler
    void on(DisbursementApproved event, @Timestamp Instant recordedAt) {
        decide(ApprovalKind.DISBURSEMENT, event.projectId().value(), event.disbursementId(), ApprovalStatus.APPROVED,
                event.approvedBy(), event.note(), recordedAt);
    }

    @EventHandler
    void on(DisbursementRejected event, @Timestamp Instant recordedAt) {
        decide(ApprovalKind.DISBURSEMENT, event.projectId().value(), event.disbursementId(), ApprovalStatus.REJECTED,
                event.rejectedBy(), event.reason(), recordedAt);
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE approval_view").update();
    }

    private void request(ApprovalKind kind, String subjectId, String itemId, String villageId, long fen,
                         String counterparty, String reference, String requestedBy, Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO approval_view (kind, subject_id, item_id, village_id, amount, counterparty, reference,
                                                   requested_by, requested_at, status)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING') ON CONFLICT DO NOTHING""")
                .params(kind.name(), subjectId, itemId, villageId, fen, counterparty, reference,
                        requestedBy == null ? "" : requestedBy, java.sql.Timestamp.from(recordedAt))
                .update();
    }

    private void decide(ApprovalKind kind, String subjectId, String itemId, ApprovalStatus status, String decidedBy,
                        String note, Instant recordedAt) {
        jdbc.sql("""
                        UPDATE approval_view SET status = ?, decided_by = ?, decided_at = ?, decision_note = ?
                        WHERE kind = ? AND subject_id = ? AND item_id = ? AND status = 'PENDING'""")
                .params(status.name(), decidedBy, java.sql.Timestamp.from(recordedAt), note == null ? "" : note, kind.name(),
                        subjectId, itemId)
                .update();
    }
}
