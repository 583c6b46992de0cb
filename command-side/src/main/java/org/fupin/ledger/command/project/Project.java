package org.fupin.ledger.command.project;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.EntityId;
import org.fupin.ledger.command.CommandRefused;
import org.fupin.ledger.command.FundLots;
import org.fupin.ledger.command.approval.ApprovalThreshold;
import org.fupin.ledger.command.approval.MakerChecker;
import org.fupin.ledger.shared.EventMetadata;
import org.fupin.ledger.shared.FundAmount;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageId;
import org.axonframework.eventhandling.EventMessage;
import org.fupin.ledger.shared.project.DisbursementApproved;
import org.fupin.ledger.shared.project.DisbursementRejected;
import org.fupin.ledger.shared.project.DisbursementRequested;
import org.fupin.ledger.shared.project.DisbursementReversed;
import org.fupin.ledger.shared.project.FundsCommitted;
import org.fupin.ledger.shared.project.FundsDisbursed;
import org.fupin.ledger.shared.project.MilestoneReported;
import org.fupin.ledger.shared.project.MilestoneVerdict;
import org.fupin.ledger.shared.project.MilestoneVerified;
import org.fupin.ledger.shared.project.PaymentAdvance;
import org.fupin.ledger.shared.project.ProjectAccepted;
import org.fupin.ledger.shared.project.ProjectApproved;
import org.fupin.ledger.shared.project.ProjectCancelled;
import org.fupin.ledger.shared.project.ProjectCompleted;
import org.fupin.ledger.shared.project.ProjectProposed;
import org.fupin.ledger.shared.project.ProjectResumed;
import org.fupin.ledger.shared.project.ProjectStarted;
import org.fupin.ledger.shared.project.ProjectStatus;
import org.fupin.ledger.shared.project.ProjectSuspended;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.fupin.ledger.shared.project.ProjectStatus.ACCEPTED;
import static org.fupin.ledger.shared.project.ProjectStatus.APPROVED;
import static org.fupin.ledger.shared.project.ProjectStatus.CANCELLED;
import static org.fupin.ledger.shared.project.ProjectStatus.COMPLETED;
import static org.fupin.ledger.shared.project.ProjectStatus.IN_PROGRESS;
import static org.fupin.ledger.shared.project.ProjectStatus.PROPOSED;
import static org.fupin.ledger.shared.project.ProjectStatus.SUSPENDED;

/**
 * An infrastructure project of a village, an entity inside the village's aggregate.
 *
 * <p>It lives there because its money rules reach into the village: a commitment takes the village's money
 * and must also fit the project's budget, and a cancellation gives held money back to the village, per
 * fund. Inside one aggregate both sides of each rule change in one event. On its own the project guards its
 * lifecycle, its held money (committed minus paid) and the progress of its milestones.
 *
 * <p>Two controls guard its payments. A payment at or above the {@link ApprovalThreshold} is only requested: it is
 * reserved out of held money at once and paid when a second finance officer approves it. And all payments,
 * counting those waiting for approval, stay within the budget share that verified progress plus the
 * {@link PaymentAdvance} allows; progress is verified milestone by milestone by someone other than its reporter.
 */
public class Project {

    @EntityId(routingKey = "projectId")
    private final ProjectId projectId;
    private final VillageId villageId;
    private final Money budget;
    private ProjectStatus status = PROPOSED;
    private Money committed = Money.ZERO;
    private final FundLots held = new FundLots();
    private int progressPercent;
    private final Set<String> decidedPaymentIds = new HashSet<>();
    private final Set<String> commitmentIds = new HashSet<>();
    private final Map<String, Payment> payments = new HashMap<>();
    private final Set<String> milestoneIds = new HashSet<>();
    private Money paid = Money.ZERO;
    private final Map<String, DisbursementRequested> pendingPayments = new HashMap<>();
    private final Map<String, String> milestoneReporters = new HashMap<>();
    private final Map<String, Integer> milestoneProgress = new HashMap<>();
    private final Set<String> verifiedMilestoneIds = new HashSet<>();
    private int verifiedProgressPercent;

    /** For reading a snapshot of the village, which sets every field from what it stored. */
    private Project() {
        this.projectId = null;
        this.villageId = null;
        this.budget = null;
    }

