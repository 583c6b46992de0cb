package org.fupin.ledger.query.project;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.fupin.ledger.shared.FundAmount;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageId;
import org.fupin.ledger.shared.project.DisbursementApproved;
import org.fupin.ledger.shared.project.DisbursementRejected;
import org.fupin.ledger.shared.project.DisbursementRequested;
import org.fupin.ledger.shared.project.DisbursementReversed;
import org.fupin.ledger.shared.project.FundsCommitted;
import org.fupin.ledger.shared.project.FundsDisbursed;
import org.fupin.ledger.shared.project.MilestoneReported;
import org.fupin.ledger.shared.project.MilestoneVerdict;
import org.fupin.ledger.shared.project.MilestoneVerified;
import org.fupin.ledger.shared.project.ProjectAccepted;
import org.fupin.ledger.shared.project.ProjectApproved;
import org.fupin.ledger.shared.project.ProjectCancelled;
import org.fupin.ledger.shared.project.ProjectCompleted;
import org.fupin.ledger.shared.project.ProjectProposed;
import org.fupin.ledger.shared.project.ProjectResumed;
import org.fupin.ledger.shared.project.ProjectStarted;
import org.fupin.ledger.shared.project.ProjectStatus;
import org.fupin.ledger.shared.project.ProjectSuspended;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;

/**
 * Keeps {@code project_view}, the per-fund money of each project in {@code project_fund_view}, and the
 * village side of the same money in {@code village_fund_view}: a commitment moves money from the village's
 * available to the project's held, a payment from held to paid out, a cancellation from held back to the
 * village, always per fund source. A payment waiting for approval is reserved ({@code pending_approval}) until
 * it is approved (then paid out) or rejected.
 */
