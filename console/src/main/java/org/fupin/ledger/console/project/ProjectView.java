package org.fupin.ledger.console.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A project as the query side answers it: money, progress, the overdue and stalled flags, milestones, and the
 * actual start and finish dates reported (null until then).
 */
public record ProjectView(String id, String villageId, String type, String name, String status, String budget,
                          String committed, String disbursed, String released, String held, int progressPercent,
                          LocalDate plannedStart, LocalDate plannedEnd, boolean overdue, boolean stalled,
                          BigDecimal fundsInPlaceRate, BigDecimal paymentRate, List<Milestone> milestones,
                          LocalDate startedOn, LocalDate completedOn, String pendingApproval,
                          int verifiedProgressPercent, String payableNow) {

    /** A project not started yet, with nothing pending, verified or payable. */
    public ProjectView(String id, String villageId, String type, String name, String status, String budget,
                       String committed, String disbursed, String released, String held, int progressPercent,
                       LocalDate plannedStart, LocalDate plannedEnd, boolean overdue, boolean stalled,
                       BigDecimal fundsInPlaceRate, BigDecimal paymentRate, List<Milestone> milestones) {
        this(id, villageId, type, name, status, budget, committed, disbursed, released, held, progressPercent,
                plannedStart, plannedEnd, overdue, stalled, fundsInPlaceRate, paymentRate, milestones, null, null,
                "0.00", 0, "0.00");
    }

    /** {@code verification}: null until an inspector or finance officer verified the milestone. */
    public record Milestone(String id, String title, LocalDate date, int progressPercent, String note,
                            Verification verification) {

        /** A milestone nobody verified yet. */
        public Milestone(String id, String title, LocalDate date, int progressPercent, String note) {
            this(id, title, date, progressPercent, note, null);
        }
    }

    public record Verification(String verdict, String verifiedBy, String verifiedAt, String note) {
    }
}