    public Project(ProjectProposed event) {
        this.projectId = event.projectId();
        this.villageId = event.villageId();
        this.budget = event.budget();
    }

    @CommandHandler
    public ProjectStatus handle(ApproveProject command) {
        requireStatus("approve", PROPOSED);
        apply(new ProjectApproved(villageId, projectId, command.note()));
        return APPROVED;
    }

    @CommandHandler
    public ProjectStatus handle(StartProject command) {
        requireStatus("start", APPROVED);
        apply(new ProjectStarted(villageId, projectId, command.date()));
        return IN_PROGRESS;
    }

    @CommandHandler
    public ProjectStatus handle(CompleteProject command) {
        requireStatus("complete", IN_PROGRESS);
        apply(new ProjectCompleted(villageId, projectId, command.date()));
        return COMPLETED;
    }

    @CommandHandler
    public ProjectStatus handle(AcceptProject command) {
        requireStatus("accept", COMPLETED);
        apply(new ProjectAccepted(villageId, projectId, command.date(), command.note()));
        return ACCEPTED;
    }

    @CommandHandler
    public ProjectStatus handle(SuspendProject command) {
        requireStatus("suspend", IN_PROGRESS);
        apply(new ProjectSuspended(villageId, projectId, command.reason()));
        return SUSPENDED;
    }

    @CommandHandler
    public ProjectStatus handle(ResumeProject command) {
        requireStatus("resume", SUSPENDED);
        apply(new ProjectResumed(villageId, projectId, command.note()));
        return IN_PROGRESS;
    }

    /** Gives every yuan the project still holds back to the village, to the funds it came from. */
    @CommandHandler
    public ProjectStatus handle(CancelProject command) {
        requireStatus("cancel", PROPOSED, APPROVED, IN_PROGRESS, SUSPENDED);
        if (!pendingPayments.isEmpty()) {
            throw CommandRefused.rule("PAYMENTS_PENDING_APPROVAL", "Project " + projectId.value() + " has payments "
                    + pendingPayments.keySet() + " waiting for approval; approve or reject them before cancelling");
        }
        apply(new ProjectCancelled(villageId, projectId, command.reason(), held.byFund()));
        return CANCELLED;
    }

    /**
     * Pays out of held money, oldest commitment first, and records which funds paid; at or above the approval
     * threshold, only reserves the payment until a second finance officer approves it.
     */
    @CommandHandler
    public void handle(DisburseFunds command, ApprovalThreshold threshold, PaymentAdvance advance,
                       @MetaDataValue(EventMetadata.ACTOR) String actor) {
        if (payments.containsKey(command.disbursementId()) || pendingPayments.containsKey(command.disbursementId())) {
            throw CommandRefused.duplicate("disbursement", command.disbursementId());
        }
        requireStatus("pay out", IN_PROGRESS, COMPLETED, ACCEPTED);
        Money available = held.total();
        if (command.amount().isGreaterThan(available)) {
            throw CommandRefused.rule("INSUFFICIENT_PROJECT_FUNDS", "Project " + projectId.value()
                    + " holds only " + available + "; cannot pay " + command.amount());
        }
        Money payableNow = payableNow(advance);
        if (command.amount().isGreaterThan(payableNow)) {
            throw CommandRefused.rule("PAYMENT_AHEAD_OF_PROGRESS", "Project " + projectId.value() + " has "
                    + verifiedProgressPercent + "% verified progress; with a " + advance.percent()
                    + "% advance it may pay " + payableNow + " now, not " + command.amount(),
                    Map.of("payableNow", payableNow.toString(),
                            "verifiedProgressPercent", String.valueOf(verifiedProgressPercent)));
        }
        List<FundAmount> splits = held.oldestFirst(command.amount());
        if (threshold.requiresApproval(command.amount())) {
            apply(new DisbursementRequested(villageId, projectId, command.disbursementId(), command.amount(),
                    command.payee(), command.voucherNo(), splits, actor, command.effectiveDate()));
        } else {
            apply(new FundsDisbursed(villageId, projectId, command.disbursementId(), command.amount(),
                    command.payee(), command.voucherNo(), splits, command.effectiveDate()));
        }
    }

