package org.fupin.ledger.shared.project;

import org.axonframework.serialization.Revision;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageEvent;
import org.fupin.ledger.shared.VillageId;

import org.fupin.ledger.shared.Money;

import java.time.LocalDate;
import java.util.Map;

/** A village proposed a project with its budget, plan and type-specific spec. Status PROPOSED. */
@Revision("1")
public record ProjectProposed(VillageId villageId, ProjectId projectId, ProjectType type, String name, Money budget,
                              LocalDate plannedStart, LocalDate plannedEnd, Map<String, Object> spec) implements VillageEvent {
}
