package org.fupin.ledger.command.project;

import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageId;

/**
 * Claims a project id for a village, inside the proposing command's transaction. Project ids are unique
 * across all villages, and project commands arrive by project id alone, so the claim is also how they find
 * their village.
 */
@FunctionalInterface
public interface ProjectRegistration {

    /** @throws org.fupin.ledger.command.CommandRefused when the id is already taken */
    void register(ProjectId projectId, VillageId villageId);
}
