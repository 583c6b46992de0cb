package org.fupin.ledger.command.fund;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fupin.ledger.command.AggregateDirectory;
import org.fupin.ledger.command.CommandRefused;
import org.fupin.ledger.command.CommandRefused.Refusal.Kind;
import org.fupin.ledger.command.approval.ApprovalThreshold;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.VillageId;
import org.fupin.ledger.shared.fund.FundLevel;
import org.fupin.ledger.shared.fund.FundSourceRegistered;
import org.fupin.ledger.shared.fund.FundsAllocated;
import org.fupin.ledger.shared.fund.ReturnedFundsReceived;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupin.ledger.command.Refusals.refusal;
import static org.hamcrest.CoreMatchers.containsString;

class FundSourceTest {

    private static final FundId FUND = FundId.of("F1");
    private static final VillageId V1 = VillageId.of("V1");
    private static final VillageId V2 = VillageId.of("V2");
    private static final String NAME = "中央财政衔接推进乡村振兴补助资金";
    private static final String DOCUMENT = "财农〔2026〕1号";
    private static final String PURPOSE = "村道硬化";
    private static final String ALLOCATION_DOCUMENT = "县财〔2026〕7号";

    /** Aggregate identifiers ({@code "village:V1"}) the directory reports as existing. */
    private final Set<String> knownIds = new HashSet<>();
    /** Every id the fund asked the directory about, as passed. */
    private final List<Object> askedIds = new ArrayList<>();
    private AggregateTestFixture<FundSource> fixture;

    @BeforeEach
    void setUp() {
        knownIds.add(V1.toString());
        knownIds.add(V2.toString());
        fixture = new AggregateTestFixture<>(FundSource.class);
        fixture.registerInjectableResource((AggregateDirectory) id -> {
            askedIds.add(id);
            return knownIds.contains(id.toString());
        });
        // Maker-checker has its own tests (AllocationApprovalTest): here every allocation is below the threshold.
        fixture.registerInjectableResource(new ApprovalThreshold(Money.MAX_COMMAND_AMOUNT));
    }

    private static FundSourceRegistered registered(String amount) {
        return new FundSourceRegistered(FUND, NAME, FundLevel.CENTRAL, 2026, Money.of(amount), DOCUMENT);
    }

    private static AllocateFunds allocate(String allocationId, VillageId villageId, String amount) {
        return new AllocateFunds(FUND, allocationId, villageId, Money.of(amount), PURPOSE, ALLOCATION_DOCUMENT, null);
    }

    private static FundsAllocated allocated(String allocationId, VillageId villageId, String amount) {
        return new FundsAllocated(FUND, allocationId, villageId, Money.of(amount), PURPOSE, ALLOCATION_DOCUMENT, null);
    }

    private static ReturnedFundsReceived returnReceived(String returnId, String amount) {
        return new ReturnedFundsReceived(FUND, returnId, V1, Money.of(amount), null);
    }

