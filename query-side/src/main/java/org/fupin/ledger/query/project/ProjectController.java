package org.fupin.ledger.query.project;

import org.fupin.ledger.access.Caller;
import org.fupin.ledger.query.http.BadQuery;
import org.fupin.ledger.query.http.NotFound;
import org.fupin.ledger.query.inspection.AsOf;
import org.fupin.ledger.query.inspection.VillageHistory;
import org.fupin.ledger.query.village.Secretaries;
import org.fupin.ledger.shared.project.ProjectStatus;
import org.fupin.ledger.shared.project.ProjectType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Projects with their money, progress and warning flags; listed by village, status and type. */
@RestController
@RequestMapping("/api/projects")
class ProjectController {

    private final ProjectQueries projects;
    private final VillageHistory history;
    private final Secretaries secretaries;

    ProjectController(ProjectQueries projects, VillageHistory history, Secretaries secretaries) {
        this.projects = projects;
        this.history = history;
        this.secretaries = secretaries;
    }

    @GetMapping("/{id}")
    ProjectView one(@PathVariable String id) {
        return projects.find(id).orElseThrow(() -> new NotFound("project", id));
    }

    /** Projects filtered; with {@code asOf} (and a villageId) as they stood then, replayed from events. */
    @GetMapping
    List<ProjectView> list(@RequestParam(required = false) String villageId,
                           @RequestParam(required = false) String status,
                           @RequestParam(required = false) String type,
                           @RequestParam(required = false) String asOf) {
        ProjectStatus wantedStatus = valueOf(ProjectStatus.class, "status", status);
        ProjectType wantedType = valueOf(ProjectType.class, "type", type);
        if (asOf == null) {
            return visible(projects.list(villageId, wantedStatus, wantedType));
        }
        if (villageId == null) {
            throw new BadQuery("asOf needs a villageId: a village's projects are replayed from its own events");
        }
        AsOf moment = AsOf.parse("asOf", asOf);
        return history.replay(villageId, moment).projects(moment.day()).stream()
                .filter(project -> wantedStatus == null || project.status().equals(wantedStatus.name()))
                .filter(project -> wantedType == null || project.type().equals(wantedType.name()))
                .toList();
    }

    /** A secretary sees only the projects of their own villages. */
    private List<ProjectView> visible(List<ProjectView> found) {
        Caller caller = Caller.current();
        if (caller.readsEverything()) {
            return found;
        }
        Set<String> own = secretaries.villagesOf(caller.username());
        return found.stream().filter(project -> own.contains(project.villageId())).toList();
    }

    private static <E extends Enum<E>> E valueOf(Class<E> type, String parameter, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new BadQuery(parameter + " must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
