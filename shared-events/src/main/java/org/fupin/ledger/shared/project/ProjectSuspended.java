package org.fupin.ledger.shared.project;

import org.axonframework.serialization.Revision;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageEvent;
import org.fupin.ledger.shared.VillageId;

/** Work stopped for the given reason. Status SUSPENDED until resumed. */
@Revision("1")
public record ProjectSuspended(VillageId villageId, ProjectId projectId, String reason) implements VillageEvent {
}
