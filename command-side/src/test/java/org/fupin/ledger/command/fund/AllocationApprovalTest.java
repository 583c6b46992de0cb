package org.fupin.ledger.command.fund;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fupin.ledger.command.AggregateDirectory;
import org.fupin.ledger.command.CommandRefused;
import org.fupin.ledger.command.CommandRefused.Refusal.Kind;
import org.fupin.ledger.command.approval.ApprovalThreshold;
import org.fupin.ledger.shared.EventMetadata;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.VillageId;
import org.fupin.ledger.shared.fund.AllocationApproved;
import org.fupin.ledger.shared.fund.AllocationRejected;
import org.fupin.ledger.shared.fund.AllocationRequested;
import org.fupin.ledger.shared.fund.FundLevel;
import org.fupin.ledger.shared.fund.FundSourceRegistered;
import org.fupin.ledger.shared.fund.FundsAllocated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.fupin.ledger.command.Refusals.refusal;

/** Maker-checker on a fund's large allocations: request, reservation, approval by another officer, rejection. */
class AllocationApprovalTest {

    private static final FundId FUND = FundId.of("F1");
    private static final VillageId V1 = VillageId.of("V1");
    private static final String PURPOSE = "村道硬化";
    private static final String DOCUMENT = "县财〔2026〕7号";
    private static final Map<String, String> MAKER = Map.of(EventMetadata.ACTOR, "finance");
    private static final Map<String, String> CHECKER = Map.of(EventMetadata.ACTOR, "finance2");

