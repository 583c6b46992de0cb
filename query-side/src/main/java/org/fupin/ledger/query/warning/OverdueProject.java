package org.fupin.ledger.query.warning;

import org.fupin.ledger.query.project.ProjectFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * OVERDUE_PROJECT: the project board's "overdue" ({@link ProjectFigures#overdue}): the planned end has passed
 * and the project is not completed, accepted or cancelled. It holds from the day after the planned end.
 */
@Component
class OverdueProject implements WarningCheck {

    private final JdbcClient jdbc;

    OverdueProject(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "OVERDUE_PROJECT";
    }

    @Override
    public Set<String> parameters() {
        return Set.of();
    }

    @Override
    public List<Warning> evaluate(WarningRule rule, LocalDate today) {
        return jdbc.sql("""
                        SELECT p.project_id, p.village_id, v.town, p.status, p.planned_end, p.progress_percent
                        FROM project_view p JOIN village_view v ON v.village_id = p.village_id
                        WHERE p.planned_end < ? ORDER BY p.project_id""")
                .param(today)
                .query((row, n) -> {
                    LocalDate plannedEnd = row.getObject("planned_end", LocalDate.class);
                    if (!ProjectFigures.overdue(row.getString("status"), plannedEnd, today)) {
                        return null;
                    }
                    return Warning.raised(rule, new Warning.Subject("PROJECT", row.getString("project_id")),
                            plannedEnd.plusDays(1), Map.of("status", row.getString("status"),
                                    "plannedEnd", plannedEnd.toString(),
                                    "progressPercent", String.valueOf(row.getInt("progress_percent"))),
                            row.getString("village_id"), row.getString("town"));
                })
                .list().stream().filter(Objects::nonNull).toList();
    }
}
