package org.fupin.ledger.console.board;

import org.fupin.ledger.console.project.ProjectView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The board's two charts as ECharts wants them. The timeline: each project's planned start and end as a bar,
 * the share of it its reported progress covers, the dates of its milestones, and its actual start to its actual
 * finish (or to today while it runs) as the secretary reported them. The money: per village, what its projects budgeted,
 * committed and paid, in 万元 (ten thousand yuan).
 */
public record BoardCharts(List<Map<String, Object>> timeline, List<String> villages, List<BigDecimal> budget,
                          List<BigDecimal> committed, List<BigDecimal> disbursed) {

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

    static BoardCharts of(BoardView board, List<ProjectView> projects) {
        Set<String> shown = new HashSet<>();
        board.villages().forEach(village -> shown.add(village.villageId()));
        List<Map<String, Object>> timeline = new ArrayList<>();
        for (ProjectView project : projects) {
            if (shown.contains(project.villageId()) && project.plannedStart() != null
                    && project.plannedEnd() != null) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", project.name());
                row.put("status", project.status());
                row.put("plannedStart", project.plannedStart().toString());
                row.put("plannedEnd", project.plannedEnd().toString());
                row.put("progress", project.progressPercent());
                row.put("overdue", project.overdue());
                row.put("startedOn", project.startedOn() == null ? null : project.startedOn().toString());
                row.put("completedOn", project.completedOn() == null ? null : project.completedOn().toString());
                row.put("milestones", project.milestones().stream()
                        .filter(milestone -> milestone.date() != null)
                        .map(milestone -> milestone.date().toString()).toList());
                timeline.add(row);
            }
        }
        List<String> villages = new ArrayList<>();
        List<BigDecimal> budget = new ArrayList<>();
        List<BigDecimal> committed = new ArrayList<>();
        List<BigDecimal> disbursed = new ArrayList<>();
        for (BoardView.VillageRow village : board.villages()) {
            villages.add(village.name());
            budget.add(wan(village.byType().stream().map(BoardView.TypeRow::budget).toList()));
            committed.add(wan(village.byType().stream().map(BoardView.TypeRow::committed).toList()));
            disbursed.add(wan(village.byType().stream().map(BoardView.TypeRow::disbursed).toList()));
        }
        return new BoardCharts(timeline, villages, budget, committed, disbursed);
    }

    /** The amounts added up, in 万元 to two decimals (¥1,234,567.89 is 123.46 万元). */
    static BigDecimal wan(List<String> amounts) {
        return amounts.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(WAN, 2, RoundingMode.HALF_UP);
    }
}
