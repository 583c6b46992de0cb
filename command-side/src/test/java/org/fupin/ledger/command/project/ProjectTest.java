package org.fupin.ledger.command.project;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fupin.ledger.command.AggregateDirectory;
import org.fupin.ledger.command.CommandRefused;
import org.fupin.ledger.command.CommandRefused.Refusal.Kind;
import org.fupin.ledger.command.approval.ApprovalThreshold;
import org.fupin.ledger.shared.project.PaymentAdvance;
import org.fupin.ledger.command.collective.RecordCollectiveIncome;
import org.fupin.ledger.command.collective.RecordCollectiveSpending;
import org.fupin.ledger.command.village.Village;
import org.fupin.ledger.shared.FundAmount;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageId;
import org.fupin.ledger.shared.collective.CollectiveIncomeRecorded;
import org.fupin.ledger.shared.collective.CollectiveSpendingRecorded;
import org.fupin.ledger.shared.collective.IncomeCategory;
import org.fupin.ledger.shared.collective.SpendingPurpose;
import org.fupin.ledger.shared.project.FundsCommitted;
import org.fupin.ledger.shared.project.FundsDisbursed;
import org.fupin.ledger.shared.project.MilestoneReported;
import org.fupin.ledger.shared.project.ProjectAccepted;
import org.fupin.ledger.shared.project.ProjectApproved;
import org.fupin.ledger.shared.project.ProjectCancelled;
import org.fupin.ledger.shared.project.ProjectCompleted;
import org.fupin.ledger.shared.project.ProjectProposed;
import org.fupin.ledger.shared.project.ProjectResumed;
import org.fupin.ledger.shared.project.ProjectStarted;
import org.fupin.ledger.shared.project.ProjectStatus;
import org.fupin.ledger.shared.project.ProjectSuspended;
import org.fupin.ledger.shared.project.ProjectType;
import org.fupin.ledger.shared.village.AllocationReceived;
import org.fupin.ledger.shared.village.VillageRegistered;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupin.ledger.command.Refusals.refusal;
import static org.fupin.ledger.shared.project.ProjectStatus.ACCEPTED;
import static org.fupin.ledger.shared.project.ProjectStatus.APPROVED;
import static org.fupin.ledger.shared.project.ProjectStatus.CANCELLED;
import static org.fupin.ledger.shared.project.ProjectStatus.COMPLETED;
import static org.fupin.ledger.shared.project.ProjectStatus.IN_PROGRESS;
import static org.fupin.ledger.shared.project.ProjectStatus.PROPOSED;
import static org.fupin.ledger.shared.project.ProjectStatus.SUSPENDED;
import static org.hamcrest.CoreMatchers.containsString;

/**
 * Projects are entities of their village's aggregate, so the fixture runs on {@link Village}: the lifecycle,
 * commitments of village money, payments, milestones, and the collective account that asset projects earn for.
 */
class ProjectTest {

    private static final VillageId VILLAGE = VillageId.of("V1");
    private static final ProjectId P1 = ProjectId.of("P1");
    private static final ProjectId P2 = ProjectId.of("P2");
    private static final FundId F1 = FundId.of("F1");
    private static final FundId F2 = FundId.of("F2");

    private static final String NAME = "石门村通组道路硬化";
    private static final LocalDate PLANNED_START = LocalDate.of(2026, 4, 1);
    private static final LocalDate PLANNED_END = LocalDate.of(2026, 10, 31);
    private static final LocalDate STARTED_ON = LocalDate.of(2026, 4, 8);
    private static final LocalDate COMPLETED_ON = LocalDate.of(2026, 9, 30);
    private static final LocalDate ACCEPTED_ON = LocalDate.of(2026, 10, 20);
    private static final LocalDate MILESTONE_ON = LocalDate.of(2026, 6, 1);
    private static final String APPROVAL_NOTE = "同意立项";
    private static final String ACCEPTANCE_NOTE = "验收合格";
    private static final String SUSPENSION_REASON = "汛期停工";
    private static final String RESUMPTION_NOTE = "汛期结束复工";
    private static final String CANCELLATION_REASON = "选址变更";
    private static final String PAYEE = "武陵县路桥工程有限公司";
    private static final String VOUCHER = "记-2026-0042";
    private static final String MILESTONE_TITLE = "路基完工";
    private static final String MILESTONE_NOTE = "监理签字";
    private static final String PURPOSE = "村道硬化";
    private static final String DOCUMENT = "县财〔2026〕7号";
    private static final String PERIOD = "2026-05";
    private static final String RECEIPT = "收-2026-0005";
    private static final String SPENDING_NOTE = "公益岗位五月工资";

