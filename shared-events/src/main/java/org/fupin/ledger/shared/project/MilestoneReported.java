package org.fupin.ledger.shared.project;

import org.axonframework.serialization.Revision;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageEvent;
import org.fupin.ledger.shared.VillageId;

import java.time.LocalDate;

/** A village secretary reported progress on a project in progress. Progress never decreases. */
@Revision("1")
public record MilestoneReported(VillageId villageId, ProjectId projectId, String milestoneId, String title, LocalDate date,
                                int progressPercent, String note) implements VillageEvent {
}