    /** The second signature: the reserved money is paid to the payee. */
    @CommandHandler
    public void handle(ApproveDisbursement command, @MetaDataValue(EventMetadata.ACTOR) String actor) {
        DisbursementRequested request = pendingPayment(command.disbursementId());
        MakerChecker.requireSecondOfficer("payment", command.disbursementId(), request.requestedBy(), actor);
        requireStatus("pay out", IN_PROGRESS, COMPLETED, ACCEPTED);
        apply(new DisbursementApproved(villageId, projectId, request.disbursementId(), request.amount(),
                request.splits(), actor, command.note()));
        apply(new FundsDisbursed(villageId, projectId, request.disbursementId(), request.amount(), request.payee(),
                request.voucherNo(), request.splits(), command.effectiveDate()));
    }

    @CommandHandler
    public void handle(RejectDisbursement command, @MetaDataValue(EventMetadata.ACTOR) String actor) {
        DisbursementRequested request = pendingPayment(command.disbursementId());
        MakerChecker.requireSecondOfficer("payment", command.disbursementId(), request.requestedBy(), actor);
        apply(new DisbursementRejected(villageId, projectId, request.disbursementId(), request.amount(),
                request.splits(), actor, command.reason()));
    }

    /**
     * Confirms or rejects a reported milestone, once, by someone other than its reporter; a confirmed one raises
     * the verified progress that payments may follow.
     */
    @CommandHandler
    public void handle(VerifyMilestone command, @MetaDataValue(EventMetadata.ACTOR) String actor) {
        String reporter = milestoneReporters.get(command.milestoneId());
        if (!milestoneIds.contains(command.milestoneId())) {
            throw CommandRefused.notFound("milestone", command.milestoneId());
        }
        if (verifiedMilestoneIds.contains(command.milestoneId())) {
            throw CommandRefused.conflict("MILESTONE_ALREADY_VERIFIED", "Milestone " + command.milestoneId()
                    + " of project " + projectId.value() + " was already verified");
        }
        if (Objects.equals(reporter, actor)) {
            throw CommandRefused.forbidden("REPORTER_CANNOT_VERIFY", actor + " reported milestone "
                    + command.milestoneId() + "; someone else must verify it");
        }
        apply(new MilestoneVerified(villageId, projectId, command.milestoneId(), command.verdict(),
                milestoneProgress.get(command.milestoneId()), actor, command.note()));
    }

    private Money payableNow(PaymentAdvance advance) {
        Money pending = pendingPayments.values().stream().map(DisbursementRequested::amount)
                .reduce(Money.ZERO, Money::plus);
        return advance.payableNow(budget, verifiedProgressPercent, paid.plus(pending), held.total());
    }

    private DisbursementRequested pendingPayment(String disbursementId) {
        DisbursementRequested request = pendingPayments.get(disbursementId);
        if (request != null) {
            return request;
        }
        if (payments.containsKey(disbursementId) || decidedPaymentIds.contains(disbursementId)) {
            throw MakerChecker.notPending("disbursement", disbursementId);
        }
        throw CommandRefused.notFound("disbursement", disbursementId);
    }

    /** Puts a bounced or mistaken payment back into held money, for the funds it was paid from. */
    @CommandHandler
    public void handle(ReverseDisbursement command) {
        Payment payment = payments.get(command.disbursementId());
        if (payment == null) {
            throw CommandRefused.notFound("disbursement", command.disbursementId());
        }
        if (payment.reversed) {
            throw CommandRefused.rule("ALREADY_REVERSED", "Disbursement " + command.disbursementId()
                    + " of project " + projectId.value() + " was already reversed");
        }
        requireStatus("reverse a payment", IN_PROGRESS, COMPLETED, ACCEPTED, SUSPENDED);
        apply(new DisbursementReversed(villageId, projectId, command.disbursementId(), payment.eventId,
                payment.event.amount(), payment.event.splits(), command.reason(), command.effectiveDate()));
    }

    @CommandHandler
    public void handle(ReportMilestone command) {
        if (milestoneIds.contains(command.milestoneId())) {
            throw CommandRefused.duplicate("milestone", command.milestoneId());
        }
        requireStatus("report a milestone", IN_PROGRESS);
        if (command.progressPercent() < progressPercent) {
            throw CommandRefused.rule("PROGRESS_DECREASED", "Progress of project " + projectId.value()
                    + " is already " + progressPercent + "%; it cannot go back to " + command.progressPercent() + "%");
        }
        apply(new MilestoneReported(villageId, projectId, command.milestoneId(), command.title(), command.date(),
                command.progressPercent(), command.note()));
    }

