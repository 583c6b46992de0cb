package org.fupin.ledger.query.warning;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.fupin.ledger.query.QuerySideTest;
import org.fupin.ledger.query.StoredEvents;
import org.fupin.ledger.query.VillageStory;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.collective.CollectiveIncomeRecorded;
import org.fupin.ledger.shared.collective.CollectiveSpendingRecorded;
import org.fupin.ledger.shared.collective.IncomeCategory;
import org.fupin.ledger.shared.collective.SpendingPurpose;
import org.fupin.ledger.shared.fund.FundLevel;
import org.fupin.ledger.shared.fund.FundSourceRegistered;
import org.fupin.ledger.shared.project.MilestoneVerdict;
import org.fupin.ledger.shared.project.FundsDisbursed;
import org.fupin.ledger.shared.project.ProjectCompleted;
import org.fupin.ledger.shared.warning.WarningAcknowledged;
import org.fupin.ledger.shared.warning.WarningId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupin.ledger.query.VillageStory.from;

/**
 * Every warning rule of the default rules file, firing and not firing, with "today" moved past the day the
 * events were stored (which is the real today: stored events carry the time they were stored).
 */
@QuerySideTest
class WarningsIT {

    private static final LocalDate STORED_ON = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    StoredEvents events;
    @Autowired
    EventStore eventStore;
    @Autowired
    Warnings warnings;

    private List<Warning> inVillage(VillageStory story, String rule, LocalDate today) {
        return warnings.list(new Warnings.Filter(story.village().value(), null, rule, null), today);
    }

