package org.fupin.ledger.shared.project;

import org.axonframework.serialization.Revision;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageEvent;
import org.fupin.ledger.shared.VillageId;

import java.time.LocalDate;

/** Work started on the given date. Status IN_PROGRESS. */
@Revision("1")
public record ProjectStarted(VillageId villageId, ProjectId projectId, LocalDate date) implements VillageEvent {
}