    /** Refuses a commitment the project cannot take; the village checks its own money. */
    public void checkCommitment(String commitmentId, Money amount) {
        if (commitmentIds.contains(commitmentId)) {
            throw CommandRefused.duplicate("commitment", commitmentId);
        }
        requireStatus("take a commitment", APPROVED, IN_PROGRESS);
        Money room = budget.minus(committed);
        if (amount.isGreaterThan(room)) {
            throw CommandRefused.rule("BUDGET_EXCEEDED", "Project " + projectId.value() + " has a budget of "
                    + budget + " with " + committed + " committed; cannot commit " + amount + " more");
        }
    }

    public ProjectStatus status() {
        return status;
    }

    private void requireStatus(String action, ProjectStatus... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw CommandRefused.rule("ILLEGAL_TRANSITION", "Project " + projectId.value() + " is " + status
                    + "; cannot " + action + " (allowed when " + Arrays.toString(allowed) + ")");
        }
    }

    @EventSourcingHandler
    void on(ProjectApproved event) {
        status = APPROVED;
    }

    @EventSourcingHandler
    void on(ProjectStarted event) {
        status = IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(ProjectCompleted event) {
        status = COMPLETED;
    }

    @EventSourcingHandler
    void on(ProjectAccepted event) {
        status = ACCEPTED;
    }

    @EventSourcingHandler
    void on(ProjectSuspended event) {
        status = SUSPENDED;
    }

    @EventSourcingHandler
    void on(ProjectResumed event) {
        status = IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(ProjectCancelled event) {
        status = CANCELLED;
        held.clear();
    }

    @EventSourcingHandler
    void on(FundsCommitted event) {
        commitmentIds.add(event.commitmentId());
        committed = committed.plus(event.amount());
        held.credit(event.splits());
    }

    /** An approved payment's money left held money when it was reserved. */
    @EventSourcingHandler
    void on(FundsDisbursed event, EventMessage<?> message) {
        payments.put(event.disbursementId(), new Payment(event, message.getIdentifier()));
        if (pendingPayments.remove(event.disbursementId()) == null) {
            held.debit(event.splits());
        }
        paid = paid.plus(event.amount());
    }

    @EventSourcingHandler
    void on(DisbursementReversed event) {
        payments.get(event.disbursementId()).reversed = true;
        held.credit(event.splits());
        paid = paid.minus(event.amount());
    }

    @EventSourcingHandler
    void on(DisbursementRequested event) {
        pendingPayments.put(event.disbursementId(), event);
        held.debit(event.splits());
    }

    @EventSourcingHandler
    void on(DisbursementApproved event) {
        decidedPaymentIds.add(event.disbursementId());
    }

    @EventSourcingHandler
    void on(DisbursementRejected event) {
        pendingPayments.remove(event.disbursementId());
        decidedPaymentIds.add(event.disbursementId());
        held.credit(event.splits());
    }

    @EventSourcingHandler
    void on(MilestoneVerified event) {
        verifiedMilestoneIds.add(event.milestoneId());
        if (event.verdict() == MilestoneVerdict.CONFIRMED) {
            verifiedProgressPercent = Math.max(verifiedProgressPercent, event.progressPercent());
        }
    }

    /** A payment made, and whether it has been reversed. */
    private static final class Payment {
        private final FundsDisbursed event;
        private final String eventId;
        private boolean reversed;

        /** For reading a snapshot of the village. */
        private Payment() {
            this(null, null);
        }

        private Payment(FundsDisbursed event, String eventId) {
            this.event = event;
            this.eventId = eventId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Payment other && other.event.equals(event) && other.eventId.equals(eventId)
                    && other.reversed == reversed;
        }

        @Override
        public int hashCode() {
            return Objects.hash(event, eventId, reversed);
        }
    }

    @EventSourcingHandler
    void on(MilestoneReported event, @MetaDataValue(EventMetadata.ACTOR) String reporter) {
        milestoneIds.add(event.milestoneId());
        progressPercent = event.progressPercent();
        if (reporter != null) {
            milestoneReporters.put(event.milestoneId(), reporter);
        }
        milestoneProgress.put(event.milestoneId(), event.progressPercent());
    }
}
