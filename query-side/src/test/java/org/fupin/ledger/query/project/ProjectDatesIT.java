package org.fupin.ledger.query.project;

import org.fupin.ledger.query.QuerySideTest;
import org.fupin.ledger.query.StoredEvents;
import org.fupin.ledger.query.VillageStory;
import org.fupin.ledger.query.inspection.VillageHistory;
import org.fupin.ledger.query.inspection.AsOf;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.project.ProjectCompleted;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A project's actual start and finish, as the secretary reported them, live and replayed alike. */
@QuerySideTest
class ProjectDatesIT {

    @Autowired
    StoredEvents events;
    @Autowired
    ProjectQueries projects;
    @Autowired
    VillageHistory history;

    @Test
    void showsTheReportedStartAndFinishDates() throws InterruptedException {
        VillageStory story = VillageStory.of(events);
        ProjectId road = story.project("200000.00", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 10, 31));
        ProjectId plot = story.project("50000.00", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 12, 31));
        story.start(road, LocalDate.of(2026, 3, 5)).start(plot, LocalDate.of(2026, 4, 2));
        events.village(story.village(), new ProjectCompleted(story.village(), road, LocalDate.of(2026, 9, 28)));
        events.awaitProjections();

        ProjectView live = projects.find(road.value()).orElseThrow();
        assertThat(live.startedOn()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(live.completedOn()).isEqualTo(LocalDate.of(2026, 9, 28));
        ProjectView unfinished = projects.find(plot.value()).orElseThrow();
        assertThat(unfinished.startedOn()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(unfinished.completedOn()).isNull();

        ProjectView replayed = history.replay(story.village().value(), AsOf.parse("asOf", LocalDate.now().plusDays(1)
                .toString())).projects(LocalDate.now()).stream().filter(p -> p.id().equals(road.value()))
                .findFirst().orElseThrow();
        assertThat(replayed.startedOn()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(replayed.completedOn()).isEqualTo(LocalDate.of(2026, 9, 28));
    }
}
