package org.fupin.ledger.shared.project;

import org.axonframework.serialization.Revision;
import org.fupin.ledger.shared.FundAmount;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageEvent;
import org.fupin.ledger.shared.VillageId;

import java.time.LocalDate;
import java.util.List;

/**
 * A payment bounced or was made by mistake. Nothing is edited: this compensating event names the event it
 * corrects ({@code correctsEventId}, the {@link FundsDisbursed} of {@code disbursementId}) and why, and puts
 * the money back into the project's held money for the same funds ({@code splits}).
 */
@Revision("1")
public record DisbursementReversed(VillageId villageId, ProjectId projectId, String disbursementId,
                                   String correctsEventId, Money amount, List<FundAmount> splits, String reason,
                                   LocalDate effectiveDate) implements VillageEvent {
}
