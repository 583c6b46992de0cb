package org.fupin.ledger.command.project;

import org.fupin.ledger.command.CommandRefused;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Which village each project belongs to, in {@code event_store.project_registry}. Rows are written inside
 * the proposing command's transaction, so a row exists exactly when its {@code ProjectProposed} does.
 */
@Component
public class ProjectDirectory implements ProjectRegistration {

    private final JdbcTemplate jdbc;

    ProjectDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void register(ProjectId projectId, VillageId villageId) {
        try {
            jdbc.update("INSERT INTO event_store.project_registry (project_id, village_id) VALUES (?, ?)",
                    projectId.value(), villageId.value());
        } catch (DuplicateKeyException e) {
            throw CommandRefused.duplicate("project", projectId.value());
        }
    }

    /** The village of a project, or a 404 refusal. */
    public VillageId villageOf(ProjectId projectId) {
        List<String> village = jdbc.queryForList(
                "SELECT village_id FROM event_store.project_registry WHERE project_id = ?", String.class,
                projectId.value());
        if (village.isEmpty()) {
            throw CommandRefused.notFound("project", projectId.value());
        }
        return VillageId.of(village.get(0));
    }
}