@Component
@ProcessingGroup("ledger-projections")
class ProjectProjection {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ProjectProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProjectProposed event) {
        jdbc.sql("""
                        INSERT INTO project_view (project_id, village_id, type, name, status, budget, planned_start,
                                                  planned_end, spec)
                        VALUES (?, ?, ?, ?, 'PROPOSED', ?, ?, ?, ?) ON CONFLICT (project_id) DO NOTHING""")
                .params(event.projectId().value(), event.villageId().value(), event.type().name(), event.name(),
                        event.budget().fen(), event.plannedStart(), event.plannedEnd(),
                        JSON.writeValueAsString(event.spec()))
                .update();
    }

    @EventHandler
    void on(ProjectApproved event) {
        status(event.projectId(), ProjectStatus.APPROVED);
    }

    @EventHandler
    void on(ProjectStarted event) {
        status(event.projectId(), ProjectStatus.IN_PROGRESS);
        jdbc.sql("UPDATE project_view SET started_on = ? WHERE project_id = ?")
                .params(event.date(), event.projectId().value()).update();
    }

    @EventHandler
    void on(ProjectCompleted event) {
        status(event.projectId(), ProjectStatus.COMPLETED);
        jdbc.sql("UPDATE project_view SET completed_on = ? WHERE project_id = ?")
                .params(event.date(), event.projectId().value()).update();
    }

    @EventHandler
    void on(ProjectAccepted event) {
        status(event.projectId(), ProjectStatus.ACCEPTED);
    }

    @EventHandler
    void on(ProjectSuspended event) {
        status(event.projectId(), ProjectStatus.SUSPENDED);
    }

    @EventHandler
    void on(ProjectResumed event) {
        status(event.projectId(), ProjectStatus.IN_PROGRESS);
    }

    @EventHandler
    void on(ProjectCancelled event) {
        status(event.projectId(), ProjectStatus.CANCELLED);
        move(event.villageId(), event.projectId(), event.released(), "released", 1);
    }

    @EventHandler
    void on(FundsCommitted event) {
        move(event.villageId(), event.projectId(), event.splits(), "committed", 1);
    }

    @EventHandler
    void on(FundsDisbursed event, @Timestamp Instant recordedAt) {
        move(event.villageId(), event.projectId(), event.splits(), "disbursed", 1);
        jdbc.sql("""
                        INSERT INTO payment_view (project_id, disbursement_id, payee, voucher_no, amount, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(event.projectId().value(), event.disbursementId(), event.payee(), event.voucherNo(),
                        event.amount().fen(), java.sql.Timestamp.from(recordedAt))
                .update();
        for (FundAmount split : event.splits()) {
            jdbc.sql("""
                            INSERT INTO payment_split_view (project_id, disbursement_id, fund_id, amount)
                            VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                    .params(event.projectId().value(), event.disbursementId(), split.fundId().value(),
                            split.amount().fen())
                    .update();
        }
    }

    /** A reversed payment stops counting as paid out: its money is held by the project again. */
    @EventHandler
    void on(DisbursementReversed event) {
        move(event.villageId(), event.projectId(), event.splits(), "disbursed", -1);
        jdbc.sql("UPDATE payment_view SET reversed = TRUE, reversal_reason = ? WHERE project_id = ? AND disbursement_id = ?")
                .params(event.reason(), event.projectId().value(), event.disbursementId()).update();
    }

    @EventHandler
    void on(DisbursementRequested event) {
        move(event.villageId(), event.projectId(), event.splits(), "pending_approval", 1);
    }

    @EventHandler
    void on(DisbursementApproved event) {
        move(event.villageId(), event.projectId(), event.splits(), "pending_approval", -1);
    }

    @EventHandler
    void on(DisbursementRejected event) {
        move(event.villageId(), event.projectId(), event.splits(), "pending_approval", -1);
    }

    @EventHandler
    void on(MilestoneVerified event, @Timestamp Instant recordedAt) {
        jdbc.sql("""
                        UPDATE milestone_view SET verdict = ?, verified_by = ?, verified_at = ?, verification_note = ?
                        WHERE project_id = ? AND milestone_id = ?""")
                .params(event.verdict().name(), event.verifiedBy(), java.sql.Timestamp.from(recordedAt),
                        event.note() == null ? "" : event.note(), event.projectId().value(), event.milestoneId())
                .update();
        if (event.verdict() == MilestoneVerdict.CONFIRMED) {
            jdbc.sql("""
                            UPDATE project_view SET verified_progress_percent = GREATEST(verified_progress_percent, ?)
                            WHERE project_id = ?""")
                    .params(event.progressPercent(), event.projectId().value())
                    .update();
        }
    }

    @EventHandler
    void on(MilestoneReported event, @Timestamp Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO milestone_view (project_id, milestone_id, title, reported_on, progress_percent, note,
                                                    recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(event.projectId().value(), event.milestoneId(), event.title(), event.date(),
                        event.progressPercent(), event.note() == null ? "" : event.note(), java.sql.Timestamp.from(recordedAt))
                .update();
        jdbc.sql("""
                        UPDATE project_view SET progress_percent = GREATEST(progress_percent, ?),
                               last_milestone_on = GREATEST(last_milestone_on, ?) WHERE project_id = ?""")
                .params(event.progressPercent(), event.date(), event.projectId().value())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE project_view, project_fund_view, milestone_view, payment_view, payment_split_view").update();
    }

    private void status(ProjectId projectId, ProjectStatus status) {
        jdbc.sql("UPDATE project_view SET status = ? WHERE project_id = ?")
                .params(status.name(), projectId.value()).update();
    }

    /**
     * Adds ({@code sign} 1) or takes away ({@code sign} -1) each split in {@code column} of the project, its
     * per-fund row and the village's per-fund row. {@code column} is one of this class's fixed names.
     */
    private void move(VillageId villageId, ProjectId projectId, List<FundAmount> splits, String column, int sign) {
        long total = sign * splits.stream().mapToLong(split -> split.amount().fen()).sum();
        jdbc.sql("UPDATE project_view SET " + column + " = " + column + " + ? WHERE project_id = ?")
                .params(total, projectId.value()).update();
        for (FundAmount split : splits) {
            jdbc.sql("INSERT INTO project_fund_view (project_id, fund_id, " + column + ") VALUES (?, ?, ?) "
                            + "ON CONFLICT (project_id, fund_id) DO UPDATE SET " + column + " = project_fund_view."
                            + column + " + EXCLUDED." + column)
                    .params(projectId.value(), split.fundId().value(), sign * split.amount().fen()).update();
            jdbc.sql("INSERT INTO village_fund_view (village_id, fund_id, " + column + ") VALUES (?, ?, ?) "
                            + "ON CONFLICT (village_id, fund_id) DO UPDATE SET " + column + " = village_fund_view."
                            + column + " + EXCLUDED." + column)
                    .params(villageId.value(), split.fundId().value(), sign * split.amount().fen()).update();
        }
    }
}
