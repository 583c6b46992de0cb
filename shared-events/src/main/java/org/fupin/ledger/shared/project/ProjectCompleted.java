package org.fupin.ledger.shared.project;

import org.axonframework.serialization.Revision;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageEvent;
import org.fupin.ledger.shared.VillageId;

import java.time.LocalDate;

/** Construction finished on the given date. Status COMPLETED. */
@Revision("1")
public record ProjectCompleted(VillageId villageId, ProjectId projectId, LocalDate date) implements VillageEvent {
}
