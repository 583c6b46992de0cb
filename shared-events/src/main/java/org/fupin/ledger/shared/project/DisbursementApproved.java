package org.fupin.ledger.shared.project;

import org.axonframework.serialization.Revision;
import org.fupin.ledger.shared.FundAmount;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageEvent;
import org.fupin.ledger.shared.VillageId;

import java.util.List;

/**
 * A second finance officer, not the requester, approved a pending payment. It is always followed, in the same
 * transaction, by the {@link FundsDisbursed} that pays the reserved money out.
 */
@Revision("1")
public record DisbursementApproved(VillageId villageId, ProjectId projectId, String disbursementId, Money amount,
                                   List<FundAmount> splits, String approvedBy, String note) implements VillageEvent {
}
