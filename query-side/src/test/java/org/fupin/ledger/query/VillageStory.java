package org.fupin.ledger.query;

import org.fupin.ledger.shared.FundAmount;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageId;
import org.fupin.ledger.shared.fund.AllocationApproved;
import org.fupin.ledger.shared.fund.AllocationRejected;
import org.fupin.ledger.shared.fund.AllocationRequested;
import org.fupin.ledger.shared.fund.FundLevel;
import org.fupin.ledger.shared.fund.FundSourceRegistered;
import org.fupin.ledger.shared.fund.FundsAllocated;
import org.fupin.ledger.shared.fund.ReturnedFundsReceived;
import org.fupin.ledger.shared.project.DisbursementApproved;
import org.fupin.ledger.shared.project.DisbursementRejected;
import org.fupin.ledger.shared.project.DisbursementRequested;
import org.fupin.ledger.shared.project.DisbursementReversed;
import org.fupin.ledger.shared.project.FundsCommitted;
import org.fupin.ledger.shared.project.FundsDisbursed;
import org.fupin.ledger.shared.project.MilestoneReported;
import org.fupin.ledger.shared.project.MilestoneVerdict;
import org.fupin.ledger.shared.project.MilestoneVerified;
import org.fupin.ledger.shared.project.ProjectApproved;
import org.fupin.ledger.shared.project.ProjectCancelled;
import org.fupin.ledger.shared.project.ProjectProposed;
import org.fupin.ledger.shared.project.ProjectStarted;
import org.fupin.ledger.shared.project.ProjectType;
import org.fupin.ledger.shared.village.AllocationReceived;
import org.fupin.ledger.shared.village.FundsReturned;
import org.fupin.ledger.shared.village.VillageRegistered;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Builds a village's money story out of the events the command side would store for it, both steps of every
 * two-step flow included. Test data builder for the query side's tests; every id is unique to the story.
 */
public final class VillageStory {

    private final StoredEvents events;
    private final VillageId village;
    private final String town;
    private LocalDate effective;

    private VillageStory(StoredEvents events, VillageId village, String town) {
        this.events = events;
        this.village = village;
        this.town = town;
    }

    /** A new village in a town of its own. */
    public static VillageStory of(StoredEvents events) {
        VillageStory story = new VillageStory(events, new VillageId(StoredEvents.unique("V")), StoredEvents.unique("镇"));
        events.village(story.village, new VillageRegistered(story.village, "东沟村", story.town, "Z县", 120, "山西省"));
        return story;
    }

    public VillageId village() {
        return village;
    }

    public String town() {
        return town;
    }

    /**
     * Money events told from here on carry this effective date; until then they carry none, as events stored
     * before effective dates existed did.
     */
    public VillageStory effectiveOn(LocalDate date) {
        this.effective = date;
        return this;
    }

    public FundId fund(String amount) {
        FundId fund = new FundId(StoredEvents.unique("F"));
        events.fund(fund, new FundSourceRegistered(fund, "省级财政专项扶贫资金", FundLevel.PROVINCIAL, 2026,
                Money.of(amount), "晋财农〔2026〕12号"));
        return fund;
    }

    public VillageStory allocate(FundId fund, String amount) {
        String allocation = StoredEvents.unique("A");
        events.fund(fund, new FundsAllocated(fund, allocation, village, Money.of(amount), "道路硬化", null, effective));
        events.village(village, new AllocationReceived(village, fund, allocation, Money.of(amount), "道路硬化", null, effective));
        return this;
    }

    public VillageStory giveBack(FundId fund, String amount) {
        String returnId = StoredEvents.unique("R");
        events.village(village, new FundsReturned(village, returnId, fund, Money.of(amount), "结余退回", effective));
        events.fund(fund, new ReturnedFundsReceived(fund, returnId, village, Money.of(amount), effective));
        return this;
    }

    /** A road project, proposed and approved. */
    public ProjectId project(String budget, LocalDate plannedStart, LocalDate plannedEnd) {
        ProjectId project = new ProjectId(StoredEvents.unique("P"));
        events.village(village, new ProjectProposed(village, project, ProjectType.ROAD_HARDENING, "通村路硬化",
                        Money.of(budget), plannedStart, plannedEnd, Map.of("lengthKm", 3.5, "widthM", 4.5)),
                new ProjectApproved(village, project, "可行性评审通过"));
        return project;
    }

