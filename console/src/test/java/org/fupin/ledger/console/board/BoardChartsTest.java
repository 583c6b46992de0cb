package org.fupin.ledger.console.board;

import org.fupin.ledger.console.project.ProjectView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BoardChartsTest {

    private static final BoardView BOARD = new BoardView("Z镇", List.of(new BoardView.VillageRow("V1", "石门村", "Z镇",
            List.of(new BoardView.TypeRow("ROAD_HARDENING", Map.of("IN_PROGRESS", 1), "600000.00", "600000.00",
                            "350000.00"),
                    new BoardView.TypeRow("BAKING_ROOM", Map.of("ACCEPTED", 1), "280000.00", "280000.00",
                            "280000.00")))));

    @Test
    void drawsEachProjectOfTheBoardsVillagesWithItsPlannedDatesProgressAndMilestoneDates() {
        BoardCharts charts = BoardCharts.of(BOARD, List.of(
                project("P1", "V1", "2026-03-01", "2026-09-30", 85, "2026-05-10", "2026-08-20"),
                project("P2", "V9", "2026-03-01", "2026-09-30", 10)));

        assertThat(charts.timeline()).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("name", "project P1").containsEntry("plannedStart", "2026-03-01")
                    .containsEntry("plannedEnd", "2026-09-30").containsEntry("progress", 85);
            assertThat(row.get("milestones")).isEqualTo(List.of("2026-05-10", "2026-08-20"));
        });
    }

    @Test
    void leavesOutAProjectWithoutPlannedDates() {
        assertThat(BoardCharts.of(BOARD, List.of(project("P1", "V1", null, null, 0))).timeline()).isEmpty();
    }

    @Test
    void addsUpEachVillagesMoneyInTenThousandYuan() {
        BoardCharts charts = BoardCharts.of(BOARD, List.of());

        assertThat(charts.villages()).containsExactly("石门村");
        assertThat(charts.budget()).containsExactly(new BigDecimal("88.00"));
        assertThat(charts.disbursed()).containsExactly(new BigDecimal("63.00"));
        assertThat(BoardCharts.wan(List.of("1234567.89"))).isEqualByComparingTo("123.46");
    }

    private static ProjectView project(String id, String village, String start, String end, int progress,
                                       String... milestones) {
        List<ProjectView.Milestone> reported = Arrays.stream(milestones)
                .map(date -> new ProjectView.Milestone("M-" + date, "m", LocalDate.parse(date), progress, ""))
                .toList();
        return new ProjectView(id, village, "ROAD_HARDENING", "project " + id, "IN_PROGRESS", "1.00", "1.00",
                "0.00", "0.00", "1.00", progress, start == null ? null : LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end), false, false, null, null, reported);
    }
}
