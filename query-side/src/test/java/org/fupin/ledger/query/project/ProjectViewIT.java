package org.fupin.ledger.query.project;

import org.fupin.ledger.query.QuerySideTest;
import org.fupin.ledger.query.StoredEvents;
import org.fupin.ledger.query.VillageStory;
import org.fupin.ledger.query.inspection.AsOf;
import org.fupin.ledger.query.inspection.VillageHistory;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.project.MilestoneVerdict;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupin.ledger.query.VillageStory.from;

/** A project's read model against real PostgreSQL, and against the same project replayed from its events. */
@QuerySideTest
class ProjectViewIT {

    @Autowired
    StoredEvents events;
    @Autowired
    ProjectQueries projects;
    @Autowired
    VillageHistory history;
    @Autowired
    Clock clock;

    @Test
    void aCancelledProjectShowsPerFundWhatItReleasedAndHeldIsWhatRemains() throws InterruptedException {
        VillageStory story = VillageStory.of(events);
        FundId province = story.fund("500000.00");
        FundId unit = story.fund("100000.00");
        story.allocate(province, "200000.00").allocate(unit, "50000.00");
        ProjectId school = story.project("180000.00", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31));
        story.start(school, LocalDate.of(2026, 3, 5))
                .commit(school, from(province, "150000.00"), from(unit, "20000.00"));
        story.pay(school, from(province, "125000.00"));
        story.cancel(school, from(province, "25000.00"), from(unit, "20000.00"));
        events.awaitProjections();