    /** Project ids already claimed, with the village that claimed them: the project registry in memory. */
    private final Map<ProjectId, VillageId> registry = new HashMap<>();
    private AggregateTestFixture<Village> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Village.class);
        fixture.registerInjectableResource((AggregateDirectory) id -> true);
        // Maker-checker and payment by progress have their own tests (PaymentControlsTest): here neither applies.
        fixture.registerInjectableResource(new ApprovalThreshold(Money.MAX_COMMAND_AMOUNT));
        fixture.registerInjectableResource(new PaymentAdvance(100));
        fixture.registerInjectableResource((ProjectRegistration) (projectId, villageId) -> {
            if (registry.putIfAbsent(projectId, villageId) != null) {
                throw CommandRefused.duplicate("project", projectId.value());
            }
        });
        // Village.projects is a HashMap, whose equals() compares the Project entities by equals(); Project has
        // none (identity), so the fixture's check that event sourcing rebuilds the same state would report every
        // successful command on a village with a project as an illegal state change. The rest of the village
        // (its account's lots, collective balance, id sets) is still compared; project state is checked through
        // behaviour below (a later command that depends on it).
        fixture.registerIgnoredField(Village.class, "projects");
    }

    // ---- events -------------------------------------------------------------------------------------------

    private static VillageRegistered registered() {
        return new VillageRegistered(VILLAGE, "石门村", "石门镇", "武陵县", 128, "");
    }

    private static AllocationReceived received(FundId fundId, String allocationId, String amount) {
        return new AllocationReceived(VILLAGE, fundId, allocationId, Money.of(amount), PURPOSE, DOCUMENT, null);
    }

    private static ProjectProposed proposed(ProjectId projectId, String budget) {
        return new ProjectProposed(VILLAGE, projectId, ProjectType.ROAD_HARDENING, NAME, Money.of(budget),
                PLANNED_START, PLANNED_END, Map.of());
    }

    private static ProjectApproved approved(ProjectId projectId) {
        return new ProjectApproved(VILLAGE, projectId, APPROVAL_NOTE);
    }

    private static ProjectStarted started(ProjectId projectId) {
        return new ProjectStarted(VILLAGE, projectId, STARTED_ON);
    }

    private static ProjectCompleted completed(ProjectId projectId) {
        return new ProjectCompleted(VILLAGE, projectId, COMPLETED_ON);
    }

    private static ProjectAccepted accepted(ProjectId projectId) {
        return new ProjectAccepted(VILLAGE, projectId, ACCEPTED_ON, ACCEPTANCE_NOTE);
    }

    private static ProjectSuspended suspended(ProjectId projectId) {
        return new ProjectSuspended(VILLAGE, projectId, SUSPENSION_REASON);
    }

    private static ProjectResumed resumed(ProjectId projectId) {
        return new ProjectResumed(VILLAGE, projectId, RESUMPTION_NOTE);
    }

    private static ProjectCancelled cancelled(ProjectId projectId, FundAmount... released) {
        return new ProjectCancelled(VILLAGE, projectId, CANCELLATION_REASON, List.of(released));
    }

    private static FundsCommitted committed(ProjectId projectId, String commitmentId, String amount,
                                            FundAmount... splits) {
        return new FundsCommitted(VILLAGE, projectId, commitmentId, Money.of(amount), List.of(splits), null);
    }

    private static FundsDisbursed disbursed(String disbursementId, String amount, FundAmount... splits) {
        return new FundsDisbursed(VILLAGE, P1, disbursementId, Money.of(amount), PAYEE, VOUCHER, List.of(splits), null);
    }

    private static MilestoneReported milestone(String milestoneId, int progressPercent) {
        return new MilestoneReported(VILLAGE, P1, milestoneId, MILESTONE_TITLE, MILESTONE_ON, progressPercent,
                MILESTONE_NOTE);
    }

    private static CollectiveIncomeRecorded incomeRecorded(String incomeId, String amount, ProjectId assetProjectId) {
        return new CollectiveIncomeRecorded(VILLAGE, incomeId, Money.of(amount), IncomeCategory.PHOTOVOLTAIC,
                assetProjectId, PERIOD, RECEIPT, null);
    }

    private static CollectiveSpendingRecorded spendingRecorded(String spendingId, String amount) {
        return new CollectiveSpendingRecorded(VILLAGE, spendingId, Money.of(amount),
                SpendingPurpose.PUBLIC_WELFARE_JOBS, SPENDING_NOTE, null);
    }

    private static FundAmount part(FundId fundId, String amount) {
        return new FundAmount(fundId, Money.of(amount));
    }

    // ---- commands -----------------------------------------------------------------------------------------

    private static ProposeProject propose(ProjectId projectId, String budget) {
        return new ProposeProject(VILLAGE, projectId, ProjectType.ROAD_HARDENING, NAME, Money.of(budget),
                PLANNED_START, PLANNED_END, Map.of());
    }

    private static ApproveProject approve() {
        return new ApproveProject(VILLAGE, P1, APPROVAL_NOTE);
    }

    private static StartProject start() {
        return new StartProject(VILLAGE, P1, STARTED_ON);
    }

    private static CompleteProject complete() {
        return new CompleteProject(VILLAGE, P1, COMPLETED_ON);
    }

    private static AcceptProject accept() {
        return new AcceptProject(VILLAGE, P1, ACCEPTED_ON, ACCEPTANCE_NOTE);
    }

    private static SuspendProject suspend() {
        return new SuspendProject(VILLAGE, P1, SUSPENSION_REASON);
    }

    private static ResumeProject resume() {
        return new ResumeProject(VILLAGE, P1, RESUMPTION_NOTE);
    }

    private static CancelProject cancel(ProjectId projectId) {
        return new CancelProject(VILLAGE, projectId, CANCELLATION_REASON);
    }

    private static CommitFunds commit(ProjectId projectId, String commitmentId, String amount, FundId fundId) {
        return new CommitFunds(VILLAGE, projectId, commitmentId, Money.of(amount), fundId, null);
    }

    private static DisburseFunds disburse(String disbursementId, String amount) {
        return new DisburseFunds(VILLAGE, P1, disbursementId, Money.of(amount), PAYEE, VOUCHER, null);
    }

    private static ReportMilestone report(String milestoneId, int progressPercent) {
        return new ReportMilestone(VILLAGE, P1, milestoneId, MILESTONE_TITLE, MILESTONE_ON, progressPercent,
                MILESTONE_NOTE);
    }

    private static RecordCollectiveIncome income(String incomeId, String amount, ProjectId assetProjectId) {
        return new RecordCollectiveIncome(VILLAGE, incomeId, Money.of(amount), IncomeCategory.PHOTOVOLTAIC,
                assetProjectId, PERIOD, RECEIPT, null);
    }

    private static RecordCollectiveSpending spend(String spendingId, String amount) {
        return new RecordCollectiveSpending(VILLAGE, spendingId, Money.of(amount),
                SpendingPurpose.PUBLIC_WELFARE_JOBS, SPENDING_NOTE, null);
    }

    // ---- givens -------------------------------------------------------------------------------------------

    /** The village with 1000.00 of fund F1, and {@code more} after it. */
    private static List<Object> village(Object... more) {
        List<Object> events = new ArrayList<>(List.of(registered(), received(F1, "A1", "1000.00")));
        events.addAll(Arrays.asList(more));
        return events;
    }

    /** The lifecycle events that take a freshly proposed project P1 to {@code status}. */
    private static List<Object> path(ProjectStatus status) {
        return switch (status) {
            case PROPOSED -> List.of();
            case APPROVED -> List.of(approved(P1));
            case IN_PROGRESS -> List.of(approved(P1), started(P1));
            case SUSPENDED -> List.of(approved(P1), started(P1), suspended(P1));
            case COMPLETED -> List.of(approved(P1), started(P1), completed(P1));
            case ACCEPTED -> List.of(approved(P1), started(P1), completed(P1), accepted(P1));
            case CANCELLED -> List.of(cancelled(P1));
        };
    }

    /** Village (1000.00 of F1) with project P1 (budget 600.00) in {@code status}, holding nothing. */
    private static List<Object> projectIn(ProjectStatus status) {
        List<Object> events = village(proposed(P1, "600.00"));
        events.addAll(path(status));
        return events;
    }

    /**
     * Like {@link #projectIn}, but P1 took commitment C1 of 500.00 from F1 once approved (when it got that far);
     * a cancelled P1 gave it back.
     */
    private static List<Object> projectHoldingMoneyIn(ProjectStatus status) {
        List<Object> events = village(proposed(P1, "600.00"));
        FundsCommitted c1 = committed(P1, "C1", "500.00", part(F1, "500.00"));
        switch (status) {
            case PROPOSED -> {
            }
            case CANCELLED -> events.addAll(List.of(approved(P1), c1, cancelled(P1, part(F1, "500.00"))));
            default -> {
                List<Object> steps = new ArrayList<>(path(status));
                steps.add(1, c1);
                events.addAll(steps);
            }
        }
        return events;
    }

    // ---- proposal -----------------------------------------------------------------------------------------

    @Test
    void proposingEmitsProjectProposedAndClaimsTheIdForTheVillage() {
        fixture.given(registered())
                .when(propose(P1, "600.00"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(proposed(P1, "600.00"));

        assertThat(registry).isEqualTo(Map.of(P1, VILLAGE));
    }

    @Test
    void rejectsProposalOfAProjectIdAlreadyClaimed() {
        registry.put(P1, VillageId.of("V2"));

        fixture.given(registered())
                .when(propose(P1, "600.00"))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.CONFLICT, "DUPLICATE_ID"))
                .expectExceptionMessage(containsString("'P1'"))
                .expectNoEvents();

        assertThat(registry).isEqualTo(Map.of(P1, VillageId.of("V2")));
    }

    @Test
    void proposingASecondProjectLeavesTheFirstAlone() {
        fixture.given(projectIn(APPROVED))
                .when(propose(P2, "300.00"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(proposed(P2, "300.00"));
    }

    // ---- legal transitions --------------------------------------------------------------------------------

    @Test
    void approvingAProposedProjectEmitsProjectApproved() {
        fixture.given(projectIn(PROPOSED))
                .when(approve())
                .expectSuccessfulHandlerExecution()
                .expectEvents(approved(P1))
                .expectResultMessagePayload(APPROVED);
    }

    @Test
    void startingAnApprovedProjectEmitsProjectStarted() {
        fixture.given(projectIn(APPROVED))
                .when(start())
                .expectSuccessfulHandlerExecution()
                .expectEvents(started(P1))
                .expectResultMessagePayload(IN_PROGRESS);
    }

    @Test
    void completingAProjectInProgressEmitsProjectCompleted() {
        fixture.given(projectIn(IN_PROGRESS))
                .when(complete())
                .expectSuccessfulHandlerExecution()
                .expectEvents(completed(P1))
                .expectResultMessagePayload(COMPLETED);
    }

    @Test
    void acceptingACompletedProjectEmitsProjectAccepted() {
        fixture.given(projectIn(COMPLETED))
                .when(accept())
                .expectSuccessfulHandlerExecution()
                .expectEvents(accepted(P1))
                .expectResultMessagePayload(ACCEPTED);
    }

    @Test
    void suspendingAProjectInProgressEmitsProjectSuspended() {
        fixture.given(projectIn(IN_PROGRESS))
                .when(suspend())
                .expectSuccessfulHandlerExecution()
                .expectEvents(suspended(P1))
                .expectResultMessagePayload(SUSPENDED);
    }

    @Test
    void resumingASuspendedProjectEmitsProjectResumed() {
        fixture.given(projectIn(SUSPENDED))
                .when(resume())
                .expectSuccessfulHandlerExecution()
                .expectEvents(resumed(P1))
                .expectResultMessagePayload(IN_PROGRESS);
    }

    @Test
    void resumedProjectIsInProgressAgain() {
        List<Object> given = projectIn(SUSPENDED);
        given.add(resumed(P1));

        fixture.given(given)
                .when(complete())
                .expectSuccessfulHandlerExecution()
                .expectEvents(completed(P1))
                .expectResultMessagePayload(COMPLETED);
    }

    @ParameterizedTest(name = "from {0}")
    @EnumSource(value = ProjectStatus.class, names = {"PROPOSED", "APPROVED", "IN_PROGRESS", "SUSPENDED"})
    void cancellingEmitsProjectCancelled(ProjectStatus from) {
        fixture.given(projectIn(from))
                .when(cancel(P1))
                .expectSuccessfulHandlerExecution()
                .expectEvents(cancelled(P1))
                .expectResultMessagePayload(CANCELLED);
    }

    @Test
    void commandsReachOnlyTheProjectTheyName() {
        List<Object> given = projectIn(APPROVED);
        given.add(proposed(P2, "300.00"));

        fixture.given(given)
                .when(new StartProject(VILLAGE, P2, STARTED_ON))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.RULE, "ILLEGAL_TRANSITION"))
                .expectExceptionMessage(containsString("Project P2 is PROPOSED"))
                .expectNoEvents();
    }

    // ---- illegal transitions ------------------------------------------------------------------------------

    /** Every (status, transition) pair the lifecycle does not allow: all pairs but the ten legal ones. */
    static Stream<Arguments> illegalTransitions() {
        Map<String, Object> commands = new LinkedHashMap<>();
        commands.put("approve", approve());
        commands.put("start", start());
        commands.put("complete", complete());
        commands.put("accept", accept());
        commands.put("suspend", suspend());
        commands.put("resume", resume());
        commands.put("cancel", cancel(P1));
        Map<String, Set<ProjectStatus>> allowedFrom = Map.of(
                "approve", EnumSet.of(PROPOSED),
                "start", EnumSet.of(APPROVED),
                "complete", EnumSet.of(IN_PROGRESS),
                "accept", EnumSet.of(COMPLETED),
                "suspend", EnumSet.of(IN_PROGRESS),
                "resume", EnumSet.of(SUSPENDED),
                "cancel", EnumSet.of(PROPOSED, APPROVED, IN_PROGRESS, SUSPENDED));
        return commands.entrySet().stream().flatMap(command -> EnumSet.complementOf(
                        EnumSet.copyOf(allowedFrom.get(command.getKey()))).stream()
                .map(from -> Arguments.of(command.getKey(), from, command.getValue())));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("illegalTransitions")
    void rejectsIllegalTransition(String action, ProjectStatus from, Object command) {
        fixture.given(projectIn(from))
                .when(command)
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.RULE, "ILLEGAL_TRANSITION"))
                .expectExceptionMessage(containsString("Project P1 is " + from + "; cannot " + action))
                .expectNoEvents();
    }

    @Test
    void illegalTransitionsCoverEveryPairButTheTenLegalOnes() {
        List<String> pairs = illegalTransitions().map(pair -> pair.get()[0] + "@" + pair.get()[1]).toList();

        assertThat(pairs).hasSize(7 * ProjectStatus.values().length - 10).doesNotHaveDuplicates().contains(
                "start@PROPOSED", "complete@APPROVED", "accept@IN_PROGRESS", "suspend@APPROVED",
                "resume@IN_PROGRESS", "cancel@COMPLETED", "cancel@ACCEPTED", "cancel@CANCELLED",
                "approve@APPROVED");
    }

    // ---- commitments --------------------------------------------------------------------------------------

    @ParameterizedTest(name = "in {0}")
    @EnumSource(value = ProjectStatus.class, names = {"APPROVED", "IN_PROGRESS"})
    void commitmentFromANamedFundTakesThatFund(ProjectStatus status) {
        fixture.given(projectIn(status))
                .when(commit(P1, "C1", "300.00", F1))
                .expectSuccessfulHandlerExecution()
                .expectEvents(committed(P1, "C1", "300.00", part(F1, "300.00")));
    }

    @ParameterizedTest(name = "in {0}")
    @EnumSource(value = ProjectStatus.class, names = {"APPROVED", "IN_PROGRESS"}, mode = EnumSource.Mode.EXCLUDE)
    void rejectsCommitmentOutsideApprovedAndInProgress(ProjectStatus status) {
        fixture.given(projectIn(status))
                .when(commit(P1, "C1", "100.00", F1))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.RULE, "ILLEGAL_TRANSITION"))
                .expectExceptionMessage(containsString("is " + status + "; cannot take a commitment"))
                .expectNoEvents();
    }

    @Test
    void commitmentWithoutFundTakesTheOldestMoneyFirstInAllocationOrder() {
        // F2's money arrived first, so it goes first although F1 sorts before it.
        fixture.given(registered(), received(F2, "A1", "300.00"), received(F1, "A2", "500.00"),
                        proposed(P1, "2000.00"), approved(P1))
                .when(commit(P1, "C1", "400.00", null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(committed(P1, "C1", "400.00", part(F2, "300.00"), part(F1, "100.00")));
    }

    @Test
    void laterCommitmentWithoutFundContinuesWhereTheLastStopped() {
        fixture.given(registered(), received(F2, "A1", "300.00"), received(F1, "A2", "500.00"),
                        proposed(P1, "2000.00"), approved(P1),
                        committed(P1, "C1", "200.00", part(F2, "200.00")))
                .when(commit(P1, "C2", "400.00", null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(committed(P1, "C2", "400.00", part(F2, "100.00"), part(F1, "300.00")));
    }

    @Test
    void rejectsCommitmentFromANamedFundThatLacksTheMoneyEvenWhenAnotherFundCovers() {
        fixture.given(registered(), received(F1, "A1", "100.00"), received(F2, "A2", "1000.00"),
                        proposed(P1, "2000.00"), approved(P1))
                .when(commit(P1, "C1", "100.01", F1))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.RULE, "INSUFFICIENT_VILLAGE_BALANCE"))
                .expectExceptionMessage(containsString("holds only 100.00 of fund F1"))
                .expectNoEvents();
    }

    @Test
    void rejectsCommitmentWithoutFundBeyondAllTheVillagesMoney() {
        fixture.given(registered(), received(F1, "A1", "100.00"), received(F2, "A2", "200.00"),
                        proposed(P1, "2000.00"), approved(P1))
                .when(commit(P1, "C1", "300.01", null))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.RULE, "INSUFFICIENT_VILLAGE_BALANCE"))
                .expectExceptionMessage(containsString("holds only 300.00"))
                .expectNoEvents();
    }

    @Test
    void commitmentWithoutFundMayTakeAllTheVillagesMoney() {
        fixture.given(registered(), received(F1, "A1", "100.00"), received(F2, "A2", "200.00"),
                        proposed(P1, "2000.00"), approved(P1))
                .when(commit(P1, "C1", "300.00", null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(committed(P1, "C1", "300.00", part(F1, "100.00"), part(F2, "200.00")));
    }

    @Test
    void rejectsCommitmentOfMoneyAlreadyCommittedToAnotherProject() {
        fixture.given(village(proposed(P1, "2000.00"), approved(P1), proposed(P2, "2000.00"), approved(P2),
                        committed(P2, "C1", "700.00", part(F1, "700.00"))))
                .when(commit(P1, "C1", "300.01", F1))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.RULE, "INSUFFICIENT_VILLAGE_BALANCE"))
                .expectExceptionMessage(containsString("holds only 300.00 of fund F1"))
                .expectNoEvents();
    }

    @Test
    void rejectsCommitmentBeyondTheBudget() {
        fixture.given(projectIn(APPROVED))
                .andGiven(committed(P1, "C1", "400.00", part(F1, "400.00")))
                .when(commit(P1, "C2", "200.01", F1))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.RULE, "BUDGET_EXCEEDED"))
                .expectExceptionMessage(containsString("budget of 600.00 with 400.00 committed"))
                .expectNoEvents();
    }

    @Test
    void commitmentUpToExactlyTheBudgetSucceeds() {
        fixture.given(projectIn(APPROVED))
                .andGiven(committed(P1, "C1", "400.00", part(F1, "400.00")))
                .when(commit(P1, "C2", "200.00", F1))
                .expectSuccessfulHandlerExecution()
                .expectEvents(committed(P1, "C2", "200.00", part(F1, "200.00")));
    }

    @Test
    void rejectsDuplicateCommitmentId() {
        fixture.given(projectIn(APPROVED))
                .andGiven(committed(P1, "C1", "100.00", part(F1, "100.00")))
                .when(commit(P1, "C1", "100.00", F1))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.CONFLICT, "DUPLICATE_ID"))
                .expectExceptionMessage(containsString("'C1'"))
                .expectNoEvents();
    }

    @Test
    void rejectsCommitmentToAProjectTheVillageDoesNotHave() {
        fixture.given(projectIn(APPROVED))
                .when(commit(ProjectId.of("P9"), "C1", "100.00", F1))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.NOT_FOUND, "PROJECT_NOT_FOUND"))
                .expectExceptionMessage(containsString("'P9'"))
                .expectNoEvents();
    }

    // ---- disbursements ------------------------------------------------------------------------------------

    @ParameterizedTest(name = "in {0}")
    @EnumSource(value = ProjectStatus.class, names = {"IN_PROGRESS", "COMPLETED", "ACCEPTED"})
    void disbursementPaysOutOfHeldMoney(ProjectStatus status) {
        fixture.given(projectHoldingMoneyIn(status))
                .when(disburse("D1", "200.00"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(disbursed("D1", "200.00", part(F1, "200.00")));
    }

    @ParameterizedTest(name = "in {0}")
    @EnumSource(value = ProjectStatus.class, names = {"IN_PROGRESS", "COMPLETED", "ACCEPTED"},
            mode = EnumSource.Mode.EXCLUDE)
    void rejectsDisbursementOutsideInProgressCompletedAndAccepted(ProjectStatus status) {
        fixture.given(projectHoldingMoneyIn(status))
                .when(disburse("D1", "200.00"))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.RULE, "ILLEGAL_TRANSITION"))
                .expectExceptionMessage(containsString("is " + status + "; cannot pay out"))
                .expectNoEvents();
    }

    @Test
    void rejectsDisbursementBeyondTheMoneyStillHeld() {
        List<Object> given = projectHoldingMoneyIn(IN_PROGRESS);
        given.add(disbursed("D1", "200.00", part(F1, "200.00")));

        fixture.given(given)
                .when(disburse("D2", "300.01"))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.RULE, "INSUFFICIENT_PROJECT_FUNDS"))
                .expectExceptionMessage(containsString("holds only 300.00"))
                .expectNoEvents();
    }

    @Test
    void disbursementOfExactlyTheMoneyStillHeldSucceeds() {
        List<Object> given = projectHoldingMoneyIn(IN_PROGRESS);
        given.add(disbursed("D1", "200.00", part(F1, "200.00")));

        fixture.given(given)
                .when(disburse("D2", "300.00"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(disbursed("D2", "300.00", part(F1, "300.00")));
    }

    @Test
    void rejectsDisbursementFromAProjectThatHoldsNothing() {
        fixture.given(projectIn(IN_PROGRESS))
                .when(disburse("D1", "0.01"))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.RULE, "INSUFFICIENT_PROJECT_FUNDS"))
                .expectExceptionMessage(containsString("holds only 0.00"))
                .expectNoEvents();
    }

    /** F2 committed first (C1 300.00), then F1 (C2 500.00); work started. */
    private static List<Object> twoCommitmentsFromDifferentFunds() {
        return new ArrayList<>(List.of(registered(), received(F1, "A1", "1000.00"), received(F2, "A2", "1000.00"),
                proposed(P1, "2000.00"), approved(P1),
                committed(P1, "C1", "300.00", part(F2, "300.00")),
                committed(P1, "C2", "500.00", part(F1, "500.00")),
                started(P1)));
    }

    @Test
    void disbursementTakesTheOldestCommitmentFirst() {
        fixture.given(twoCommitmentsFromDifferentFunds())
                .when(disburse("D1", "400.00"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(disbursed("D1", "400.00", part(F2, "300.00"), part(F1, "100.00")));
    }

    @Test
    void laterDisbursementContinuesWhereTheLastStopped() {
        List<Object> given = twoCommitmentsFromDifferentFunds();
        given.add(disbursed("D1", "200.00", part(F2, "200.00")));

        fixture.given(given)
                .when(disburse("D2", "300.00"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(disbursed("D2", "300.00", part(F2, "100.00"), part(F1, "200.00")));
    }

    @Test
    void rejectsDuplicateDisbursementId() {
        List<Object> given = projectHoldingMoneyIn(IN_PROGRESS);
        given.add(disbursed("D1", "100.00", part(F1, "100.00")));

        fixture.given(given)
                .when(disburse("D1", "100.00"))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.CONFLICT, "DUPLICATE_ID"))
                .expectExceptionMessage(containsString("'D1'"))
                .expectNoEvents();
    }

    // ---- cancellation releases held money -----------------------------------------------------------------

    @Test
    void cancellingReleasesWhatIsStillHeldPerFundInCommitmentOrder() {
        List<Object> given = twoCommitmentsFromDifferentFunds();
        given.add(disbursed("D1", "200.00", part(F2, "200.00")));

        fixture.given(given)
                .when(cancel(P1))
                .expectSuccessfulHandlerExecution()
                .expectEvents(cancelled(P1, part(F2, "100.00"), part(F1, "500.00")))
                .expectResultMessagePayload(CANCELLED);
    }

    @Test
    void cancellingASuspendedProjectReleasesItsMoney() {
        fixture.given(projectHoldingMoneyIn(SUSPENDED))
                .when(cancel(P1))
                .expectSuccessfulHandlerExecution()
                .expectEvents(cancelled(P1, part(F1, "500.00")))
                .expectResultMessagePayload(CANCELLED);
    }

    /** All 500.00 of F1 went to P1, which paid 200.00 and was cancelled; P2 is approved. */
    private static List<Object> moneyReleasedByACancelledProject() {
        return List.of(registered(), received(F1, "A1", "500.00"),
                proposed(P1, "600.00"), approved(P1), committed(P1, "C1", "500.00", part(F1, "500.00")),
                started(P1), disbursed("D1", "200.00", part(F1, "200.00")),
                cancelled(P1, part(F1, "300.00")),
                proposed(P2, "600.00"), approved(P2));
    }

    @Test
    void villageCanCommitMoneyReleasedByACancelledProjectToAnotherProject() {
        fixture.given(moneyReleasedByACancelledProject())
                .when(commit(P2, "C2", "300.00", F1))
                .expectSuccessfulHandlerExecution()
                .expectEvents(committed(P2, "C2", "300.00", part(F1, "300.00")));
    }

    @Test
    void cancellationReleasesNoMoreThanWasStillHeld() {
        fixture.given(moneyReleasedByACancelledProject())
                .when(commit(P2, "C2", "300.01", null))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.RULE, "INSUFFICIENT_VILLAGE_BALANCE"))
                .expectExceptionMessage(containsString("holds only 300.00"))
                .expectNoEvents();
    }

    @Test
    void rejectsCancellingACancelledProjectSoItsMoneyIsNotReleasedTwice() {
        fixture.given(moneyReleasedByACancelledProject())
                .when(cancel(P1))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.RULE, "ILLEGAL_TRANSITION"))
                .expectNoEvents();
    }

    // ---- milestones ---------------------------------------------------------------------------------------

    @Test
    void reportingAMilestoneOfAProjectInProgressEmitsMilestoneReported() {
        fixture.given(projectIn(IN_PROGRESS))
                .when(report("M1", 40))
                .expectSuccessfulHandlerExecution()
                .expectEvents(milestone("M1", 40));
    }

    @Test
    void resumedProjectTakesMilestonesAgain() {
        List<Object> given = projectIn(SUSPENDED);
        given.add(resumed(P1));

        fixture.given(given)
                .when(report("M1", 40))
                .expectSuccessfulHandlerExecution()
                .expectEvents(milestone("M1", 40));
    }

    @ParameterizedTest(name = "in {0}")
    @EnumSource(value = ProjectStatus.class, names = "IN_PROGRESS", mode = EnumSource.Mode.EXCLUDE)
    void rejectsMilestoneOfAProjectNotInProgress(ProjectStatus status) {
        fixture.given(projectIn(status))
                .when(report("M1", 40))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.RULE, "ILLEGAL_TRANSITION"))
                .expectExceptionMessage(containsString("is " + status + "; cannot report a milestone"))
                .expectNoEvents();
    }

    @Test
    void milestoneWithTheSameProgressAsTheLastSucceeds() {
        List<Object> given = projectIn(IN_PROGRESS);
        given.add(milestone("M1", 40));

        fixture.given(given)
                .when(report("M2", 40))
                .expectSuccessfulHandlerExecution()
                .expectEvents(milestone("M2", 40));
    }

    @Test
    void rejectsMilestoneWithLowerProgressThanTheLast() {
        List<Object> given = projectIn(IN_PROGRESS);
        given.add(milestone("M1", 40));

        fixture.given(given)
                .when(report("M2", 39))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.RULE, "PROGRESS_DECREASED"))
                .expectExceptionMessage(containsString("already 40%"))
                .expectNoEvents();
    }

    @Test
    void rejectsDuplicateMilestoneId() {
        List<Object> given = projectIn(IN_PROGRESS);
        given.add(milestone("M1", 40));

        fixture.given(given)
                .when(report("M1", 60))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.CONFLICT, "DUPLICATE_ID"))
                .expectExceptionMessage(containsString("'M1'"))
                .expectNoEvents();
    }

    // ---- collective income --------------------------------------------------------------------------------

    @Test
    void incomeWithoutAssetProjectEmitsCollectiveIncomeRecorded() {
        fixture.given(registered())
                .when(income("I1", "1200.00", null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(incomeRecorded("I1", "1200.00", null));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ProjectStatus.class, names = {"COMPLETED", "ACCEPTED"})
    void incomeMayNameAnAssetProjectThatIsFinished(ProjectStatus status) {
        fixture.given(projectIn(status))
                .when(income("I1", "1200.00", P1))
                .expectSuccessfulHandlerExecution()
                .expectEvents(incomeRecorded("I1", "1200.00", P1));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ProjectStatus.class, names = {"COMPLETED", "ACCEPTED"}, mode = EnumSource.Mode.EXCLUDE)
    void rejectsIncomeNamingAnAssetProjectThatIsNotFinished(ProjectStatus status) {
        fixture.given(projectIn(status))
                .when(income("I1", "1200.00", P1))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.RULE, "ASSET_PROJECT_NOT_EARNING"))
                .expectExceptionMessage(containsString("'P1' is " + status))
                .expectNoEvents();
    }

    @Test
    void rejectsIncomeNamingAProjectTheVillageDoesNotHave() {
        fixture.given(projectIn(COMPLETED))
                .when(income("I1", "1200.00", ProjectId.of("P9")))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.RULE, "ASSET_PROJECT_NOT_EARNING"))
                .expectExceptionMessage(containsString("'P9' is not one of its projects"))
                .expectNoEvents();
    }

    @Test
    void rejectsDuplicateIncomeId() {
        fixture.given(registered(), incomeRecorded("I1", "1200.00", null))
                .when(income("I1", "1200.00", null))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.CONFLICT, "DUPLICATE_ID"))
                .expectExceptionMessage(containsString("'I1'"))
                .expectNoEvents();
    }

    @Test
    void rejectsIncomeWithTheIdOfASpending() {
        fixture.given(registered(), incomeRecorded("I1", "1200.00", null), spendingRecorded("S1", "100.00"))
                .when(income("S1", "1200.00", null))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.CONFLICT, "DUPLICATE_ID"))
                .expectExceptionMessage(containsString("'S1'"))
                .expectNoEvents();
    }

    // ---- collective spending ------------------------------------------------------------------------------

    @Test
    void spendingWithinTheCollectiveBalanceEmitsCollectiveSpendingRecorded() {
        fixture.given(registered(), incomeRecorded("I1", "500.00", null))
                .when(spend("S1", "200.00"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(spendingRecorded("S1", "200.00"));
    }

    @Test
    void spendingExactlyTheCollectiveBalanceSucceeds() {
        fixture.given(registered(), incomeRecorded("I1", "500.00", null))
                .when(spend("S1", "500.00"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(spendingRecorded("S1", "500.00"));
    }

    @Test
    void rejectsSpendingBeyondTheCollectiveBalance() {
        fixture.given(registered(), incomeRecorded("I1", "500.00", null))
                .when(spend("S1", "500.01"))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.RULE, "INSUFFICIENT_COLLECTIVE_BALANCE"))
                .expectExceptionMessage(containsString("holds only 500.00"))
                .expectNoEvents();
    }

    @Test
    void rejectsSpendingOfMoneyAlreadySpent() {
        fixture.given(registered(), incomeRecorded("I1", "500.00", null), spendingRecorded("S1", "200.00"))
                .when(spend("S2", "300.01"))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.RULE, "INSUFFICIENT_COLLECTIVE_BALANCE"))
                .expectExceptionMessage(containsString("holds only 300.00"))
                .expectNoEvents();
    }

    @Test
    void rejectsSpendingFromAnEmptyCollectiveAccount() {
        fixture.given(registered())
                .when(spend("S1", "0.01"))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.RULE, "INSUFFICIENT_COLLECTIVE_BALANCE"))
                .expectExceptionMessage(containsString("holds only 0.00"))
                .expectNoEvents();
    }

    @Test
    void spendingIsNotPaidOutOfPovertyFundMoney() {
        // The village holds 1000.00 of F1, but collective spending only draws on the collective account.
        fixture.given(village())
                .when(spend("S1", "0.01"))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.RULE, "INSUFFICIENT_COLLECTIVE_BALANCE"))
                .expectNoEvents();
    }

    @Test
    void rejectsSpendingWithTheIdOfAnIncome() {
        fixture.given(registered(), incomeRecorded("I1", "500.00", null))
                .when(spend("I1", "100.00"))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.CONFLICT, "DUPLICATE_ID"))
                .expectExceptionMessage(containsString("'I1'"))
                .expectNoEvents();
    }

    @Test
    void rejectsDuplicateSpendingId() {
        fixture.given(registered(), incomeRecorded("I1", "500.00", null), spendingRecorded("S1", "100.00"))
                .when(spend("S1", "100.00"))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.CONFLICT, "DUPLICATE_ID"))
                .expectExceptionMessage(containsString("'S1'"))
                .expectNoEvents();
    }
}
