package org.fupin.ledger.query.inspection;

import org.fupin.ledger.query.QuerySideTest;
import org.fupin.ledger.query.StoredEvents;
import org.fupin.ledger.query.VillageStory;
import org.fupin.ledger.query.period.EffectiveDate;
import org.fupin.ledger.shared.FundId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * History keeps the recorded time and shows the effective date beside it, marking an entry effective in an
 * earlier month than its recording as backdated (补记); events stored without an effective date read as
 * effective on their recording day in Asia/Shanghai.
 */
@QuerySideTest
class BackdatedHistoryIT {

    @Autowired
    StoredEvents events;
    @Autowired
    VillageHistory history;
    @Autowired
    Clock clock;

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), AsOf.LEDGER_ZONE);
    }

    private List<HistoryEntry> entries(VillageStory story) {
        return history.stream(story.village().value()).asStream().map(VillageHistory::entry).toList();
    }

    @Test
    void showsBothDatesAndMarksAnEntryEffectiveInAnEarlierMonthAsBackdated() {
        LocalDate twoMonthsAgo = today().minusMonths(2);
        VillageStory story = VillageStory.of(events);
        FundId fund = story.fund("1000.00");
        story.effectiveOn(twoMonthsAgo).allocate(fund, "300.00").effectiveOn(today()).allocate(fund, "200.00");

        List<HistoryEntry> money = entries(story).stream().filter(e -> e.effectiveDate() != null).toList();

        assertThat(money).extracting(HistoryEntry::effectiveDate).containsExactly(twoMonthsAgo, today());
        assertThat(money).extracting(HistoryEntry::backdated).containsExactly(true, false);
        assertThat(money).extracting(HistoryEntry::timestamp).allSatisfy(recorded ->
                assertThat(EffectiveDate.recordedOn(recorded)).isEqualTo(today()));
        assertThat(entries(story).get(0).effectiveDate()).as("a registration is no money entry").isNull();
    }

    @Test
    void anEventStoredWithoutAnEffectiveDateIsEffectiveOnItsRecordingDayInShanghai() {
        VillageStory story = VillageStory.of(events);
        FundId fund = story.fund("1000.00");
        story.allocate(fund, "300.00");

        HistoryEntry legacy = entries(story).stream().filter(e -> e.type().equals("AllocationReceived"))
                .findFirst().orElseThrow();

        assertThat(legacy.data().get("effectiveDate").isNull()).as("stored without one").isTrue();
        assertThat(legacy.effectiveDate()).isEqualTo(EffectiveDate.recordedOn(legacy.timestamp()));
        assertThat(legacy.backdated()).isFalse();
    }
}
