package org.fupin.ledger.command.project;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fupin.ledger.command.AggregateDirectory;
import org.fupin.ledger.command.CommandRefused.Refusal;
import org.fupin.ledger.command.CommandRefused.Refusal.Kind;
import org.fupin.ledger.command.approval.ApprovalThreshold;
import org.fupin.ledger.command.village.Village;
import org.fupin.ledger.shared.EventMetadata;
import org.fupin.ledger.shared.FundAmount;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;
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
import org.fupin.ledger.shared.project.PaymentAdvance;
import org.fupin.ledger.shared.project.ProjectApproved;
import org.fupin.ledger.shared.project.ProjectProposed;
import org.fupin.ledger.shared.project.ProjectStarted;
import org.fupin.ledger.shared.project.ProjectSuspended;
import org.fupin.ledger.shared.project.ProjectType;
import org.fupin.ledger.shared.village.AllocationReceived;
import org.fupin.ledger.shared.village.VillageRegistered;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.fupin.ledger.command.Refusals.refusal;

/**
 * The two controls on a project's payments, on the village aggregate that holds the project: maker-checker
 * (threshold 500.00 here) and payment by verified progress (30 % advance here), with milestone verification.
 * The project has a budget of 1000.00, all of it committed from fund F1.
 */
class PaymentControlsTest {

    private static final VillageId VILLAGE = VillageId.of("V1");
    private static final ProjectId P1 = ProjectId.of("P1");
    private static final FundId F1 = FundId.of("F1");
    private static final String PAYEE = "武陵县路桥工程有限公司";
    private static final String VOUCHER = "记-2026-0042";
    private static final Map<String, String> MAKER = Map.of(EventMetadata.ACTOR, "finance");
    private static final Map<String, String> CHECKER = Map.of(EventMetadata.ACTOR, "finance2");
    private static final Map<String, String> INSPECTOR = Map.of(EventMetadata.ACTOR, "inspector");