    @Test
    void registeringEmitsFundSourceRegistered() {
        fixture.givenNoPriorActivity()
                .when(new RegisterFundSource(FUND, NAME, FundLevel.CENTRAL, 2026, Money.of("1000000.00"), DOCUMENT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered("1000000.00"));
    }

    @Test
    void allocationWithinUnallocatedAmountEmitsFundsAllocated() {
        fixture.given(registered("1000.00"))
                .when(allocate("A1", V1, "400.00"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(allocated("A1", V1, "400.00"));

        assertThat(askedIds).containsExactly(V1);
    }

    @Test
    void rejectsAllocationBeyondUnallocatedAmount() {
        fixture.given(registered("1000.00"), allocated("A1", V1, "600.00"))
                .when(allocate("A2", V2, "400.01"))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.RULE, "INSUFFICIENT_FUND_BALANCE"))
                .expectExceptionMessage(containsString("has only 400.00 unallocated"))
                .expectNoEvents();
    }

    @Test
    void rejectsAllocationBeyondTheRegisteredAmountOfAFreshFund() {
        fixture.given(registered("1000.00"))
                .when(allocate("A1", V1, "1000.01"))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.RULE, "INSUFFICIENT_FUND_BALANCE"))
                .expectNoEvents();
    }

    @Test
    void allocationOfExactlyTheUnallocatedAmountSucceeds() {
        fixture.given(registered("1000.00"), allocated("A1", V1, "600.00"))
                .when(allocate("A2", V2, "400.00"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(allocated("A2", V2, "400.00"));
    }

    @Test
    void rejectsEvenOneFenOnceFullyAllocated() {
        fixture.given(registered("1000.00"), allocated("A1", V1, "1000.00"))
                .when(allocate("A2", V2, "0.01"))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.RULE, "INSUFFICIENT_FUND_BALANCE"))
                .expectExceptionMessage(containsString("has only 0.00 unallocated"))
                .expectNoEvents();
    }

    @Test
    void rejectsDuplicateAllocationIdEvenForAnotherVillage() {
        fixture.given(registered("1000.00"), allocated("A1", V1, "100.00"))
                .when(allocate("A1", V2, "100.00"))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.CONFLICT, "DUPLICATE_ID"))
                .expectExceptionMessage(containsString("'A1'"))
                .expectNoEvents();
    }

    @Test
    void rejectsAllocationToUnknownVillage() {
        // A fund with the same client id exists: only a village counts.
        knownIds.add(FundId.of("V9").toString());

        fixture.given(registered("1000.00"))
                .when(allocate("A1", VillageId.of("V9"), "100.00"))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.NOT_FOUND, "VILLAGE_NOT_FOUND"))
                .expectExceptionMessage(containsString("'V9'"))
                .expectNoEvents();

        assertThat(askedIds).containsExactly(VillageId.of("V9"));
    }

    @Test
    void returnedFundsRestoreUnallocatedAmountForALaterAllocation() {
        fixture.given(registered("1000.00"), allocated("A1", V1, "1000.00"), returnReceived("R1", "300.00"))
                .when(allocate("A2", V2, "300.00"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(allocated("A2", V2, "300.00"));
    }

    @Test
    void returnedFundsRestoreNoMoreThanWasReturned() {
        fixture.given(registered("1000.00"), allocated("A1", V1, "1000.00"), returnReceived("R1", "300.00"))
                .when(allocate("A2", V2, "300.01"))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.RULE, "INSUFFICIENT_FUND_BALANCE"))
                .expectNoEvents();
    }

    @Test
    void allocationMayReachAmountPlusReturned() {
        fixture.given(registered("1000.00"), allocated("A1", V1, "200.00"), returnReceived("R1", "150.00"))
                .when(allocate("A2", V2, "950.00"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(allocated("A2", V2, "950.00"));
    }

    @Test
    void receivingReturnedFundsEmitsReturnedFundsReceived() {
        fixture.given(registered("1000.00"), allocated("A1", V1, "1000.00"))
                .when(new ReceiveReturnedFunds(FUND, "R1", V1, Money.of("300.00"), null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(returnReceived("R1", "300.00"));
    }

    @Test
    void ignoresAReturnIdAlreadyReceived() {
        fixture.given(registered("1000.00"), allocated("A1", V1, "1000.00"), returnReceived("R1", "300.00"))
                .when(new ReceiveReturnedFunds(FUND, "R1", V1, Money.of("300.00"), null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void creditsARedeliveredReturnOnlyOnce() {
        ReceiveReturnedFunds delivery = new ReceiveReturnedFunds(FUND, "R1", V1, Money.of("300.00"), null);

        fixture.given(registered("1000.00"), allocated("A1", V1, "1000.00"))
                .andGivenCommands(delivery, delivery)
                .when(allocate("A2", V2, "300.01"))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.RULE, "INSUFFICIENT_FUND_BALANCE"))
                .expectExceptionMessage(containsString("has only 300.00 unallocated"))
                .expectNoEvents();
    }

    @Test
    void creditsADifferentReturnIdAgain() {
        fixture.given(registered("1000.00"), allocated("A1", V1, "1000.00"), returnReceived("R1", "300.00"))
                .when(new ReceiveReturnedFunds(FUND, "R2", V1, Money.of("300.00"), null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(returnReceived("R2", "300.00"));
    }

    @Test
    void takesBackReturnsOfTwoVillagesThatChoseTheSameReturnId() {
        fixture.given(registered("1000.00"), allocated("A1", V1, "500.00"), allocated("A2", V2, "500.00"),
                        new ReturnedFundsReceived(FUND, "R1", V1, Money.of("100.00"), null))
                .when(new ReceiveReturnedFunds(FUND, "R1", V2, Money.of("200.00"), null))
                .expectEvents(new ReturnedFundsReceived(FUND, "R1", V2, Money.of("200.00"), null));
    }
}
