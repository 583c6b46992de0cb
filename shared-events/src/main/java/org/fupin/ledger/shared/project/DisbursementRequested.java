package org.fupin.ledger.shared.project;

import org.axonframework.serialization.Revision;
import org.fupin.ledger.shared.FundAmount;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageEvent;
import org.fupin.ledger.shared.VillageId;

import java.util.List;
import java.time.LocalDate;

/**
 * A finance officer asked to pay an amount at or above the approval threshold. The project reserves it out of
 * its held money, from the funds in {@code splits}, so no other payment can spend it; the payee gets nothing
 * until a second finance officer approves ({@link DisbursementApproved}, followed by {@link FundsDisbursed}) or
 * a rejection releases it ({@link DisbursementRejected}).
 */
@Revision("1")
public record DisbursementRequested(VillageId villageId, ProjectId projectId, String disbursementId, Money amount,
                                    String payee, String voucherNo, List<FundAmount> splits, String requestedBy,
                                    LocalDate effectiveDate) implements VillageEvent {
}
