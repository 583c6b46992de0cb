package org.fupin.ledger.command.period;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fupin.ledger.command.AggregateDirectory;
import org.fupin.ledger.command.CommandRefused;
import org.fupin.ledger.command.approval.ApprovalThreshold;
import org.fupin.ledger.command.CommandRefused.Refusal.Kind;
import org.fupin.ledger.command.collective.RecordCollectiveIncome;
import org.fupin.ledger.command.collective.RecordCollectiveSpending;
import org.fupin.ledger.command.fund.AllocateFunds;
import org.fupin.ledger.command.fund.FundSource;
import org.fupin.ledger.command.project.CommitFunds;
import org.fupin.ledger.command.project.DisburseFunds;
import org.fupin.ledger.command.project.ProjectRegistration;
import org.fupin.ledger.command.project.ReverseDisbursement;
import org.fupin.ledger.command.village.ReturnFunds;
import org.fupin.ledger.command.village.Village;
import org.fupin.ledger.shared.FundAmount;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageId;
import org.fupin.ledger.shared.collective.CollectiveIncomeRecorded;
import org.fupin.ledger.shared.collective.IncomeCategory;
import org.fupin.ledger.shared.collective.SpendingPurpose;
import org.fupin.ledger.shared.fund.FundLevel;
import org.fupin.ledger.shared.fund.FundSourceRegistered;
import org.fupin.ledger.shared.fund.FundsAllocated;
import org.fupin.ledger.shared.project.FundsCommitted;
import org.fupin.ledger.shared.project.FundsDisbursed;
import org.fupin.ledger.shared.project.PaymentAdvance;
import org.fupin.ledger.shared.project.ProjectApproved;
import org.fupin.ledger.shared.project.ProjectProposed;
import org.fupin.ledger.shared.project.ProjectStarted;
import org.fupin.ledger.shared.project.ProjectType;
import org.fupin.ledger.shared.village.AllocationReceived;
import org.fupin.ledger.shared.village.VillageRegistered;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.fupin.ledger.command.Refusals.refusal;

/**
 * Every money command is refused when dated after today or in a closed month, before its aggregate appends
 * anything; an entry into an open month carries its effective date into its event.
 */
class PeriodGuardTest {

