package org.fupin.ledger.command.village;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fupin.ledger.command.AggregateDirectory;
import org.fupin.ledger.command.CommandRefused;
import org.fupin.ledger.command.CommandRefused.Refusal.Kind;
import org.fupin.ledger.command.FundLots;
import org.fupin.ledger.command.SecretaryCommand;
import org.fupin.ledger.command.collective.RecordCollectiveIncome;
import org.fupin.ledger.command.collective.RecordCollectiveSpending;
import org.fupin.ledger.command.project.AcceptProject;
import org.fupin.ledger.command.project.ApproveProject;
import org.fupin.ledger.command.project.CommitFunds;
import org.fupin.ledger.command.project.CompleteProject;
import org.fupin.ledger.command.project.ProjectRegistration;
import org.fupin.ledger.command.project.ProposeProject;
import org.fupin.ledger.command.project.ReportMilestone;
import org.fupin.ledger.command.project.ResumeProject;
import org.fupin.ledger.command.project.StartProject;
import org.fupin.ledger.command.project.SuspendProject;
import org.fupin.ledger.shared.EventMetadata;
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
import org.fupin.ledger.shared.project.MilestoneReported;
import org.fupin.ledger.shared.project.ProjectAccepted;
import org.fupin.ledger.shared.project.ProjectApproved;
import org.fupin.ledger.shared.project.ProjectCompleted;
import org.fupin.ledger.shared.project.ProjectProposed;
import org.fupin.ledger.shared.project.ProjectResumed;
import org.fupin.ledger.shared.project.ProjectStarted;
import org.fupin.ledger.shared.project.ProjectSuspended;
import org.fupin.ledger.shared.project.ProjectType;
import org.fupin.ledger.shared.village.AllocationReceived;
import org.fupin.ledger.shared.village.FundsReturned;
import org.fupin.ledger.shared.village.SecretaryAssigned;
import org.fupin.ledger.shared.village.SecretaryRecalled;
import org.fupin.ledger.shared.village.VillageRegistered;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupin.ledger.command.Refusals.refusal;
import static org.hamcrest.CoreMatchers.containsString;

class VillageTest {

    private static final VillageId VILLAGE = VillageId.of("V1");
    private static final FundId F1 = FundId.of("F1");
    private static final FundId F2 = FundId.of("F2");
    private static final String PURPOSE = "村道硬化";
    private static final String DOCUMENT = "县财〔2026〕7号";
    private static final String REASON = "项目结余";

    /** Aggregate identifiers ({@code "fund:F1"}) the directory reports as existing. */
    private final Set<String> knownIds = new HashSet<>();
    /** Every id the village asked the directory about, as passed. */
    private final List<Object> askedIds = new ArrayList<>();
    private AggregateTestFixture<Village> fixture;

    @BeforeEach
    void setUp() {
        knownIds.add(F1.toString());
        knownIds.add(F2.toString());
        fixture = new AggregateTestFixture<>(Village.class);
        fixture.registerInjectableResource((AggregateDirectory) id -> {
            askedIds.add(id);
            return knownIds.contains(id.toString());
        });
        fixture.registerInjectableResource((ProjectRegistration) (projectId, villageId) -> { });
        // Project entities have no equals(), so the fixture cannot compare the projects map it rebuilds from the
        // events (as in ProjectTest); the events each command applies are compared exactly.
        fixture.registerIgnoredField(Village.class, "projects");
        // The lots of a village's account have no equals(), so the fixture's check that event sourcing rebuilds
        // the same state cannot compare them; the balance rules below check the account through behaviour.
    }

    private static VillageRegistered registered() {
        return new VillageRegistered(VILLAGE, "石门村", "石门镇", "武陵县", 128, "");
    }

    private static ReceiveAllocation receive(FundId fundId, String allocationId, String amount) {
        return new ReceiveAllocation(VILLAGE, fundId, allocationId, Money.of(amount), PURPOSE, DOCUMENT, null);
    }

    private static AllocationReceived received(FundId fundId, String allocationId, String amount) {
        return new AllocationReceived(VILLAGE, fundId, allocationId, Money.of(amount), PURPOSE, DOCUMENT, null);
    }

    private static ReturnFunds giveBack(String returnId, FundId fundId, String amount) {
        return new ReturnFunds(VILLAGE, returnId, fundId, Money.of(amount), REASON, null);
    }

    private static FundsReturned returned(String returnId, FundId fundId, String amount) {
        return new FundsReturned(VILLAGE, returnId, fundId, Money.of(amount), REASON, null);
    }

