package org.fupin.ledger.query.inspection;

import org.axonframework.eventhandling.DomainEventMessage;
import org.fupin.ledger.query.position.FundPosition;
import org.fupin.ledger.query.project.ProjectView;
import org.fupin.ledger.query.village.VillageView;
import org.fupin.ledger.shared.FundAmount;
import org.fupin.ledger.shared.collective.CollectiveIncomeRecorded;
import org.fupin.ledger.shared.collective.CollectiveSpendingRecorded;
import org.fupin.ledger.shared.project.DisbursementReversed;
import org.fupin.ledger.shared.project.FundsCommitted;
import org.fupin.ledger.shared.project.FundsDisbursed;
import org.fupin.ledger.shared.project.DisbursementApproved;
import org.fupin.ledger.shared.project.DisbursementRejected;
import org.fupin.ledger.shared.project.DisbursementRequested;
import org.fupin.ledger.shared.project.MilestoneVerdict;
import org.fupin.ledger.shared.project.MilestoneVerified;
import org.fupin.ledger.shared.project.MilestoneReported;
import org.fupin.ledger.shared.project.ProjectAccepted;
import org.fupin.ledger.shared.project.ProjectApproved;
import org.fupin.ledger.shared.project.ProjectCancelled;
import org.fupin.ledger.shared.project.ProjectCompleted;
import org.fupin.ledger.shared.project.ProjectProposed;
import org.fupin.ledger.shared.project.ProjectResumed;
import org.fupin.ledger.shared.project.ProjectStarted;
import org.fupin.ledger.shared.project.ProjectSuspended;
import org.fupin.ledger.shared.village.AllocationReceived;
import org.fupin.ledger.shared.village.FundsReturned;
import org.fupin.ledger.shared.village.VillageRegistered;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.function.LongFunction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A village's state computed from its own event stream alone, as it stood at some moment: what an
 * inspector sees when replaying a village's history. Gives the same shapes as the live read models.
 *
 * <p>Money a fund allocated counts here when the village's account was credited ({@code AllocationReceived}),
 * which follows the fund's decision by a moment.
 */
public final class VillageReplay {

    private VillageRegistered village;
    private final Map<String, FundPosition> funds = new TreeMap<>();
    private final Map<String, Project> projects = new TreeMap<>();
    private long collectiveIncome;
    private long collectiveSpent;
    private int events;

    private static final class Project {
        ProjectProposed proposed;
        String status = "PROPOSED";
        LocalDate startedOn;
        LocalDate completedOn;
        LocalDate lastMilestoneOn;
        int progress;
        int verifiedProgress;
        final Map<String, FundPosition> funds = new TreeMap<>();
        final List<ProjectView.Milestone> milestones = new ArrayList<>();
    }