    /** 2026-11-01 01:00 in Shanghai, still 2026-10-31 in UTC. */
    private static final Clock NOVEMBER_FIRST = Clock.fixed(Instant.parse("2026-10-31T17:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);
    private static final LocalDate TOMORROW = TODAY.plusDays(1);
    private static final LocalDate IN_CLOSED_SEPTEMBER = LocalDate.of(2026, 9, 30);
    private static final LocalDate IN_OPEN_OCTOBER = LocalDate.of(2026, 10, 1);

    private static final FundId FUND = FundId.of("F1");
    private static final VillageId VILLAGE = VillageId.of("V1");
    private static final ProjectId ROAD = ProjectId.of("P1");

    private static PeriodGuard guardClosedThroughSeptember() {
        return new PeriodGuard(new EffectiveDates(NOVEMBER_FIRST), new ClosedMonths(YearMonth.of(2026, 9)));
    }

    @Nested
    class Allocations {

        private AggregateTestFixture<FundSource> fixture;

        @BeforeEach
        void setUp() {
            fixture = new AggregateTestFixture<>(FundSource.class);
            fixture.registerInjectableResource((AggregateDirectory) id -> true);
            fixture.registerInjectableResource(new ApprovalThreshold(Money.MAX_COMMAND_AMOUNT));
            fixture.registerCommandHandlerInterceptor(guardClosedThroughSeptember());
        }

        private AllocateFunds allocate(LocalDate effective) {
            return new AllocateFunds(FUND, "A1", VILLAGE, Money.of("100.00"), "村道硬化", "县财〔2026〕7号", effective);
        }

        private FundSourceRegistered registered() {
            return new FundSourceRegistered(FUND, "中央资金", FundLevel.CENTRAL, 2026, Money.of("1000.00"), "财农〔2026〕1号");
        }

        @Test
        void refusesAnAllocationDatedTomorrow() {
            fixture.given(registered())
                    .when(allocate(TOMORROW))
                    .expectException(CommandRefused.class)
                    .expectExceptionDetails(refusal(Kind.RULE, "FUTURE_EFFECTIVE_DATE"))
                    .expectNoEvents();
        }

        @Test
        void refusesAnAllocationInAClosedMonth() {
            fixture.given(registered())
                    .when(allocate(IN_CLOSED_SEPTEMBER))
                    .expectExceptionDetails(refusal(Kind.RULE, "PERIOD_CLOSED"))
                    .expectNoEvents();
        }

        @Test
        void allocatesTodayInShanghaiWithItsEffectiveDate() {
            fixture.given(registered())
                    .when(allocate(TODAY))
                    .expectEvents(new FundsAllocated(FUND, "A1", VILLAGE, Money.of("100.00"), "村道硬化",
                            "县财〔2026〕7号", TODAY));
        }

        @Test
        void allocatesBackdatedIntoTheFirstOpenMonth() {
            fixture.given(registered())
                    .when(allocate(IN_OPEN_OCTOBER))
                    .expectEvents(new FundsAllocated(FUND, "A1", VILLAGE, Money.of("100.00"), "村道硬化",
                            "县财〔2026〕7号", IN_OPEN_OCTOBER));
        }
    }

    @Nested
    class VillageMoney {

        private AggregateTestFixture<Village> fixture;

        @BeforeEach
        void setUp() {
            fixture = new AggregateTestFixture<>(Village.class);
            fixture.registerInjectableResource((AggregateDirectory) id -> true);
            fixture.registerInjectableResource((ProjectRegistration) (projectId, villageId) -> { });
            fixture.registerInjectableResource(new ApprovalThreshold(Money.MAX_COMMAND_AMOUNT));
            fixture.registerInjectableResource(new PaymentAdvance(100));
            fixture.registerIgnoredField(Village.class, "projects");
            fixture.registerCommandHandlerInterceptor(guardClosedThroughSeptember());
        }

        /** A village holding 1000.00 of F1, a road in progress holding 600.00 that paid 100.00 (D1). */
        private Object[] roadBeingBuilt() {
            List<FundAmount> paid = List.of(new FundAmount(FUND, Money.of("100.00")));
            return new Object[]{
                    new VillageRegistered(VILLAGE, "石门村", "石门镇", "武陵县", 128, ""),
                    new AllocationReceived(VILLAGE, FUND, "A1", Money.of("1000.00"), "村道硬化", "", null),
                    new ProjectProposed(VILLAGE, ROAD, ProjectType.ROAD_HARDENING, "村道", Money.of("800.00"), null, null, Map.of()),
                    new ProjectApproved(VILLAGE, ROAD, ""),
                    new FundsCommitted(VILLAGE, ROAD, "C1", Money.of("600.00"),
                            List.of(new FundAmount(FUND, Money.of("600.00"))), null),
                    new ProjectStarted(VILLAGE, ROAD, LocalDate.of(2026, 8, 1)),
                    new FundsDisbursed(VILLAGE, ROAD, "D1", Money.of("100.00"), "施工队", "记-01", paid, null)};
        }

        private void refused(Object command, String code) {
            fixture.given(roadBeingBuilt())
                    .when(command)
                    .expectException(CommandRefused.class)
                    .expectExceptionDetails(refusal(Kind.RULE, code))
                    .expectNoEvents();
        }

        @Test
        void refusesABackdatedPaymentInAClosedMonth() {
            refused(new DisburseFunds(VILLAGE, ROAD, "D2", Money.of("50.00"), "施工队", "记-02",
                    IN_CLOSED_SEPTEMBER), "PERIOD_CLOSED");
        }

        @Test
        void refusesAPaymentDatedTomorrow() {
            refused(new DisburseFunds(VILLAGE, ROAD, "D2", Money.of("50.00"), "施工队", "记-02", TOMORROW),
                    "FUTURE_EFFECTIVE_DATE");
        }

        @Test
        void refusesAReversalInAClosedMonth() {
            refused(new ReverseDisbursement(VILLAGE, ROAD, "D1", "退票", IN_CLOSED_SEPTEMBER), "PERIOD_CLOSED");
        }

        @Test
        void refusesACommitmentInAClosedMonth() {
            refused(new CommitFunds(VILLAGE, ROAD, "C2", Money.of("10.00"), null, IN_CLOSED_SEPTEMBER),
                    "PERIOD_CLOSED");
        }

        @Test
        void refusesAReturnInAClosedMonth() {
            refused(new ReturnFunds(VILLAGE, "R1", FUND, Money.of("10.00"), "结余", IN_CLOSED_SEPTEMBER),
                    "PERIOD_CLOSED");
        }

        @Test
        void refusesCollectiveIncomeInAClosedMonth() {
            refused(new RecordCollectiveIncome(VILLAGE, "I1", Money.of("10.00"), IncomeCategory.PHOTOVOLTAIC, null,
                    "2026-09", "收-01", IN_CLOSED_SEPTEMBER), "PERIOD_CLOSED");
        }

        @Test
        void refusesCollectiveSpendingDatedTomorrow() {
            refused(new RecordCollectiveSpending(VILLAGE, "S1", Money.of("10.00"), SpendingPurpose.MAINTENANCE, "",
                    TOMORROW), "FUTURE_EFFECTIVE_DATE");
        }

        @Test
        void recordsCollectiveIncomeBackdatedIntoAnOpenMonth() {
            fixture.given(roadBeingBuilt())
                    .when(new RecordCollectiveIncome(VILLAGE, "I1", Money.of("10.00"), IncomeCategory.PHOTOVOLTAIC,
                            null, "2026-10", "收-01", IN_OPEN_OCTOBER))
                    .expectEvents(new CollectiveIncomeRecorded(VILLAGE, "I1", Money.of("10.00"),
                            IncomeCategory.PHOTOVOLTAIC, null, "2026-10", "收-01", IN_OPEN_OCTOBER));
        }
    }
}