    public VillageStory start(ProjectId project, LocalDate date) {
        events.village(village, new ProjectStarted(village, project, date));
        return this;
    }

    public VillageStory milestone(ProjectId project, LocalDate date, int percent) {
        events.village(village, new MilestoneReported(village, project, StoredEvents.unique("M"), "路基完成", date,
                percent, null));
        return this;
    }

    public VillageStory commit(ProjectId project, FundAmount... splits) {
        events.village(village, new FundsCommitted(village, project, StoredEvents.unique("C"), total(splits),
                List.of(splits), effective));
        return this;
    }

    /** Pays {@code splits} to a road builder and returns the payment's id. */
    public String pay(ProjectId project, FundAmount... splits) {
        String disbursement = StoredEvents.unique("D");
        events.village(village, new FundsDisbursed(village, project, disbursement, total(splits), "晋通路桥工程公司",
                "记-2026-031", List.of(splits), effective));
        return disbursement;
    }

    public VillageStory reverse(ProjectId project, String disbursement, FundAmount... splits) {
        events.village(village, new DisbursementReversed(village, project, disbursement, "event-" + disbursement,
                total(splits), List.of(splits), "重复支付", effective));
        return this;
    }

    public VillageStory cancel(ProjectId project, FundAmount... released) {
        events.village(village, new ProjectCancelled(village, project, "选址变更", List.of(released)));
        return this;
    }

    /** Asks for an allocation that needs a second signature (reserved, not yet the village's); returns its id. */
    public String requestAllocation(FundId fund, String amount) {
        String allocation = StoredEvents.unique("A");
        events.fund(fund, new AllocationRequested(fund, allocation, village, Money.of(amount), "道路硬化", null,
                "finance", effective));
        return allocation;
    }

    /** Approves a requested allocation: the approval, the allocation, and the village's crediting. */
    public VillageStory approveAllocation(FundId fund, String allocation, String amount) {
        events.fund(fund, new AllocationApproved(fund, allocation, village, Money.of(amount), "finance2", "同意"),
                new FundsAllocated(fund, allocation, village, Money.of(amount), "道路硬化", null, effective));
        events.village(village, new AllocationReceived(village, fund, allocation, Money.of(amount), "道路硬化", null,
                effective));
        return this;
    }

    public VillageStory rejectAllocation(FundId fund, String allocation, String amount) {
        events.fund(fund, new AllocationRejected(fund, allocation, village, Money.of(amount), "finance2", "文号不符"));
        return this;
    }

    /** Asks for a payment that needs a second signature (reserved out of held money); returns its id. */
    public String requestPayment(ProjectId project, FundAmount... splits) {
        String disbursement = StoredEvents.unique("D");
        events.village(village, new DisbursementRequested(village, project, disbursement, total(splits), "晋通路桥工程公司",
                "记-2026-032", List.of(splits), "finance", effective));
        return disbursement;
    }

    /** Approves a requested payment: the approval and the payment it releases. */
    public VillageStory approvePayment(ProjectId project, String disbursement, FundAmount... splits) {
        events.village(village, new DisbursementApproved(village, project, disbursement, total(splits), List.of(splits),
                        "finance2", "同意"),
                new FundsDisbursed(village, project, disbursement, total(splits), "晋通路桥工程公司", "记-2026-032",
                        List.of(splits), effective));
        return this;
    }

    public VillageStory rejectPayment(ProjectId project, String disbursement, FundAmount... splits) {
        events.village(village, new DisbursementRejected(village, project, disbursement, total(splits),
                List.of(splits), "finance2", "发票不符"));
        return this;
    }

    /** Reports a milestone with the given id and has an inspector give it {@code verdict}. */
    public VillageStory verifiedMilestone(ProjectId project, String milestoneId, int percent, MilestoneVerdict verdict) {
        events.village(village, new MilestoneReported(village, project, milestoneId, "路基完成", LocalDate.of(2026, 5, 1),
                        percent, null),
                new MilestoneVerified(village, project, milestoneId, verdict, percent, "inspector", "现场核实"));
        return this;
    }

    public static FundAmount from(FundId fund, String amount) {
        return new FundAmount(fund, Money.of(amount));
    }

    private static Money total(FundAmount... splits) {
        long fen = 0;
        for (FundAmount split : splits) {
            fen += split.amount().fen();
        }
        return Money.ofFen(fen);
    }
}