    /** Replays the events before {@code asOf}. */
    static VillageReplay of(Iterator<? extends DomainEventMessage<?>> stream, AsOf asOf) {
        VillageReplay replay = new VillageReplay();
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (!asOf.includes(event.getTimestamp())) {
                break;
            }
            replay.apply(event.getPayload());
        }
        return replay;
    }

    public boolean exists() {
        return village != null;
    }

    int events() {
        return events;
    }

    public void apply(Object payload) {
        events++;
        if (payload instanceof VillageRegistered registered) {
            village = registered;
        } else if (payload instanceof AllocationReceived received) {
            funds.merge(received.fundId().value(), FundPosition.NONE.receive(received.amount().fen()),
                    FundPosition::plus);
        } else if (payload instanceof FundsReturned returned) {
            funds.merge(returned.fundId().value(), FundPosition.NONE.giveBack(returned.amount().fen()),
                    FundPosition::plus);
        } else if (payload instanceof ProjectProposed proposed) {
            Project project = new Project();
            project.proposed = proposed;
            projects.put(proposed.projectId().value(), project);
        } else if (payload instanceof FundsCommitted committed) {
            move(committed.projectId().value(), committed.splits(), FundPosition.NONE::commit);
        } else if (payload instanceof FundsDisbursed disbursed) {
            move(disbursed.projectId().value(), disbursed.splits(), FundPosition.NONE::disburse);
        } else if (payload instanceof DisbursementRequested requested) {
            move(requested.projectId().value(), requested.splits(), FundPosition.NONE::reserve);
        } else if (payload instanceof DisbursementApproved approved) {
            move(approved.projectId().value(), approved.splits(), fen -> FundPosition.NONE.reserve(-fen));
        } else if (payload instanceof DisbursementRejected rejected) {
            move(rejected.projectId().value(), rejected.splits(), fen -> FundPosition.NONE.reserve(-fen));
        } else if (payload instanceof MilestoneVerified verified) {
            verify(verified);
        } else if (payload instanceof DisbursementReversed reversed) {
            move(reversed.projectId().value(), reversed.splits(), fen -> FundPosition.NONE.disburse(-fen));
        } else if (payload instanceof ProjectCancelled cancelled) {
            move(cancelled.projectId().value(), cancelled.released(), FundPosition.NONE::release);
            project(cancelled.projectId().value()).status = "CANCELLED";
        } else if (payload instanceof MilestoneReported milestone) {
            Project project = project(milestone.projectId().value());
            project.progress = Math.max(project.progress, milestone.progressPercent());
            project.lastMilestoneOn = later(project.lastMilestoneOn, milestone.date());
            project.milestones.add(new ProjectView.Milestone(milestone.milestoneId(), milestone.title(),
                    milestone.date(), milestone.progressPercent(), milestone.note()));
        } else if (payload instanceof CollectiveIncomeRecorded income) {
            collectiveIncome += income.amount().fen();
        } else if (payload instanceof CollectiveSpendingRecorded spending) {
            collectiveSpent += spending.amount().fen();
        } else {
            applyStatus(payload);
        }
    }

    private void verify(MilestoneVerified verified) {
        Project project = project(verified.projectId().value());
        if (verified.verdict() == MilestoneVerdict.CONFIRMED) {
            project.verifiedProgress = Math.max(project.verifiedProgress, verified.progressPercent());
        }
    }

    private void applyStatus(Object payload) {
        if (payload instanceof ProjectApproved approved) {
            project(approved.projectId().value()).status = "APPROVED";
        } else if (payload instanceof ProjectStarted started) {
            Project project = project(started.projectId().value());
            project.status = "IN_PROGRESS";
            project.startedOn = started.date();
        } else if (payload instanceof ProjectCompleted completed) {
            Project project = project(completed.projectId().value());
            project.status = "COMPLETED";
            project.completedOn = completed.date();
        } else if (payload instanceof ProjectAccepted accepted) {
            project(accepted.projectId().value()).status = "ACCEPTED";
        } else if (payload instanceof ProjectSuspended suspended) {
            project(suspended.projectId().value()).status = "SUSPENDED";
        } else if (payload instanceof ProjectResumed resumed) {
            project(resumed.projectId().value()).status = "IN_PROGRESS";
        }
    }

    public VillageView village() {
        FundPosition total = funds.values().stream().reduce(FundPosition.NONE, FundPosition::plus);
        List<VillageView.FundMoney> byFund = funds.entrySet().stream()
                .map(entry -> VillageView.FundMoney.of(entry.getKey(), entry.getValue())).toList();
        return VillageView.of(village.villageId().value(), village.name(), village.town(), village.county(),
                village.province(), village.povertyHouseholds(), total, collectiveIncome, collectiveSpent, byFund);
    }

    /** The village's projects as they stood, judged overdue or stalled against {@code today}. */
    public List<ProjectView> projects(LocalDate today) {
        return projects.values().stream().map(project -> view(project, today)).toList();
    }

    private static ProjectView view(Project project, LocalDate today) {
        ProjectProposed proposed = project.proposed;
        FundPosition total = project.funds.values().stream().reduce(FundPosition.NONE, FundPosition::plus);
        List<ProjectView.FundMoney> byFund = project.funds.entrySet().stream()
                .map(entry -> ProjectView.FundMoney.of(entry.getKey(), entry.getValue())).toList();
        ProjectView.Facts facts = new ProjectView.Facts(proposed.projectId().value(), proposed.villageId().value(),
                proposed.type().name(), proposed.name(), project.status, proposed.budget().fen(), project.progress,
                proposed.plannedStart(), proposed.plannedEnd(), project.startedOn, project.completedOn,
                project.lastMilestoneOn, new LinkedHashMap<>(proposed.spec()), project.verifiedProgress);
        return ProjectView.of(facts, total, today, List.copyOf(project.milestones), byFund);
    }

    /** Moves each split of a project's money, as {@code change} makes it a position, at the project and the village. */
    private void move(String projectId, List<FundAmount> splits, LongFunction<FundPosition> change) {
        Project project = project(projectId);
        for (FundAmount split : splits) {
            FundPosition moved = change.apply(split.amount().fen());
            project.funds.merge(split.fundId().value(), moved, FundPosition::plus);
            funds.merge(split.fundId().value(), moved, FundPosition::plus);
        }
    }

    private Project project(String projectId) {
        return projects.get(projectId);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