    private AggregateTestFixture<FundSource> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FundSource.class);
        fixture.registerInjectableResource((AggregateDirectory) id -> true);
        fixture.registerInjectableResource(new ApprovalThreshold(Money.of("500000.00")));
    }

    private static FundSourceRegistered registered(String amount) {
        return new FundSourceRegistered(FUND, "省级财政专项扶贫资金", FundLevel.PROVINCIAL, 2026, Money.of(amount),
                "晋财农〔2026〕12号");
    }

    /** Every entry here takes effect on one day; the approval is dated the same day. */
    private static final LocalDate ON = LocalDate.of(2026, 6, 1);

    private static AllocateFunds allocate(String allocationId, String amount) {
        return new AllocateFunds(FUND, allocationId, V1, Money.of(amount), PURPOSE, DOCUMENT, ON);
    }

    private static AllocationRequested requested(String allocationId, String amount) {
        return new AllocationRequested(FUND, allocationId, V1, Money.of(amount), PURPOSE, DOCUMENT, "finance", ON);
    }

    private static FundsAllocated allocated(String allocationId, String amount) {
        return new FundsAllocated(FUND, allocationId, V1, Money.of(amount), PURPOSE, DOCUMENT, ON);
    }

    @Test
    void allocationBelowTheThresholdIsAllocatedAtOnce() {
        fixture.given(registered("2000000.00"))
                .when(allocate("A1", "499999.99"), MAKER)
                .expectEvents(allocated("A1", "499999.99"));
    }

    @Test
    void allocationAtTheThresholdIsOnlyRequested() {
        fixture.given(registered("2000000.00"))
                .when(allocate("A1", "500000.00"), MAKER)
                .expectEvents(requested("A1", "500000.00"));
    }

    @Test
    void pendingAllocationIsReservedSoNoOtherAllocationCanTakeIt() {
        fixture.given(registered("1000000.00"), requested("A1", "600000.00"))
                .when(allocate("A2", "400000.01"), MAKER)
                .expectNoEvents()
                .expectExceptionDetails(refusal(Kind.RULE, "INSUFFICIENT_FUND_BALANCE"));
    }

    @Test
    void whatIsLeftBesideTheReservationCanStillBeAllocated() {
        fixture.given(registered("1000000.00"), requested("A1", "600000.00"))
                .when(allocate("A2", "400000.00"), MAKER)
                .expectEvents(allocated("A2", "400000.00"));
    }

    @Test
    void anotherOfficerApprovesAndOnlyThenTheMoneyIsAllocated() {
        fixture.given(registered("1000000.00"), requested("A1", "600000.00"))
                .when(new ApproveAllocation(FUND, "A1", "复核同意", ON), CHECKER)
                .expectEvents(new AllocationApproved(FUND, "A1", V1, Money.of("600000.00"), "finance2", "复核同意"),
                        allocated("A1", "600000.00"));
    }

    @Test
    void approvalDoesNotTakeTheMoneyTwice() {
        fixture.given(registered("1000000.00"), requested("A1", "600000.00"),
                        new AllocationApproved(FUND, "A1", V1, Money.of("600000.00"), "finance2", null),
                        allocated("A1", "600000.00"))
                .when(allocate("A2", "400000.00"), MAKER)
                .expectEvents(allocated("A2", "400000.00"));
    }

    @Test
    void requesterCannotApproveTheirOwnAllocation() {
        fixture.given(registered("1000000.00"), requested("A1", "600000.00"))
                .when(new ApproveAllocation(FUND, "A1", null, ON), MAKER)
                .expectNoEvents()
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.FORBIDDEN, "SAME_USER"));
    }

    @Test
    void requesterCannotRejectTheirOwnAllocation() {
        fixture.given(registered("1000000.00"), requested("A1", "600000.00"))
                .when(new RejectAllocation(FUND, "A1", "金额有误"), MAKER)
                .expectNoEvents()
                .expectExceptionDetails(refusal(Kind.FORBIDDEN, "SAME_USER"));
    }

    @Test
    void approvingTwiceIsAConflict() {
        fixture.given(registered("1000000.00"), requested("A1", "600000.00"),
                        new AllocationApproved(FUND, "A1", V1, Money.of("600000.00"), "finance2", null),
                        allocated("A1", "600000.00"))
                .when(new ApproveAllocation(FUND, "A1", null, ON), Map.of(EventMetadata.ACTOR, "finance3"))
                .expectNoEvents()
                .expectExceptionDetails(refusal(Kind.CONFLICT, "NOT_PENDING_APPROVAL"));
    }

    @Test
    void approvingAnAllocationThatNeverNeededApprovalIsAConflict() {
        fixture.given(registered("1000000.00"), allocated("A1", "100.00"))
                .when(new ApproveAllocation(FUND, "A1", null, ON), CHECKER)
                .expectNoEvents()
                .expectExceptionDetails(refusal(Kind.CONFLICT, "NOT_PENDING_APPROVAL"));
    }

    @Test
    void approvingAnUnknownAllocationIsNotFound() {
        fixture.given(registered("1000000.00"))
                .when(new ApproveAllocation(FUND, "A9", null, ON), CHECKER)
                .expectNoEvents()
                .expectExceptionDetails(refusal(Kind.NOT_FOUND, "ALLOCATION_NOT_FOUND"));
    }

    @Test
    void rejectionReleasesTheReservation() {
        fixture.given(registered("1000000.00"), requested("A1", "600000.00"),
                        new AllocationRejected(FUND, "A1", V1, Money.of("600000.00"), "finance2", "文号不符"))
                .when(allocate("A2", "1000000.00"), MAKER)
                .expectEvents(requested("A2", "1000000.00"));
    }

    @Test
    void anotherOfficerRejects() {
        fixture.given(registered("1000000.00"), requested("A1", "600000.00"))
                .when(new RejectAllocation(FUND, "A1", "文号不符"), CHECKER)
                .expectEvents(new AllocationRejected(FUND, "A1", V1, Money.of("600000.00"), "finance2", "文号不符"));
    }

    @Test
    void rejectingARejectedAllocationIsAConflict() {
        fixture.given(registered("1000000.00"), requested("A1", "600000.00"),
                        new AllocationRejected(FUND, "A1", V1, Money.of("600000.00"), "finance2", "文号不符"))
                .when(new RejectAllocation(FUND, "A1", "再次"), CHECKER)
                .expectNoEvents()
                .expectExceptionDetails(refusal(Kind.CONFLICT, "NOT_PENDING_APPROVAL"));
    }

    @Test
    void aRejectedAllocationIdStaysTaken() {
        fixture.given(registered("1000000.00"), requested("A1", "600000.00"),
                        new AllocationRejected(FUND, "A1", V1, Money.of("600000.00"), "finance2", "文号不符"))
                .when(allocate("A1", "100.00"), MAKER)
                .expectNoEvents()
                .expectExceptionDetails(refusal(Kind.CONFLICT, "DUPLICATE_ID"));
    }
}
