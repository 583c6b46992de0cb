package org.fupin.ledger.shared.project;

import org.axonframework.serialization.Revision;
import org.fupin.ledger.shared.FundAmount;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageEvent;
import org.fupin.ledger.shared.VillageId;

import java.util.List;

/** A second finance officer rejected a pending payment: its reservation is held by the project again. */
@Revision("1")
public record DisbursementRejected(VillageId villageId, ProjectId projectId, String disbursementId, Money amount,
                                   List<FundAmount> splits, String rejectedBy, String reason) implements VillageEvent {
}
