package org.fupin.ledger.shared.project;

import org.axonframework.serialization.Revision;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageEvent;
import org.fupin.ledger.shared.VillageId;

import org.fupin.ledger.shared.FundAmount;

import java.util.List;

/** The project was cancelled. The money it still held went back to the village, per fund source, as {@code released}. */
@Revision("1")
public record ProjectCancelled(VillageId villageId, ProjectId projectId, String reason, List<FundAmount> released) implements VillageEvent {
}