        ProjectView view = projects.find(school.value()).orElseThrow();
        assertThat(view.byFund()).containsExactly(
                new ProjectView.FundMoney(province.value(), "150000.00", "25000.00", "125000.00", "0.00"),
                new ProjectView.FundMoney(unit.value(), "20000.00", "20000.00", "0.00", "0.00"));
        assertThat(view.released()).isEqualTo("45000.00");
        assertThat(view.held()).isEqualTo("0.00");
        assertThat(view.status()).isEqualTo("CANCELLED");
    }

    @Test
    void showsPendingPaymentsVerifiedProgressAndWhatIsPayableNow() throws InterruptedException {
        VillageStory story = VillageStory.of(events);
        FundId fund = story.fund("2000000.00");
        story.allocate(fund, "1000000.00");
        ProjectId road = story.project("1000000.00", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31));
        String confirmed = StoredEvents.unique("M");
        story.start(road, LocalDate.of(2026, 3, 5)).commit(road, from(fund, "1000000.00"))
                .verifiedMilestone(road, confirmed, 40, MilestoneVerdict.CONFIRMED)
                .verifiedMilestone(road, StoredEvents.unique("M"), 60, MilestoneVerdict.REJECTED);
        story.pay(road, from(fund, "100000.00"));
        story.requestPayment(road, from(fund, "500000.00"));
        events.awaitProjections();

        ProjectView view = projects.find(road.value()).orElseThrow();
        assertThat(view.verifiedProgressPercent()).isEqualTo(40);
        assertThat(view.progressPercent()).isEqualTo(60);
        assertThat(view.pendingApproval()).isEqualTo("500000.00");
        assertThat(view.held()).isEqualTo("400000.00");
        // budget × (40 % verified + 30 % advance) = 700000.00, less 100000.00 paid and 500000.00 pending
        assertThat(view.payableNow()).isEqualTo("100000.00");
        assertThat(view.milestones()).filteredOn(milestone -> milestone.id().equals(confirmed)).singleElement()
                .satisfies(milestone -> {
                    assertThat(milestone.verification().verdict()).isEqualTo("CONFIRMED");
                    assertThat(milestone.verification().verifiedBy()).isEqualTo("inspector");
                    assertThat(milestone.verification().verifiedAt()).isNotNull();
                });
        assertThat(view.byFund()).singleElement().satisfies(money ->
                assertThat(money.pendingApproval()).isEqualTo("500000.00"));

        ProjectView replayed = history.replay(story.village().value(), AsOf.parse("asOf", Instant.now().toString()))
                .projects(LocalDate.now(clock)).stream().filter(project -> project.id().equals(road.value()))
                .findFirst().orElseThrow();
        assertThat(replayed.held()).isEqualTo(view.held());
        assertThat(replayed.pendingApproval()).isEqualTo(view.pendingApproval());
        assertThat(replayed.verifiedProgressPercent()).isEqualTo(40);
    }

    @Test
    void ratesAndWarningFlagsAreDerivedFromTheProjectsMoneyAndDates() throws InterruptedException {
        LocalDate today = LocalDate.now(clock);
        VillageStory story = VillageStory.of(events);
        FundId fund = story.fund("500000.00");
        story.allocate(fund, "400000.00");
        ProjectId late = story.project("200000.00", today.minusDays(200), today.minusDays(1));
        story.start(late, today.minusDays(100)).commit(late, from(fund, "150000.00"));
        story.pay(late, from(fund, "50000.00"));
        ProjectId lively = story.project("100000.00", today.minusDays(200), today.plusDays(100));
        story.start(lively, today.minusDays(100)).milestone(lively, today.minusDays(3), 40);
        events.awaitProjections();

        ProjectView overdueAndStalled = projects.find(late.value()).orElseThrow();
        assertThat(overdueAndStalled.overdue()).isTrue();
        assertThat(overdueAndStalled.stalled()).isTrue();
        assertThat(overdueAndStalled.fundsInPlaceRate()).isEqualByComparingTo(new BigDecimal("0.75"));
        assertThat(overdueAndStalled.paymentRate()).isEqualByComparingTo(new BigDecimal("0.25"));
        ProjectView onTrack = projects.find(lively.value()).orElseThrow();
        assertThat(onTrack.overdue()).isFalse();
        assertThat(onTrack.stalled()).isFalse();
        assertThat(onTrack.progressPercent()).isEqualTo(40);
        assertThat(onTrack.milestones()).singleElement().satisfies(milestone -> assertThat(milestone.note()).isEmpty());
    }

    @Test
    void aVillagesProjectsAreListedWithTheirOwnMilestonesAndFunds() throws InterruptedException {
        VillageStory story = VillageStory.of(events);
        FundId fund = story.fund("500000.00");
        story.allocate(fund, "300000.00");
        ProjectId first = story.project("100000.00", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        ProjectId second = story.project("100000.00", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        story.start(first, LocalDate.of(2026, 2, 1)).milestone(first, LocalDate.of(2026, 5, 1), 30)
                .commit(second, from(fund, "70000.00"));
        events.awaitProjections();

        List<ProjectView> listed = projects.list(story.village().value(), null, null);
        assertThat(listed).extracting(ProjectView::id).containsExactlyInAnyOrder(first.value(), second.value());
        ProjectView one = listed.stream().filter(p -> p.id().equals(first.value())).findFirst().orElseThrow();
        ProjectView two = listed.stream().filter(p -> p.id().equals(second.value())).findFirst().orElseThrow();
        assertThat(one.milestones()).hasSize(1);
        assertThat(one.byFund()).isEmpty();
        assertThat(two.milestones()).isEmpty();
        assertThat(two.byFund()).extracting(ProjectView.FundMoney::held).containsExactly("70000.00");
    }

    @Test
    void theReadModelEqualsTheProjectReplayedFromItsVillagesEvents() throws InterruptedException {
        VillageStory story = VillageStory.of(events);
        FundId fund = story.fund("500000.00");
        story.allocate(fund, "300000.00");
        ProjectId road = story.project("200000.00", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31));
        story.start(road, LocalDate.of(2026, 3, 5)).milestone(road, LocalDate.of(2026, 5, 10), 40)
                .commit(road, from(fund, "170000.00"));
        String payment = story.pay(road, from(fund, "60000.00"));
        story.reverse(road, payment, from(fund, "60000.00"));
        story.pay(road, from(fund, "55000.00"));
        events.awaitProjections();

        LocalDate today = LocalDate.now(clock);
        List<ProjectView> replayed = history.replay(story.village().value(),
                AsOf.parse("asOf", Instant.now().toString())).projects(today);
        // payableNow is a judgement of now, which a replay of a moment does not make
        assertThat(replayed).singleElement().usingRecursiveComparison().ignoringFields("payableNow")
                .isEqualTo(projects.find(road.value()).orElseThrow());
        assertThat(replayed.get(0).payableNow()).isNull();
        assertThat(replayed.get(0).held()).isEqualTo("115000.00");
    }
}
