package org.fupin.ledger.shared.project;

import org.axonframework.serialization.Revision;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageEvent;
import org.fupin.ledger.shared.VillageId;

/** A finance officer approved the project after review. Status APPROVED. */
@Revision("1")
public record ProjectApproved(VillageId villageId, ProjectId projectId, String note) implements VillageEvent {
}
