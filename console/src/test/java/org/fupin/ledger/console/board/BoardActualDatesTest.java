package org.fupin.ledger.console.board;

import org.fupin.ledger.console.project.ProjectView;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The board's timeline carries each project's actual start and finish, as the query side reports them. */
class BoardActualDatesTest {

    private static final BoardView BOARD = new BoardView("Z镇", List.of(new BoardView.VillageRow("V1", "东沟村", "Z镇",
            List.of(new BoardView.TypeRow("ROAD_HARDENING", Map.of("COMPLETED", 1), "1.00", "1.00", "1.00")))));

    @Test
    void drawsTheActualStartAndFinishBesideThePlannedDates() {
        BoardCharts charts = BoardCharts.of(BOARD, List.of(
                project("P1", LocalDate.of(2026, 3, 5), LocalDate.of(2026, 9, 28)),
                project("P2", LocalDate.of(2026, 4, 2), null),
                project("P3", null, null)));

        assertThat(charts.timeline()).extracting(row -> row.get("startedOn"), row -> row.get("completedOn"))
                .containsExactly(tuple("2026-03-05", "2026-09-28"),
                        tuple("2026-04-02", null),
                        tuple(null, null));
    }

    private static ProjectView project(String id, LocalDate startedOn, LocalDate completedOn) {
        return new ProjectView(id, "V1", "ROAD_HARDENING", "project " + id, "IN_PROGRESS", "1.00", "1.00", "0.00",
                "0.00", "1.00", 50, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 30), false, false, null, null,
                List.of(), startedOn, completedOn, "0.00", 0, "0.00");
    }
}
