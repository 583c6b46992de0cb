package org.fupin.ledger.shared.project;

import org.axonframework.serialization.Revision;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageEvent;
import org.fupin.ledger.shared.VillageId;

import org.fupin.ledger.shared.FundAmount;
import org.fupin.ledger.shared.Money;

import java.time.LocalDate;
import java.util.List;

/** The project paid a payee out of its held money, drawn from the funds in {@code splits}, oldest commitment first. */
@Revision("1")
public record FundsDisbursed(VillageId villageId, ProjectId projectId, String disbursementId, Money amount, String payee,
                             String voucherNo, List<FundAmount> splits, LocalDate effectiveDate) implements VillageEvent {
}
