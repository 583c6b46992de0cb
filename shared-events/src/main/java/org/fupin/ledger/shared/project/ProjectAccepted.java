package org.fupin.ledger.shared.project;

import org.axonframework.serialization.Revision;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageEvent;
import org.fupin.ledger.shared.VillageId;

import java.time.LocalDate;

/** An inspector accepted the finished project. Status ACCEPTED. */
@Revision("1")
public record ProjectAccepted(VillageId villageId, ProjectId projectId, LocalDate date, String note) implements VillageEvent {
}
