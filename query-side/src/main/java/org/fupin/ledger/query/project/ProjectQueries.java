package org.fupin.ledger.query.project;

import org.fupin.ledger.query.position.FundPosition;
import org.fupin.ledger.shared.project.PaymentAdvance;
import org.fupin.ledger.shared.project.ProjectStatus;
import org.fupin.ledger.shared.project.ProjectType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads projects from their read models and derives the flags and rates of each. A list is read with one
 * query per table (projects, their milestones, their per-fund money), whatever its length.
 */
@Component
public class ProjectQueries {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> SPEC = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PaymentAdvance advance;

    ProjectQueries(JdbcClient jdbc, Clock clock, PaymentAdvance advance) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.advance = advance;
    }

    /** The village a project belongs to, when the project exists. */
    public Optional<String> villageOf(String projectId) {
        return jdbc.sql("SELECT village_id FROM project_view WHERE project_id = ?").param(projectId)
                .query(String.class).optional();
    }

    Optional<ProjectView> find(String id) {
        return views(jdbc.sql("SELECT * FROM project_view WHERE project_id = ?").param(id).query(this::row).list())
                .stream().findFirst();
    }

    List<ProjectView> list(String villageId, ProjectStatus status, ProjectType type) {
        return views(jdbc.sql("""
                        SELECT * FROM project_view
                        WHERE (CAST(? AS VARCHAR) IS NULL OR village_id = ?)
                          AND (CAST(? AS VARCHAR) IS NULL OR status = ?)
                          AND (CAST(? AS VARCHAR) IS NULL OR type = ?)
                        ORDER BY project_id""")
                .params(villageId, villageId, name(status), name(status), name(type), name(type))
                .query(this::row).list());
    }

    /** A row of {@code project_view}: the project's facts and its money in total. */
    private record Row(ProjectView.Facts facts, FundPosition money) {
    }

    private Row row(ResultSet row, int n) throws SQLException {
        return new Row(new ProjectView.Facts(row.getString("project_id"), row.getString("village_id"),
                row.getString("type"), row.getString("name"), row.getString("status"), row.getLong("budget"),
                row.getInt("progress_percent"), row.getObject("planned_start", LocalDate.class),
                row.getObject("planned_end", LocalDate.class), row.getObject("started_on", LocalDate.class),
                row.getObject("completed_on", LocalDate.class),
                row.getObject("last_milestone_on", LocalDate.class), JSON.readValue(row.getString("spec"), SPEC),
                row.getInt("verified_progress_percent")),
                FundPosition.ofProject(row.getLong("committed"), row.getLong("released"), row.getLong("disbursed"),
                        row.getLong("pending_approval")));
    }

    private List<ProjectView> views(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        String[] ids = rows.stream().map(row -> row.facts().id()).toArray(String[]::new);
        Map<String, List<ProjectView.Milestone>> milestones = milestones(ids);
        Map<String, List<ProjectView.FundMoney>> byFund = byFund(ids);
        LocalDate today = LocalDate.now(clock);
        return rows.stream().map(row -> ProjectView.of(row.facts(), row.money(), today,
                milestones.getOrDefault(row.facts().id(), List.of()),
                byFund.getOrDefault(row.facts().id(), List.of()), advance)).toList();
    }

    private Map<String, List<ProjectView.Milestone>> milestones(String[] projectIds) {
        Map<String, List<ProjectView.Milestone>> found = new HashMap<>();
        jdbc.sql("""
                        SELECT project_id, milestone_id, title, reported_on, progress_percent, note,
                               verdict, verified_by, verified_at, verification_note FROM milestone_view
                        WHERE project_id = ANY(?) ORDER BY project_id, recorded_at, milestone_id""")
                .param(projectIds)
                .query((ResultSet row) -> {
                    found.computeIfAbsent(row.getString("project_id"), id -> new ArrayList<>())
                            .add(new ProjectView.Milestone(row.getString("milestone_id"), row.getString("title"),
                                    row.getObject("reported_on", LocalDate.class), row.getInt("progress_percent"),
                                    row.getString("note"), verification(row)));
                });
        return found;
    }

    private static ProjectView.Verification verification(ResultSet row) throws SQLException {
        String verdict = row.getString("verdict");
        Timestamp at = row.getTimestamp("verified_at");
        return verdict == null ? null : new ProjectView.Verification(verdict, row.getString("verified_by"),
                at.toInstant(), row.getString("verification_note"));
    }

    private Map<String, List<ProjectView.FundMoney>> byFund(String[] projectIds) {
        Map<String, List<ProjectView.FundMoney>> found = new HashMap<>();
        jdbc.sql("SELECT project_id, fund_id, " + FundPosition.PROJECT_COLUMNS
                        + " FROM project_fund_view WHERE project_id = ANY(?) ORDER BY project_id, fund_id")
                .param(projectIds)
                .query((ResultSet row) -> {
                    found.computeIfAbsent(row.getString("project_id"), id -> new ArrayList<>())
                            .add(ProjectView.FundMoney.of(row.getString("fund_id"), FundPosition.read(row)));
                });
        return found;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
