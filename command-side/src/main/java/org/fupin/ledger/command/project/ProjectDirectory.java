package org.fupin.ledger.command.project;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.fupin.ledger.command.CommandRefused;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Which village each project belongs to, in {@code event_store.project_registry}. Rows are written inside
 * the proposing command's transaction, so a row exists exactly when its {@code ProjectProposed} does. A
 * project never moves to another village, so an answer found is remembered and later commands on the same
 * project do not ask the database; an unknown project is asked again each time.
 */
@Component
public class ProjectDirectory implements ProjectRegistration {

    private final JdbcTemplate jdbc;
    private final Cache<ProjectId, VillageId> villages;

    ProjectDirectory(JdbcTemplate jdbc, @Value("${ledger.aggregate-cache.size:20000}") long size) {
        this.jdbc = jdbc;
        this.villages = Caffeine.newBuilder().maximumSize(size).build();
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
        VillageId known = villages.getIfPresent(projectId);
        if (known != null) {
            return known;
        }
        List<String> village = jdbc.queryForList(
                "SELECT village_id FROM event_store.project_registry WHERE project_id = ?", String.class,
                projectId.value());
        if (village.isEmpty()) {
            throw CommandRefused.notFound("project", projectId.value());
        }
        VillageId found = VillageId.of(village.get(0));
        villages.put(projectId, found);
        return found;
    }
}