    @Test
    void registeringEmitsVillageRegistered() {
        fixture.givenNoPriorActivity()
                .when(new RegisterVillage(VILLAGE, "石门村", "石门镇", "武陵县", 128, ""))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered());
    }

    @Test
    void receivingAnAllocationEmitsAllocationReceived() {
        fixture.given(registered())
                .when(receive(F1, "A1", "500.00"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(received(F1, "A1", "500.00"));
    }

    @Test
    void ignoresTheSameAllocationDeliveredTwice() {
        fixture.given(registered(), received(F1, "A1", "500.00"))
                .when(receive(F1, "A1", "500.00"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void creditsARedeliveredAllocationOnlyOnce() {
        fixture.given(registered())
                .andGivenCommands(receive(F1, "A1", "500.00"), receive(F1, "A1", "500.00"))
                .when(giveBack("R1", F1, "500.01"))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.RULE, "INSUFFICIENT_VILLAGE_BALANCE"))
                .expectExceptionMessage(containsString("holds only 500.00 of fund F1"))
                .expectNoEvents();
    }

    @Test
    void creditsTheSameAllocationIdFromAnotherFund() {
        fixture.given(registered(), received(F1, "A1", "500.00"))
                .when(receive(F2, "A1", "200.00"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(received(F2, "A1", "200.00"));
    }

    @Test
    void returnWithinTheFundsMoneyEmitsFundsReturned() {
        fixture.given(registered(), received(F1, "A1", "500.00"))
                .when(giveBack("R1", F1, "200.00"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(returned("R1", F1, "200.00"));

        assertThat(askedIds).containsExactly(F1);
    }

    @Test
    void returnOfEverythingHeldOfTheFundSucceeds() {
        fixture.given(registered(), received(F1, "A1", "300.00"), received(F2, "A2", "900.00"),
                        received(F1, "A3", "200.00"))
                .when(giveBack("R1", F1, "500.00"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(returned("R1", F1, "500.00"));
    }

    @Test
    void rejectsReturnBeyondWhatTheVillageHoldsOfThatFundEvenWhenAnotherFundCovers() {
        fixture.given(registered(), received(F1, "A1", "100.00"), received(F2, "A2", "1000.00"))
                .when(giveBack("R1", F1, "100.01"))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.RULE, "INSUFFICIENT_VILLAGE_BALANCE"))
                .expectExceptionMessage(containsString("holds only 100.00 of fund F1"))
                .expectNoEvents();
    }

    @Test
    void rejectsReturnOfMoneyAlreadyReturned() {
        fixture.given(registered(), received(F1, "A1", "500.00"), returned("R1", F1, "300.00"))
                .when(giveBack("R2", F1, "200.01"))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.RULE, "INSUFFICIENT_VILLAGE_BALANCE"))
                .expectExceptionMessage(containsString("holds only 200.00 of fund F1"))
                .expectNoEvents();
    }

    @Test
    void returnsWhatIsLeftAfterAnEarlierReturn() {
        fixture.given(registered(), received(F1, "A1", "500.00"), returned("R1", F1, "300.00"))
                .when(giveBack("R2", F1, "200.00"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(returned("R2", F1, "200.00"));
    }

    @Test
    void rejectsReturnOfAFundTheVillageNeverReceived() {
        fixture.given(registered(), received(F1, "A1", "500.00"))
                .when(giveBack("R1", F2, "0.01"))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.RULE, "INSUFFICIENT_VILLAGE_BALANCE"))
                .expectNoEvents();
    }

    @Test
    void rejectsDuplicateReturnId() {
        fixture.given(registered(), received(F1, "A1", "500.00"), returned("R1", F1, "100.00"))
                .when(giveBack("R1", F1, "100.00"))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.CONFLICT, "DUPLICATE_ID"))
                .expectExceptionMessage(containsString("'R1'"))
                .expectNoEvents();
    }

    @Test
    void rejectsReturnToUnknownFund() {
        // A village with the same client id exists: only a fund counts.
        FundId unknown = FundId.of("F9");
        knownIds.add(VillageId.of("F9").toString());

        fixture.given(registered(), received(F1, "A1", "500.00"))
                .when(giveBack("R1", unknown, "100.00"))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.NOT_FOUND, "FUND_NOT_FOUND"))
                .expectExceptionMessage(containsString("'F9'"))
                .expectNoEvents();

        assertThat(askedIds).containsExactly(unknown);
    }

    private static final java.time.LocalDate SINCE = java.time.LocalDate.parse("2026-03-01");

    private static SecretaryAssigned assigned(String username) {
        return new SecretaryAssigned(VILLAGE, username, "李明", "省农业农村厅", SINCE);
    }

    private static MetaData sentBy(String username, String role) {
        return MetaData.with(EventMetadata.ACTOR, username).and(EventMetadata.ROLE, role);
    }

    @Test
    void assignsAndRecallsAFirstSecretary() {
        fixture.given(registered())
                .when(new AssignSecretary(VILLAGE, "liming", "李明", "省农业农村厅", SINCE))
                .expectEvents(assigned("liming"));
        fixture.given(registered(), assigned("liming"))
                .when(new RecallSecretary(VILLAGE, "liming", SINCE.plusYears(2), "任期届满"))
                .expectEvents(new SecretaryRecalled(VILLAGE, "liming", SINCE.plusYears(2), "任期届满"));
    }

    @Test
    void refusesToAssignTheSameSecretaryTwiceOrRecallOneNotAssigned() {
        fixture.given(registered(), assigned("liming"))
                .when(new AssignSecretary(VILLAGE, "liming", "李明", "省农业农村厅", SINCE))
                .expectNoEvents()
                .expectExceptionDetails(refusal(Kind.RULE, "SECRETARY_ALREADY_ASSIGNED"));
        fixture.given(registered(), assigned("liming"), new SecretaryRecalled(VILLAGE, "liming", SINCE, "调离"))
                .when(new RecallSecretary(VILLAGE, "liming", SINCE, "调离"))
                .expectNoEvents()
                .expectExceptionDetails(refusal(Kind.RULE, "SECRETARY_NOT_ASSIGNED"));
    }

    @Test
    void aSecretaryActsOnlyForTheVillagesTheyAreAssignedTo() {
        fixture.given(registered(), assigned("liming"), received(F1, "A1", "500.00"))
                .when(giveBack("R1", F1, "100.00"), sentBy("wangfang", "SECRETARY"))
                .expectNoEvents()
                .expectExceptionDetails(refusal(Kind.FORBIDDEN, "NOT_YOUR_VILLAGE"));
        fixture.given(registered(), assigned("liming"), received(F1, "A1", "500.00"))
                .when(giveBack("R1", F1, "100.00"), sentBy("liming", "SECRETARY"))
                .expectEvents(returned("R1", F1, "100.00"));
        fixture.given(registered(), assigned("liming"), new SecretaryRecalled(VILLAGE, "liming", SINCE, "调离"),
                        received(F1, "A1", "500.00"))
                .when(giveBack("R1", F1, "100.00"), sentBy("liming", "SECRETARY"))
                .expectNoEvents()
                .expectExceptionDetails(refusal(Kind.FORBIDDEN, "NOT_YOUR_VILLAGE"));
        fixture.given(registered(), received(F1, "A1", "500.00"))
                .when(giveBack("R1", F1, "100.00"), sentBy("zhaolei", "FINANCE_OFFICER"))
                .expectEvents(returned("R1", F1, "100.00"));
    }

    // ---- several roles: SECRETARY reaches only its holder's villages, whatever else they hold ---------------

    private static final ProjectId P1 = ProjectId.of("P1");
    private static final java.time.LocalDate DAY = java.time.LocalDate.parse("2026-05-01");
    private static final List<String> SECRETARY_AND_ANOTHER = List.of("SECRETARY,INSPECTOR", "FINANCE_OFFICER,SECRETARY",
            "SECRETARY,ADMIN", "INSPECTOR,SECRETARY,FINANCE_OFFICER");

    /** A command, the village's history that lets it succeed, and the event it then applies. */
    private record Case(Object command, List<Object> given, Object expected) {
    }

    /** The project P1 of VILLAGE, proposed and then taken through {@code steps}. */
    private static List<Object> projectAfter(Object... steps) {
        List<Object> events = new ArrayList<>(List.of(registered(), received(F1, "A1", "500.00"),
                new ProjectProposed(VILLAGE, P1, ProjectType.ROAD_HARDENING, "通组路", Money.of("400.00"), DAY,
                        DAY.plusMonths(6), Map.of())));
        events.addAll(List.of(steps));
        return events;
    }

    /** Every command only the SECRETARY role may send, each in a state where it succeeds. */
    private static List<Case> secretaryOnlyCommands() {
        ProjectApproved approved = new ProjectApproved(VILLAGE, P1, "同意");
        ProjectStarted started = new ProjectStarted(VILLAGE, P1, DAY);
        return List.of(
                new Case(new ProposeProject(VILLAGE, ProjectId.of("P2"), ProjectType.BAKING_ROOM, "烤房", Money.of("90.00"),
                        DAY, DAY.plusMonths(2), Map.of()), List.of(registered()),
                        new ProjectProposed(VILLAGE, ProjectId.of("P2"), ProjectType.BAKING_ROOM, "烤房", Money.of("90.00"),
                                DAY, DAY.plusMonths(2), Map.of())),
                new Case(new StartProject(VILLAGE, P1, DAY), projectAfter(approved), started),
                new Case(new ReportMilestone(VILLAGE, P1, "M1", "路基", DAY, 30, "ok"), projectAfter(approved, started),
                        new MilestoneReported(VILLAGE, P1, "M1", "路基", DAY, 30, "ok")),
                new Case(new CompleteProject(VILLAGE, P1, DAY), projectAfter(approved, started),
                        new ProjectCompleted(VILLAGE, P1, DAY)),
                new Case(new SuspendProject(VILLAGE, P1, "汛期"), projectAfter(approved, started),
                        new ProjectSuspended(VILLAGE, P1, "汛期")),
                new Case(new ResumeProject(VILLAGE, P1, "复工"),
                        projectAfter(approved, started, new ProjectSuspended(VILLAGE, P1, "汛期")),
                        new ProjectResumed(VILLAGE, P1, "复工")),
                new Case(new RecordCollectiveIncome(VILLAGE, "I1", Money.of("50.00"), IncomeCategory.PHOTOVOLTAIC, null,
                        "2026-05", "R1", null), List.of(registered()),
                        new CollectiveIncomeRecorded(VILLAGE, "I1", Money.of("50.00"), IncomeCategory.PHOTOVOLTAIC, null,
                                "2026-05", "R1", null)),
                new Case(new RecordCollectiveSpending(VILLAGE, "S1", Money.of("20.00"), SpendingPurpose.MAINTENANCE, "修", null),
                        List.of(registered(), new CollectiveIncomeRecorded(VILLAGE, "I1", Money.of("50.00"),
                                IncomeCategory.PHOTOVOLTAIC, null, "2026-05", "R1", null)),
                        new CollectiveSpendingRecorded(VILLAGE, "S1", Money.of("20.00"), SpendingPurpose.MAINTENANCE, "修", null)));
    }

    private static List<Object> plus(List<Object> events, Object more) {
        List<Object> all = new ArrayList<>(events);
        all.add(more);
        return all;
    }

    @Test
    void aSecretaryWithAnotherRoleIsRefusedEverySecretaryCommandOutsideTheirVillages() {
        assertThat(secretaryOnlyCommands()).hasSize(8).allMatch(c -> c.command() instanceof SecretaryCommand);
        for (String roles : SECRETARY_AND_ANOTHER) {
            for (Case refused : secretaryOnlyCommands()) {
                fixture.given(plus(refused.given(), assigned("liming")))
                        .when(refused.command(), sentBy("multi", roles))
                        .expectNoEvents()
                        .expectExceptionDetails(refusal(Kind.FORBIDDEN, "NOT_YOUR_VILLAGE"));
            }
        }
    }

    @Test
    void aSecretaryWithAnotherRoleSendsEverySecretaryCommandInTheirOwnVillage() {
        for (String roles : SECRETARY_AND_ANOTHER) {
            for (Case allowed : secretaryOnlyCommands()) {
                fixture.given(plus(allowed.given(), assigned("multi")))
                        .when(allowed.command(), sentBy("multi", roles))
                        .expectSuccessfulHandlerExecution()
                        .expectEvents(allowed.expected());
            }
        }
    }

    @Test
    void aFinanceOfficerWhoIsAlsoASecretaryCommitsApprovesAndReturnsInAnyVillage() {
        MetaData secretaryAndFinance = sentBy("multi", "SECRETARY,FINANCE_OFFICER");
        fixture.given(projectAfter(new ProjectApproved(VILLAGE, P1, "同意")))
                .when(new CommitFunds(VILLAGE, P1, "C1", Money.of("100.00"), F1, null), secretaryAndFinance)
                .expectEvents(new FundsCommitted(VILLAGE, P1, "C1", Money.of("100.00"),
                        List.of(new FundAmount(F1, Money.of("100.00"))), null));
        fixture.given(projectAfter())
                .when(new ApproveProject(VILLAGE, P1, "同意"), secretaryAndFinance)
                .expectEvents(new ProjectApproved(VILLAGE, P1, "同意"));
        fixture.given(registered(), received(F1, "A1", "500.00"))
                .when(giveBack("R1", F1, "100.00"), secretaryAndFinance)
                .expectEvents(returned("R1", F1, "100.00"));
    }

    @Test
    void anInspectorWhoIsAlsoASecretaryAcceptsInAnyVillage() {
        ProjectStarted started = new ProjectStarted(VILLAGE, P1, DAY);
        fixture.given(projectAfter(new ProjectApproved(VILLAGE, P1, "同意"), started, new ProjectCompleted(VILLAGE, P1, DAY)))
                .when(new AcceptProject(VILLAGE, P1, DAY, "合格"), sentBy("multi", "SECRETARY,INSPECTOR"))
                .expectEvents(new ProjectAccepted(VILLAGE, P1, DAY, "合格"));
    }
}
