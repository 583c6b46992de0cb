package org.fupin.ledger.query.project;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.fupin.ledger.query.projection.ProjectionRows;
import org.fupin.ledger.query.projection.RowChange;
import org.fupin.ledger.query.projection.RowTable;
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
import java.util.function.Consumer;

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
    private static final RowTable PROJECTS = RowTable.inserted("project_view", "project_id");
    /** The village's side of a project's money; the village's own events write it too, on the same segment. */
    private static final RowTable VILLAGE_FUNDS = RowTable.upserted("village_fund_view", "village_id", "fund_id");
    private static final RowTable PROJECT_FUNDS = RowTable.upserted("project_fund_view", "project_id", "fund_id");
    private static final RowTable MILESTONES = RowTable.inserted("milestone_view", "project_id", "milestone_id");
    private static final RowTable PAYMENTS = RowTable.inserted("payment_view", "project_id", "disbursement_id");
    private static final RowTable PAYMENT_SPLITS = RowTable.inserted("payment_split_view", "project_id",
            "disbursement_id", "fund_id");

    private final JdbcClient jdbc;
    private final ProjectionRows rows;

    ProjectProjection(JdbcClient jdbc, ProjectionRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @EventHandler
    void on(ProjectProposed event) {
        rows.change(PROJECTS, List.of(event.projectId().value()), row -> row
                .insert("village_id", event.villageId().value()).insert("type", event.type()).insert("name", event.name())
                .insert("status", ProjectStatus.PROPOSED).insert("budget", event.budget().fen())
                .insert("planned_start", event.plannedStart()).insert("planned_end", event.plannedEnd())
                .insert("spec", JSON.writeValueAsString(event.spec())));
    }

    @EventHandler
    void on(ProjectApproved event) {
        project(event.projectId(), row -> row.set("status", ProjectStatus.APPROVED));
    }

    @EventHandler
    void on(ProjectStarted event) {
        project(event.projectId(), row -> row.set("status", ProjectStatus.IN_PROGRESS).set("started_on", event.date()));
    }

    @EventHandler
    void on(ProjectCompleted event) {
        project(event.projectId(), row -> row.set("status", ProjectStatus.COMPLETED).set("completed_on", event.date()));
    }

    @EventHandler
    void on(ProjectAccepted event) {
        project(event.projectId(), row -> row.set("status", ProjectStatus.ACCEPTED));
    }

    @EventHandler
    void on(ProjectSuspended event) {
        project(event.projectId(), row -> row.set("status", ProjectStatus.SUSPENDED));
    }

    @EventHandler
    void on(ProjectResumed event) {
        project(event.projectId(), row -> row.set("status", ProjectStatus.IN_PROGRESS));
    }

    @EventHandler
    void on(ProjectCancelled event) {
        project(event.projectId(), row -> row.set("status", ProjectStatus.CANCELLED));
        move(event.villageId(), event.projectId(), event.released(), "released", 1);
    }

    @EventHandler
    void on(FundsCommitted event) {
        move(event.villageId(), event.projectId(), event.splits(), "committed", 1);
    }

    @EventHandler
    void on(FundsDisbursed event, @Timestamp Instant recordedAt) {
        move(event.villageId(), event.projectId(), event.splits(), "disbursed", 1);
        rows.change(PAYMENTS, List.of(event.projectId().value(), event.disbursementId()), row -> row
                .insert("payee", event.payee()).insert("voucher_no", event.voucherNo())
                .insert("amount", event.amount().fen()).insert("recorded_at", recordedAt));
        for (FundAmount split : event.splits()) {
            rows.change(PAYMENT_SPLITS, List.of(event.projectId().value(), event.disbursementId(),
                    split.fundId().value()), row -> row.insert("amount", split.amount().fen()));
        }
    }

    /** A reversed payment stops counting as paid out: its money is held by the project again. */
    @EventHandler
    void on(DisbursementReversed event) {
        move(event.villageId(), event.projectId(), event.splits(), "disbursed", -1);
        rows.change(PAYMENTS, List.of(event.projectId().value(), event.disbursementId()), row -> row
                .set("reversed", true).set("reversal_reason", event.reason()));
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
        rows.change(MILESTONES, List.of(event.projectId().value(), event.milestoneId()), row -> row
                .set("verdict", event.verdict()).set("verified_by", event.verifiedBy()).set("verified_at", recordedAt)
                .set("verification_note", event.note() == null ? "" : event.note()));
        if (event.verdict() == MilestoneVerdict.CONFIRMED) {
            project(event.projectId(), row -> row.max("verified_progress_percent", event.progressPercent()));
        }
    }

    @EventHandler
    void on(MilestoneReported event, @Timestamp Instant recordedAt) {
        rows.change(MILESTONES, List.of(event.projectId().value(), event.milestoneId()), row -> row
                .insert("title", event.title()).insert("reported_on", event.date())
                .insert("progress_percent", event.progressPercent())
                .insert("note", event.note() == null ? "" : event.note()).insert("recorded_at", recordedAt));
        project(event.projectId(), row -> row.max("progress_percent", event.progressPercent())
                .max("last_milestone_on", event.date()));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE project_view, project_fund_view, milestone_view, payment_view, payment_split_view").update();
    }

    private void project(ProjectId projectId, Consumer<RowChange> change) {
        rows.change(PROJECTS, List.of(projectId.value()), change);
    }

    /**
     * Adds ({@code sign} 1) or takes away ({@code sign} -1) each split in {@code column} of the project, its
     * per-fund row and the village's per-fund row. {@code column} is one of this class's fixed names.
     */
    private void move(VillageId villageId, ProjectId projectId, List<FundAmount> splits, String column, int sign) {
        long total = sign * splits.stream().mapToLong(split -> split.amount().fen()).sum();
        project(projectId, row -> row.add(column, total));
        for (FundAmount split : splits) {
            long fen = sign * split.amount().fen();
            rows.change(PROJECT_FUNDS, List.of(projectId.value(), split.fundId().value()), row -> row.add(column, fen));
            rows.change(VILLAGE_FUNDS, List.of(villageId.value(), split.fundId().value()),
                    row -> row.add(column, fen));
        }
    }
}
