package org.fupin.ledger.query.collective;

import org.fupin.ledger.query.QuerySideTest;
import org.fupin.ledger.query.StoredEvents;
import org.fupin.ledger.query.VillageStory;
import org.fupin.ledger.query.inspection.AsOf;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.collective.CollectiveIncomeRecorded;
import org.fupin.ledger.shared.collective.IncomeCategory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** Collective income per month counts each entry in the month it took effect in, not when it was recorded. */
@QuerySideTest
class CollectiveByEffectiveMonthIT {

    @Autowired
    StoredEvents events;
    @Autowired
    CollectiveController collective;
    @Autowired
    Clock clock;

    @Test
    void sumsIncomeByEffectiveMonthWithLegacyEntriesOnTheirRecordingDay() throws InterruptedException {
        LocalDate today = LocalDate.ofInstant(clock.instant(), AsOf.LEDGER_ZONE);
        LocalDate lastMonth = today.minusMonths(1);
        VillageStory story = VillageStory.of(events);
        String earned = YearMonth.from(lastMonth).toString();
        events.village(story.village(),
                new CollectiveIncomeRecorded(story.village(), StoredEvents.unique("I"), Money.of("40.00"),
                        IncomeCategory.PHOTOVOLTAIC, null, earned, "收-1", lastMonth),
                new CollectiveIncomeRecorded(story.village(), StoredEvents.unique("I"), Money.of("2.00"),
                        IncomeCategory.PHOTOVOLTAIC, null, earned, "收-2", lastMonth.withDayOfMonth(1)),
                new CollectiveIncomeRecorded(story.village(), StoredEvents.unique("I"), Money.of("5.00"),
                        IncomeCategory.PHOTOVOLTAIC, null, earned, "收-3", null));
        events.awaitProjections();

        CollectiveView view = collective.collective(story.village().value());

        assertThat(view.incomeByEffectiveMonth()).containsExactly(
                new CollectiveView.Total(earned, "42.00"),
                new CollectiveView.Total(YearMonth.from(today).toString(), "5.00"));
        assertThat(view.incomeByPeriod()).containsExactly(new CollectiveView.Total(earned, "47.00"));
        assertThat(view.incomeEntries()).extracting(CollectiveView.Entry::effectiveDate)
                .containsExactly(lastMonth, lastMonth.withDayOfMonth(1), today);
    }
}
