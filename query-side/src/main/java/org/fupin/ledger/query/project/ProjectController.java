package org.fupin.ledger.query.project;

import org.fupin.ledger.query.http.BadQuery;
import org.fupin.ledger.query.http.NotFound;
import org.fupin.ledger.shared.project.ProjectStatus;
import org.fupin.ledger.shared.project.ProjectType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;

/** Projects with their money, progress and warning flags; listed by village, status and type. */
@RestController
@RequestMapping("/api/projects")
class ProjectController {

    private final ProjectQueries projects;

    ProjectController(ProjectQueries projects) {
        this.projects = projects;
    }

    @GetMapping("/{id}")
    ProjectView one(@PathVariable String id) {
        return projects.find(id).orElseThrow(() -> new NotFound("project", id));
    }

    @GetMapping
    List<ProjectView> list(@RequestParam(required = false) String villageId,
                           @RequestParam(required = false) String status,
                           @RequestParam(required = false) String type) {
        return projects.list(villageId, valueOf(ProjectStatus.class, "status", status),
                valueOf(ProjectType.class, "type", type));
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
