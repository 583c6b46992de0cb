package org.fupin.ledger.query.disclosure;

import org.fupin.ledger.query.QuerySideTest;
import org.fupin.ledger.query.StoredEvents;
import org.fupin.ledger.query.VillageStory;
import org.fupin.ledger.query.http.NotFound;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.ProjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fupin.ledger.query.VillageStory.from;

/** The disclosure sheet computed from a village's own events, for the month they happened in. */
@QuerySideTest
class DisclosureSheetsIT {

    @Autowired
    StoredEvents events;
    @Autowired
    DisclosureSheets sheets;
    @Autowired
    Clock clock;

    @Test
    void listsThePeriodsMoneyAndShowsBalancesAtItsEnd() throws InterruptedException {
        VillageStory story = VillageStory.of(events);
        FundId fund = story.fund("1000000.00");
        story.allocate(fund, "150000.00").allocate(fund, "50000.00").giveBack(fund, "10000.00");
        ProjectId road = story.project("180000.00", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31));
        story.start(road, LocalDate.of(2026, 3, 5)).commit(road, from(fund, "170000.00"));
        String payment = story.pay(road, from(fund, "60000.00"));
        story.reverse(road, payment, from(fund, "60000.00"));
        story.pay(road, from(fund, "100000.00"));
        events.awaitProjections();

        YearMonth month = YearMonth.now(clock);
        DisclosureSheet sheet = sheets.sheet(story.village().value(), Period.parse(month.toString()));
        assertThat(sheet.fundsReceived()).hasSize(2);
        assertThat(sheet.fundsReceivedTotal()).isEqualTo("200000.00");
        assertThat(sheet.fundsReturnedTotal()).isEqualTo("10000.00");
        assertThat(sheet.fundsAvailableAtEnd()).isEqualTo("20000.00");
        assertThat(sheet.periodClosed()).isFalse();
        assertThat(sheet.projects()).singleElement().satisfies(line -> {
            assertThat(line.paidInPeriod()).isEqualTo("160000.00");
            assertThat(line.reversedInPeriod()).isEqualTo("60000.00");
            assertThat(line.paidToDate()).isEqualTo("100000.00");
            assertThat(line.held()).isEqualTo("70000.00");
            assertThat(line.payments()).hasSize(3);
        });

        assertThatThrownBy(() -> sheets.sheet(story.village().value(), Period.parse(month.minusMonths(1).toString())))
                .as("the month before the village was registered").isInstanceOf(NotFound.class);
    }

    @Test
    void aBackdatedPaymentBelongsToTheMonthItTookEffectIn() throws InterruptedException {
        LocalDate today = LocalDate.now(clock);
        LocalDate lastMonth = today.minusMonths(1);
        VillageStory story = VillageStory.of(events);
        FundId fund = story.fund("1000000.00");
        story.effectiveOn(lastMonth).allocate(fund, "100000.00");
        ProjectId road = story.project("100000.00", lastMonth, today.plusMonths(6));
        story.start(road, lastMonth).commit(road, from(fund, "100000.00"));
        story.pay(road, from(fund, "80000.00"));
        story.effectiveOn(today).pay(road, from(fund, "20000.00"));
        events.awaitProjections();

        DisclosureSheet earlier = sheets.sheet(story.village().value(), Period.parse(YearMonth.from(lastMonth).toString()));
        assertThat(earlier.fundsReceivedTotal()).isEqualTo("100000.00");
        assertThat(earlier.fundsReceived()).extracting(DisclosureSheet.FundReceipt::date).containsExactly(lastMonth);
        assertThat(earlier.projects()).singleElement().satisfies(line -> {
            assertThat(line.paidInPeriod()).isEqualTo("80000.00");
            assertThat(line.held()).isEqualTo("20000.00");
        });

        DisclosureSheet current = sheets.sheet(story.village().value(), Period.parse(YearMonth.from(today).toString()));
        assertThat(current.fundsReceived()).isEmpty();
        assertThat(current.projects()).singleElement().satisfies(line -> {
            assertThat(line.paidInPeriod()).isEqualTo("20000.00");
            assertThat(line.paidToDate()).isEqualTo("100000.00");
        });
    }

    @Test
    void aSheetIsFinalOnceAllItsMonthsAreClosed() throws InterruptedException {
        VillageStory story = VillageStory.of(events);
        FundId fund = story.fund("1000.00");
        story.effectiveOn(LocalDate.of(2019, 5, 20)).allocate(fund, "100.00");
        events.periodCalendar(new org.fupin.ledger.shared.period.PeriodClosed("ledger", "2019-05", "结账"));
        events.awaitProjections();

        DisclosureSheet may = sheets.sheet(story.village().value(), Period.parse("2019-05"));
        assertThat(may.closing().isFinal()).isTrue();
        assertThat(may.closing().closedWith()).isEqualTo(YearMonth.of(2019, 5));
        assertThat(may.fundsReceivedTotal()).isEqualTo("100.00");
        assertThat(sheets.sheet(story.village().value(), Period.parse(YearMonth.now(clock).toString()))
                .closing().isFinal()).as("the current month is open").isFalse();
    }

    @Test
    void anUnknownVillageHasNoSheet() {
        assertThatThrownBy(() -> sheets.sheet(StoredEvents.unique("NOWHERE"), Period.parse("2026-Q3")))
                .isInstanceOf(NotFound.class);
    }
}
