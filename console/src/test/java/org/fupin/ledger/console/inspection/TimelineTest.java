package org.fupin.ledger.console.inspection;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineTest {

    private static final List<HistoryPage.Entry> ENTRIES = entries();

    @Test
    void keepsOnlyTheChosenEventTypeAndActorAndCountsWhatIsKept() {
        Timeline timeline = Timeline.of("V1", ENTRIES, "MilestoneReported", "secretary", 0, 20);

        assertThat(timeline.page().entries()).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.type()).isEqualTo("MilestoneReported");
            assertThat(entry.actor()).isEqualTo("secretary");
        });
        assertThat(timeline.page().total()).isEqualTo(10);
    }

    @Test
    void pagesWhatTheFiltersKept() {
        Timeline first = Timeline.of("V1", ENTRIES, "FundsAllocated", "", 0, 20);
        Timeline second = Timeline.of("V1", ENTRIES, "FundsAllocated", "", 1, 20);

        assertThat(first.page().total()).isEqualTo(30);
        assertThat(first.page().entries()).hasSize(20);
        assertThat(first.page().hasNext()).isTrue();
        assertThat(second.page().entries()).hasSize(10)
                .extracting(HistoryPage.Entry::position).startsWith(40L);
        assertThat(second.page().hasNext()).isFalse();
    }

    @Test
    void keepsEverythingWithoutFiltersAndAnswersAnEmptyPageBeyondTheEnd() {
        assertThat(Timeline.of("V1", ENTRIES, null, null, 0, 20).page().total()).isEqualTo(60);
        assertThat(Timeline.of("V1", ENTRIES, null, null, 9, 20).page().entries()).isEmpty();
    }

    @Test
    void offersEveryTypeAndActorOfTheDateRangeWhateverIsChosen() {
        Timeline timeline = Timeline.of("V1", ENTRIES, "MilestoneReported", "secretary", 0, 20);

        assertThat(timeline.types()).containsExactly("FundsAllocated", "MilestoneReported", "ProjectStarted");
        assertThat(timeline.actors()).containsExactly("finance", "secretary", "secretary2");
    }

    /** 60 events: every other one an allocation by finance, the rest milestones and starts by two secretaries. */
    private static List<HistoryPage.Entry> entries() {
        List<HistoryPage.Entry> entries = new ArrayList<>();
        for (long position = 0; position < 60; position++) {
            boolean allocation = position % 2 == 0;
            String type = allocation ? "FundsAllocated" : position % 4 == 1 ? "MilestoneReported" : "ProjectStarted";
            String actor = allocation ? "finance" : position % 3 == 0 ? "secretary2" : "secretary";
            entries.add(new HistoryPage.Entry(position,
                    "2026-09-30T08:00:00Z", type, actor, "ROLE", "r" + position, "summary " + position,
                    allocation ? "2026-09-30" : null, false));
        }
        return entries;
    }
}
