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
 * STALLED_PROJECT: the project board's "stalled" ({@link ProjectFigures#stalled}): in progress, and neither a
 * start nor a milestone for {@value ProjectFigures#STALLED_AFTER_DAYS} days. It holds from the day the last
 * sign of life became too old.
 */
@Component
class StalledProject implements WarningCheck {

    private final JdbcClient jdbc;

    StalledProject(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "STALLED_PROJECT";
    }

    @Override
    public Set<String> parameters() {
        return Set.of();
    }

    @Override
    public List<Warning> evaluate(WarningRule rule, LocalDate today) {
        return jdbc.sql("""
                        SELECT p.project_id, p.village_id, v.town, p.status, p.planned_start, p.started_on,
                               p.last_milestone_on, p.progress_percent
                        FROM project_view p JOIN village_view v ON v.village_id = p.village_id
                        WHERE p.status = 'IN_PROGRESS' ORDER BY p.project_id""")
                .query((row, n) -> {
                    LocalDate started = row.getObject("started_on", LocalDate.class);
                    LocalDate milestone = row.getObject("last_milestone_on", LocalDate.class);
                    if (!ProjectFigures.stalled(row.getString("status"), started, milestone, today)) {
                        return null;
                    }
                    LocalDate lastSign = latest(started, milestone, row.getObject("planned_start", LocalDate.class));
                    return Warning.raised(rule, new Warning.Subject("PROJECT", row.getString("project_id")),
                            lastSign.plusDays(ProjectFigures.STALLED_AFTER_DAYS + 1L),
                            Map.of("lastSignOfLife", lastSign.toString(),
                                    "progressPercent", String.valueOf(row.getInt("progress_percent"))),
                            row.getString("village_id"), row.getString("town"));
                })
                .list().stream().filter(Objects::nonNull).toList();
    }

    /** The later of the start and the last milestone; the planned start when neither is known. */
    private static LocalDate latest(LocalDate started, LocalDate milestone, LocalDate plannedStart) {
        if (started == null || milestone == null) {
            return started != null ? started : milestone != null ? milestone : plannedStart;
        }
        return started.isAfter(milestone) ? started : milestone;
    }
}