    @Test
    void idleFundsAreVillageMoneyReceivedMoreThanNinetyDaysAgoAndStillNotCommitted() throws InterruptedException {
        VillageStory story = VillageStory.of(events);
        FundId fund = story.fund("500000.00");
        story.allocate(fund, "100000.00");
        ProjectId road = story.project("200000.00", STORED_ON, STORED_ON.plusYears(1));
        story.commit(road, from(fund, "30000.00"));
        events.awaitProjections();

        assertThat(inVillage(story, "IDLE_FUNDS", STORED_ON.plusDays(90))).isEmpty();
        assertThat(inVillage(story, "IDLE_FUNDS", STORED_ON.plusDays(91))).singleElement().satisfies(warning -> {
            assertThat(warning.subject()).isEqualTo(new Warning.Subject("VILLAGE", story.village().value()));
            assertThat(warning.since()).isEqualTo(STORED_ON.plusDays(91));
            assertThat(warning.detail()).containsEntry("idleAmount", "70000.00").containsEntry("available", "70000.00");
            assertThat(warning.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(warning.ruleVersion()).isEqualTo(1);
            assertThat(warning.town()).isEqualTo(story.town());
        });
        String id = inVillage(story, "IDLE_FUNDS", STORED_ON.plusDays(91)).get(0).id();
        assertThat(inVillage(story, "IDLE_FUNDS", STORED_ON.plusDays(200)).get(0).id())
                .as("the same situation keeps its id as time passes").isEqualTo(id);

        story.commit(road, from(fund, "70000.00"));
        events.awaitProjections();
        assertThat(inVillage(story, "IDLE_FUNDS", STORED_ON.plusDays(91))).isEmpty();
    }

    @Test
    void paymentAheadOfProgressIsPaidBeyondBudgetTimesVerifiedProgressPlusTheAdvance() throws InterruptedException {
        VillageStory story = VillageStory.of(events);
        FundId fund = story.fund("500000.00");
        story.allocate(fund, "200000.00");
        ProjectId road = story.project("100000.00", STORED_ON, STORED_ON.plusYears(1));
        story.start(road, STORED_ON).milestone(road, STORED_ON, 50)
                .verifiedMilestone(road, "M-10", 10, MilestoneVerdict.CONFIRMED)
                .commit(road, from(fund, "100000.00"));
        story.pay(road, from(fund, "40000.00"));
        events.awaitProjections();
        assertThat(inVillage(story, "PAYMENT_AHEAD_OF_PROGRESS", STORED_ON)).as("40 %% paid at 10 %% + 30 %%").isEmpty();

        story.pay(road, from(fund, "0.01"));
        events.awaitProjections();
        assertThat(inVillage(story, "PAYMENT_AHEAD_OF_PROGRESS", STORED_ON)).singleElement().satisfies(warning -> {
            assertThat(warning.subject()).isEqualTo(new Warning.Subject("PROJECT", road.value()));
            assertThat(warning.since()).isEqualTo(STORED_ON);
            assertThat(warning.severity()).isEqualTo(Severity.HIGH);
            assertThat(warning.detail()).containsEntry("disbursed", "40000.01").containsEntry("payableLimit", "40000.00")
                    .containsEntry("progressPercent", "10");
        });

        story.verifiedMilestone(road, "M-20", 20, MilestoneVerdict.CONFIRMED);
        events.awaitProjections();
        assertThat(inVillage(story, "PAYMENT_AHEAD_OF_PROGRESS", STORED_ON)).as("verified progress caught up")
                .isEmpty();
    }

    @Test
    void anOverdueProjectIsOnePastItsPlannedEndAndNotCompleted() throws InterruptedException {
        VillageStory story = VillageStory.of(events);
        LocalDate plannedEnd = STORED_ON.plusDays(10);
        ProjectId late = story.project("100000.00", STORED_ON, plannedEnd);
        ProjectId done = story.project("100000.00", STORED_ON, plannedEnd);
        story.start(done, STORED_ON);
        events.village(story.village(), new ProjectCompleted(story.village(), done, STORED_ON));
        events.awaitProjections();

        assertThat(inVillage(story, "OVERDUE_PROJECT", plannedEnd)).isEmpty();
        assertThat(inVillage(story, "OVERDUE_PROJECT", plannedEnd.plusDays(1))).singleElement().satisfies(warning -> {
            assertThat(warning.subject()).isEqualTo(new Warning.Subject("PROJECT", late.value()));
            assertThat(warning.since()).isEqualTo(plannedEnd.plusDays(1));
            assertThat(warning.detail()).containsEntry("plannedEnd", plannedEnd.toString());
        });
    }

    @Test
    void aStalledProjectIsInProgressWithoutAMilestoneForSixtyDays() throws InterruptedException {
        VillageStory story = VillageStory.of(events);
        ProjectId road = story.project("100000.00", STORED_ON, STORED_ON.plusYears(2));
        story.start(road, STORED_ON).milestone(road, STORED_ON.plusDays(30), 20);
        ProjectId idle = story.project("100000.00", STORED_ON, STORED_ON.plusYears(2));
        events.awaitProjections();

        assertThat(inVillage(story, "STALLED_PROJECT", STORED_ON.plusDays(90))).isEmpty();
        assertThat(inVillage(story, "STALLED_PROJECT", STORED_ON.plusDays(91))).singleElement().satisfies(warning -> {
            assertThat(warning.subject().id()).as("approved, never started: not stalled").isEqualTo(road.value())
                    .isNotEqualTo(idle.value());
            assertThat(warning.since()).isEqualTo(STORED_ON.plusDays(91));
            assertThat(warning.detail()).containsEntry("lastSignOfLife", STORED_ON.plusDays(30).toString());
        });
    }

    @Test
    void undistributedIncomeIsACollectiveBalanceWithNoSpendingForTwelveMonths() throws InterruptedException {
        VillageStory story = VillageStory.of(events);
        VillageStory spentAll = VillageStory.of(events);
        for (VillageStory village : List.of(story, spentAll)) {
            events.village(village.village(), new CollectiveIncomeRecorded(village.village(), "I1", Money.of("1000.00"),
                    IncomeCategory.LAND_TRANSFER, null, STORED_ON.toString().substring(0, 7), "收-1", null));
        }
        events.village(story.village(), new CollectiveSpendingRecorded(story.village(), "S1", Money.of("200.00"),
                SpendingPurpose.PUBLIC_WELFARE_JOBS, "保洁员", null));
        events.village(spentAll.village(), new CollectiveSpendingRecorded(spentAll.village(), "S1",
                Money.of("1000.00"), SpendingPurpose.HOUSEHOLD_DIVIDENDS, "分红", null));
        events.awaitProjections();

        LocalDate yearLater = STORED_ON.plusMonths(12);
        assertThat(inVillage(story, "UNDISTRIBUTED_INCOME", yearLater.minusDays(1))).isEmpty();
        assertThat(inVillage(story, "UNDISTRIBUTED_INCOME", yearLater)).singleElement().satisfies(warning -> {
            assertThat(warning.since()).isEqualTo(yearLater);
            assertThat(warning.detail()).containsEntry("balance", "800.00")
                    .containsEntry("lastSpentOn", STORED_ON.toString());
            assertThat(warning.severity()).isEqualTo(Severity.LOW);
        });
        assertThat(inVillage(spentAll, "UNDISTRIBUTED_INCOME", yearLater.plusYears(1))).isEmpty();
    }

    @Test
    void aFundYearMismatchIsAnAllocationEffectiveOutsideTheFundsFiscalYear() throws InterruptedException {
        VillageStory story = VillageStory.of(events);
        FundId lastYears = fundOfYear(STORED_ON.getYear() - 1);
        FundId thisYears = fundOfYear(STORED_ON.getYear());
        story.allocate(lastYears, "1000.00").allocate(thisYears, "1000.00");
        events.awaitProjections();

        assertThat(inVillage(story, "FUND_YEAR_MISMATCH", STORED_ON)).singleElement().satisfies(warning -> {
            assertThat(warning.subject().type()).isEqualTo("ALLOCATION");
            assertThat(warning.subject().id()).startsWith(lastYears.value() + "/");
            assertThat(warning.since()).isEqualTo(STORED_ON);
            assertThat(warning.detail()).containsEntry("fiscalYear", String.valueOf(STORED_ON.getYear() - 1))
                    .containsEntry("amount", "1000.00");
        });
    }

    @Test
    void aConcentratedPayeeReceivedOverHalfOfATownsPaymentsInAYear() throws InterruptedException {
        VillageStory concentrated = payments("600.00", "200.00", "200.00");
        VillageStory half = payments("500.00", "250.00", "250.00");
        VillageStory tooFew = payments("900.00", "100.00");

        List<Warning> found = warnings.list(new Warnings.Filter(null, concentrated.town(), "CONCENTRATED_PAYEE", null),
                STORED_ON);
        assertThat(found).singleElement().satisfies(warning -> {
            assertThat(warning.subject()).isEqualTo(new Warning.Subject("PAYEE", concentrated.town() + "/承包商0"));
            assertThat(warning.since()).isEqualTo(LocalDate.of(STORED_ON.getYear(), 1, 1));
            assertThat(warning.villageId()).isNull();
            assertThat(warning.detail()).containsEntry("received", "600.00").containsEntry("townTotal", "1000.00");
        });
        for (VillageStory none : List.of(half, tooFew)) {
            assertThat(warnings.list(new Warnings.Filter(null, none.town(), "CONCENTRATED_PAYEE", null), STORED_ON))
                    .isEmpty();
        }
    }

    @Test
    void anAcknowledgedWarningStaysListedWithWhoWhenAndTheNote() throws InterruptedException {
        VillageStory story = VillageStory.of(events);
        LocalDate plannedEnd = STORED_ON.minusDays(1);
        story.project("100000.00", STORED_ON.minusDays(30), plannedEnd);
        events.awaitProjections();
        Warning overdue = warnings.list(new Warnings.Filter(story.village().value(), null, "OVERDUE_PROJECT", false))
                .get(0);
        assertThat(overdue.acknowledged()).isFalse();

        WarningId id = WarningId.of(overdue.id());
        eventStore.publish(new GenericDomainEventMessage<>("WarningAcknowledgement", id.toString(), 0,
                new WarningAcknowledged(id, "已督促施工方"), MetaData.with("actor", "inspector")));
        events.awaitProjections();

        assertThat(warnings.list(new Warnings.Filter(story.village().value(), null, null, false))).isEmpty();
        assertThat(warnings.list(new Warnings.Filter(story.village().value(), null, null, true)))
                .singleElement().satisfies(warning -> {
                    assertThat(warning.id()).isEqualTo(overdue.id());
                    assertThat(warning.acknowledged()).isTrue();
                    assertThat(warning.acknowledgement().by()).isEqualTo("inspector");
                    assertThat(warning.acknowledgement().note()).isEqualTo("已督促施工方");
                    assertThat(warning.acknowledgement().at()).isNotNull();
                });
    }

    private FundId fundOfYear(int year) {
        FundId fund = new FundId(StoredEvents.unique("F"));
        events.fund(fund, new FundSourceRegistered(fund, "县级财政扶贫资金", FundLevel.COUNTY, year,
                Money.of("100000.00"), "县财〔" + year + "〕3号"));
        return fund;
    }

    /** A village in a town of its own paying {@code amounts} to payees 承包商0, 承包商1, ... */
    private VillageStory payments(String... amounts) throws InterruptedException {
        VillageStory story = VillageStory.of(events);
        FundId fund = story.fund("100000.00");
        story.allocate(fund, "10000.00");
        ProjectId road = story.project("10000.00", STORED_ON, STORED_ON.plusYears(1));
        story.start(road, STORED_ON).commit(road, from(fund, "10000.00"));
        for (int i = 0; i < amounts.length; i++) {
            events.village(story.village(), new FundsDisbursed(story.village(), road, "D" + i, Money.of(amounts[i]),
                    "承包商" + i, "记-" + i, List.of(from(fund, amounts[i])), null));
        }
        events.awaitProjections();
        return story;
    }
}
