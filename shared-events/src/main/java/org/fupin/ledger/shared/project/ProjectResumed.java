package org.fupin.ledger.shared.project;

import org.axonframework.serialization.Revision;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageEvent;
import org.fupin.ledger.shared.VillageId;

/** Work resumed after a suspension. Status IN_PROGRESS again. */
@Revision("1")
public record ProjectResumed(VillageId villageId, ProjectId projectId, String note) implements VillageEvent {
}
