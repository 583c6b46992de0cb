package org.fupin.ledger.query.report;

import org.fupin.ledger.query.QuerySideTest;
import org.fupin.ledger.query.StoredEvents;
import org.fupin.ledger.query.VillageStory;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.ProjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupin.ledger.query.VillageStory.from;

/** The project board of one town: counts per status and money per project type. */
@QuerySideTest
class ProjectBoardIT {

    @Autowired
    StoredEvents events;
    @Autowired
    ProjectBoardController board;

    @Test
    void countsATownsProjectsPerStatusAndSumsTheirMoneyNetOfReleases() throws InterruptedException {
        VillageStory story = VillageStory.of(events);
        FundId fund = story.fund("1000000.00");
        story.allocate(fund, "500000.00");
        LocalDate start = LocalDate.of(2026, 3, 1);
        LocalDate end = LocalDate.of(2026, 12, 31);
        ProjectId running = story.project("200000.00", start, end);
        story.start(running, start).commit(running, from(fund, "150000.00"));
        story.pay(running, from(fund, "40000.00"));
        ProjectId cancelled = story.project("100000.00", start, end);
        story.commit(cancelled, from(fund, "30000.00")).cancel(cancelled, from(fund, "30000.00"));
        story.project("50000.00", start, end);
        events.awaitProjections();

        ProjectBoard answer = board.board(story.town());
        assertThat(answer.villages()).singleElement().satisfies(village -> {
            assertThat(village.villageId()).isEqualTo(story.village().value());
            assertThat(village.byType()).singleElement().satisfies(roads -> {
                assertThat(roads.type()).isEqualTo("ROAD_HARDENING");
                assertThat(roads.countByStatus()).containsEntry("IN_PROGRESS", 1).containsEntry("CANCELLED", 1)
                        .containsEntry("APPROVED", 1).containsEntry("PROPOSED", 0);
                assertThat(roads.budget()).isEqualTo("350000.00");
                assertThat(roads.committed()).isEqualTo("150000.00");
                assertThat(roads.disbursed()).isEqualTo("40000.00");
            });
        });
    }
}
