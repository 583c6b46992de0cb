package org.fupin.ledger.query.project;

import org.fupin.ledger.query.Amounts;
import org.fupin.ledger.shared.project.ProjectStatus;
import org.fupin.ledger.shared.project.ProjectType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads projects from their read models and derives the flags and rates of each. */
@Component
public class ProjectQueries {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> SPEC = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final Clock clock;

    ProjectQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The village a project belongs to, when the project exists. */
    public Optional<String> villageOf(String projectId) {
        return jdbc.sql("SELECT village_id FROM project_view WHERE project_id = ?").param(projectId)
                .query(String.class).optional();
    }

    Optional<ProjectView> find(String id) {
        return jdbc.sql("SELECT * FROM project_view WHERE project_id = ?").param(id).query(this::view).optional();
    }

    List<ProjectView> list(String villageId, ProjectStatus status, ProjectType type) {
        return jdbc.sql("""
                        SELECT * FROM project_view
                        WHERE (CAST(? AS VARCHAR) IS NULL OR village_id = ?)
                          AND (CAST(? AS VARCHAR) IS NULL OR status = ?)
                          AND (CAST(? AS VARCHAR) IS NULL OR type = ?)
                        ORDER BY project_id""")
                .params(villageId, villageId, name(status), name(status), name(type), name(type))
                .query(this::view).list();
    }

    private ProjectView view(ResultSet row, int n) throws SQLException {
        String id = row.getString("project_id");
        long budget = row.getLong("budget");
        long committed = row.getLong("committed");
        long released = row.getLong("released");
        long disbursed = row.getLong("disbursed");
        String status = row.getString("status");
        LocalDate plannedEnd = row.getObject("planned_end", LocalDate.class);
        LocalDate today = LocalDate.now(clock);
        return new ProjectView(id, row.getString("village_id"), row.getString("type"), row.getString("name"), status,
                Amounts.format(budget), Amounts.format(committed), Amounts.format(disbursed), Amounts.format(released),
                Amounts.format(committed - released - disbursed), row.getInt("progress_percent"),
                row.getObject("planned_start", LocalDate.class), plannedEnd,
                ProjectFigures.overdue(status, plannedEnd, today),
                ProjectFigures.stalled(status, row.getObject("started_on", LocalDate.class),
                        row.getObject("last_milestone_on", LocalDate.class), today),
                ProjectFigures.rate(committed - released, budget), ProjectFigures.rate(disbursed, budget),
                JSON.readValue(row.getString("spec"), SPEC), milestones(id), byFund(id));
    }

    private List<ProjectView.Milestone> milestones(String projectId) {
        return jdbc.sql("""
                        SELECT milestone_id, title, reported_on, progress_percent, note FROM milestone_view
                        WHERE project_id = ? ORDER BY recorded_at, milestone_id""")
                .param(projectId)
                .query((row, n) -> new ProjectView.Milestone(row.getString("milestone_id"), row.getString("title"),
                        row.getObject("reported_on", LocalDate.class), row.getInt("progress_percent"),
                        row.getString("note")))
                .list();
    }

    private List<ProjectView.FundMoney> byFund(String projectId) {
        return jdbc.sql("SELECT * FROM project_fund_view WHERE project_id = ? ORDER BY fund_id").param(projectId)
                .query((row, n) -> new ProjectView.FundMoney(row.getString("fund_id"),
                        Amounts.format(row.getLong("committed")), Amounts.format(row.getLong("disbursed")),
                        Amounts.format(row.getLong("committed") - row.getLong("released") - row.getLong("disbursed"))))
                .list();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