    private AggregateTestFixture<Village> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(30);
    }

    private static AggregateTestFixture<Village> fixture(int advancePercent) {
        AggregateTestFixture<Village> fixture = new AggregateTestFixture<>(Village.class);
        fixture.registerInjectableResource((AggregateDirectory) id -> true);
        fixture.registerInjectableResource((ProjectRegistration) (projectId, villageId) -> { });
        fixture.registerInjectableResource(new ApprovalThreshold(Money.of("500.00")));
        fixture.registerInjectableResource(new PaymentAdvance(advancePercent));
        // Project has no equals(): see ProjectTest. Its state is checked through the commands that depend on it.
        fixture.registerIgnoredField(Village.class, "projects");
        return fixture;
    }

    /** Every entry here takes effect on one day; an approval is dated the same day. */
    private static final LocalDate ON = LocalDate.of(2026, 6, 1);

    /** The village with project P1 in progress, 1000.00 budget all committed, then {@code more}. */
    private static List<Object> projectInProgress(Object... more) {
        List<Object> events = new ArrayList<>(List.of(
                new VillageRegistered(VILLAGE, "石门村", "石门镇", "武陵县", 128, ""),
                new AllocationReceived(VILLAGE, F1, "A1", Money.of("1000.00"), "村道硬化", "县财〔2026〕7号", ON),
                new ProjectProposed(VILLAGE, P1, ProjectType.ROAD_HARDENING, "石门村通组道路硬化", Money.of("1000.00"),
                        LocalDate.of(2026, 4, 1), LocalDate.of(2026, 10, 31), Map.of()),
                new ProjectApproved(VILLAGE, P1, "同意立项"),
                new ProjectStarted(VILLAGE, P1, LocalDate.of(2026, 4, 8)),
                new FundsCommitted(VILLAGE, P1, "C1", Money.of("1000.00"), List.of(part("1000.00")), ON)));
        events.addAll(Arrays.asList(more));
        return events;
    }

    private static FundAmount part(String amount) {
        return new FundAmount(F1, Money.of(amount));
    }

    private static DisburseFunds disburse(String id, String amount) {
        return new DisburseFunds(VILLAGE, P1, id, Money.of(amount), PAYEE, VOUCHER, ON);
    }

    private static FundsDisbursed disbursed(String id, String amount) {
        return new FundsDisbursed(VILLAGE, P1, id, Money.of(amount), PAYEE, VOUCHER, List.of(part(amount)), ON);
    }

    private static DisbursementRequested requested(String id, String amount) {
        return new DisbursementRequested(VILLAGE, P1, id, Money.of(amount), PAYEE, VOUCHER, List.of(part(amount)),
                "finance", ON);
    }

    /** A milestone as the event store holds it: with its reporter in the metadata. */
    private static Object reported(String milestoneId, int percent) {
        return new GenericDomainEventMessage<>("Village", VILLAGE.toString(), 0,
                new MilestoneReported(VILLAGE, P1, milestoneId, "路基完工", LocalDate.of(2026, 6, 1), percent, "监理签字"),
                MetaData.with(EventMetadata.ACTOR, "secretary"));
    }

    private static MilestoneVerified verified(String milestoneId, MilestoneVerdict verdict, int percent) {
        return new MilestoneVerified(VILLAGE, P1, milestoneId, verdict, percent, "inspector", "现场核实");
    }

    private static Matcher<Refusal> payableNow(String amount) {
        return new TypeSafeMatcher<>(Refusal.class) {
            @Override
            protected boolean matchesSafely(Refusal refusal) {
                return "PAYMENT_AHEAD_OF_PROGRESS".equals(refusal.code()) && refusal.kind() == Kind.RULE
                        && amount.equals(refusal.facts().get("payableNow"));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("PAYMENT_AHEAD_OF_PROGRESS with payableNow " + amount);
            }
        };
    }

    // ---- payment by verified progress ---------------------------------------------------------------------

    @Test
    void paysTheAdvanceBeforeAnyProgressIsVerified() {
        fixture.given(projectInProgress())
                .when(disburse("D1", "300.00"), MAKER)
                .expectEvents(disbursed("D1", "300.00"));
    }

    @Test
    void refusesPaymentAheadOfVerifiedProgressWithWhatIsPayableNow() {
        fixture.given(projectInProgress(disbursed("D1", "100.00")))
                .when(disburse("D2", "200.01"), MAKER)
                .expectNoEvents()
                .expectExceptionDetails(payableNow("200.00"));
    }

    @Test
    void reportedButUnverifiedProgressDoesNotCount() {
        fixture.given(projectInProgress(reported("M1", 60)))
                .when(disburse("D1", "300.01"), MAKER)
                .expectNoEvents()
                .expectExceptionDetails(payableNow("300.00"));
    }

    @Test
    void confirmedProgressRaisesWhatMayBePaid() {
        fixture.given(projectInProgress(reported("M1", 40), verified("M1", MilestoneVerdict.CONFIRMED, 40)))
                .when(disburse("D1", "499.99"), MAKER)
                .expectEvents(disbursed("D1", "499.99"));
    }

    @Test
    void rejectedProgressDoesNotCount() {
        fixture.given(projectInProgress(reported("M1", 40), verified("M1", MilestoneVerdict.REJECTED, 40)))
                .when(disburse("D1", "300.01"), MAKER)
                .expectNoEvents()
                .expectExceptionDetails(payableNow("300.00"));
    }

    @Test
    void theHighestConfirmedMilestoneIsTheVerifiedProgress() {
        fixture.given(projectInProgress(reported("M1", 20), reported("M2", 50),
                        verified("M2", MilestoneVerdict.CONFIRMED, 50), verified("M1", MilestoneVerdict.CONFIRMED, 20)))
                .when(disburse("D1", "800.01"), MAKER)
                .expectNoEvents()
                .expectExceptionDetails(payableNow("800.00"));
    }

    @Test
    void pendingPaymentsCountAgainstTheCeiling() {
        fixture.given(projectInProgress(reported("M1", 40), verified("M1", MilestoneVerdict.CONFIRMED, 40),
                        requested("D1", "600.00")))
                .when(disburse("D2", "100.01"), MAKER)
                .expectNoEvents()
                .expectExceptionDetails(payableNow("100.00"));
    }

    @Test
    void aReversedPaymentFreesItsShareAgain() {
        fixture.given(projectInProgress(disbursed("D1", "300.00"),
                        new DisbursementReversed(VILLAGE, P1, "D1", "evt-1", Money.of("300.00"), List.of(part("300.00")),
                                "退票", ON)))
                .when(disburse("D2", "300.00"), MAKER)
                .expectEvents(disbursed("D2", "300.00"));
    }

    @Test
    void oneHundredPercentAdvanceTurnsTheGateOff() {
        fixture(100).given(projectInProgress())
                .when(disburse("D1", "499.00"), MAKER)
                .expectEvents(disbursed("D1", "499.00"));
    }

    // ---- milestone verification -------------------------------------------------------------------------------

    @Test
    void anInspectorConfirmsAMilestoneAtItsReportedProgress() {
        fixture.given(projectInProgress(reported("M1", 40)))
                .when(new VerifyMilestone(VILLAGE, P1, "M1", MilestoneVerdict.CONFIRMED, "现场核实"), INSPECTOR)
                .expectEvents(verified("M1", MilestoneVerdict.CONFIRMED, 40));
    }

    @Test
    void theReporterCannotVerifyTheirOwnMilestone() {
        fixture.given(projectInProgress(reported("M1", 40)))
                .when(new VerifyMilestone(VILLAGE, P1, "M1", MilestoneVerdict.CONFIRMED, null),
                        Map.of(EventMetadata.ACTOR, "secretary"))
                .expectNoEvents()
                .expectExceptionDetails(refusal(Kind.FORBIDDEN, "REPORTER_CANNOT_VERIFY"));
    }

    @Test
    void aMilestoneIsVerifiedOnce() {
        fixture.given(projectInProgress(reported("M1", 40), verified("M1", MilestoneVerdict.REJECTED, 40)))
                .when(new VerifyMilestone(VILLAGE, P1, "M1", MilestoneVerdict.CONFIRMED, null), CHECKER)
                .expectNoEvents()
                .expectExceptionDetails(refusal(Kind.CONFLICT, "MILESTONE_ALREADY_VERIFIED"));
    }

    @Test
    void verifyingAnUnknownMilestoneIsNotFound() {
        fixture.given(projectInProgress())
                .when(new VerifyMilestone(VILLAGE, P1, "M9", MilestoneVerdict.CONFIRMED, null), INSPECTOR)
                .expectNoEvents()
                .expectExceptionDetails(refusal(Kind.NOT_FOUND, "MILESTONE_NOT_FOUND"));
    }

    // ---- maker-checker ---------------------------------------------------------------------------------------

    private static List<Object> verifiedToSeventy(Object... more) {
        List<Object> events = projectInProgress(reported("M1", 70), verified("M1", MilestoneVerdict.CONFIRMED, 70));
        events.addAll(Arrays.asList(more));
        return events;
    }

    @Test
    void paymentAtTheThresholdIsOnlyRequested() {
        fixture.given(verifiedToSeventy())
                .when(disburse("D1", "500.00"), MAKER)
                .expectEvents(requested("D1", "500.00"));
    }

    @Test
    void aPendingPaymentIsReservedOutOfHeldMoney() {
        fixture.given(verifiedToSeventy(requested("D1", "600.00")))
                .when(disburse("D2", "400.01"), MAKER)
                .expectNoEvents()
                .expectExceptionDetails(refusal(Kind.RULE, "INSUFFICIENT_PROJECT_FUNDS"));
    }

    @Test
    void anotherOfficerApprovesAndOnlyThenThePayeeIsPaid() {
        fixture.given(verifiedToSeventy(requested("D1", "600.00")))
                .when(new ApproveDisbursement(VILLAGE, P1, "D1", "复核同意", ON), CHECKER)
                .expectEvents(new DisbursementApproved(VILLAGE, P1, "D1", Money.of("600.00"), List.of(part("600.00")),
                        "finance2", "复核同意"), disbursed("D1", "600.00"));
    }

    @Test
    void anApprovedPaymentIsNotTakenTwiceFromHeldMoney() {
        fixture.given(verifiedToSeventy(requested("D1", "600.00"),
                        new DisbursementApproved(VILLAGE, P1, "D1", Money.of("600.00"), List.of(part("600.00")),
                                "finance2", null), disbursed("D1", "600.00"), reported("M2", 100),
                        verified("M2", MilestoneVerdict.CONFIRMED, 100)))
                .when(disburse("D2", "400.00"), MAKER)
                .expectEvents(disbursed("D2", "400.00"));
    }

    @Test
    void theRequesterCannotApproveTheirOwnPayment() {
        fixture.given(verifiedToSeventy(requested("D1", "600.00")))
                .when(new ApproveDisbursement(VILLAGE, P1, "D1", null, ON), MAKER)
                .expectNoEvents()
                .expectExceptionDetails(refusal(Kind.FORBIDDEN, "SAME_USER"));
    }

    @Test
    void approvingTwiceIsAConflict() {
        fixture.given(verifiedToSeventy(requested("D1", "600.00"),
                        new DisbursementApproved(VILLAGE, P1, "D1", Money.of("600.00"), List.of(part("600.00")),
                                "finance2", null), disbursed("D1", "600.00")))
                .when(new ApproveDisbursement(VILLAGE, P1, "D1", null, ON), CHECKER)
                .expectNoEvents()
                .expectExceptionDetails(refusal(Kind.CONFLICT, "NOT_PENDING_APPROVAL"));
    }

    @Test
    void approvingAPaymentThatNeverNeededApprovalIsAConflict() {
        fixture.given(verifiedToSeventy(disbursed("D1", "100.00")))
                .when(new RejectDisbursement(VILLAGE, P1, "D1", "重复"), CHECKER)
                .expectNoEvents()
                .expectExceptionDetails(refusal(Kind.CONFLICT, "NOT_PENDING_APPROVAL"));
    }

    @Test
    void approvingAnUnknownPaymentIsNotFound() {
        fixture.given(verifiedToSeventy())
                .when(new ApproveDisbursement(VILLAGE, P1, "D9", null, ON), CHECKER)
                .expectNoEvents()
                .expectExceptionDetails(refusal(Kind.NOT_FOUND, "DISBURSEMENT_NOT_FOUND"));
    }

    @Test
    void rejectionReleasesTheReservation() {
        fixture.given(verifiedToSeventy(requested("D1", "600.00")))
                .when(new RejectDisbursement(VILLAGE, P1, "D1", "发票不符"), CHECKER)
                .expectEvents(new DisbursementRejected(VILLAGE, P1, "D1", Money.of("600.00"), List.of(part("600.00")),
                        "finance2", "发票不符"));
    }

    @Test
    void afterARejectionTheReservedMoneyCanBePaidElsewhere() {
        fixture.given(verifiedToSeventy(requested("D1", "600.00"),
                        new DisbursementRejected(VILLAGE, P1, "D1", Money.of("600.00"), List.of(part("600.00")),
                                "finance2", "发票不符")))
                .when(disburse("D2", "499.99"), MAKER)
                .expectEvents(disbursed("D2", "499.99"));
    }

    @Test
    void aSuspendedProjectCannotHaveAPaymentApproved() {
        fixture.given(verifiedToSeventy(requested("D1", "600.00"), new ProjectSuspended(VILLAGE, P1, "汛期停工")))
                .when(new ApproveDisbursement(VILLAGE, P1, "D1", null, ON), CHECKER)
                .expectNoEvents()
                .expectExceptionDetails(refusal(Kind.RULE, "ILLEGAL_TRANSITION"));
    }

    @Test
    void aProjectWithPendingPaymentsCannotBeCancelled() {
        fixture.given(verifiedToSeventy(requested("D1", "600.00")))
                .when(new CancelProject(VILLAGE, P1, "选址变更"), MAKER)
                .expectNoEvents()
                .expectExceptionDetails(refusal(Kind.RULE, "PAYMENTS_PENDING_APPROVAL"));
    }
}
