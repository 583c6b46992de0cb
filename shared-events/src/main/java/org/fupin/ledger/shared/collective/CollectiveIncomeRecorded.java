package org.fupin.ledger.shared.collective;

import org.axonframework.serialization.Revision;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageEvent;
import org.fupin.ledger.shared.VillageId;

import java.time.LocalDate;

/**
 * The village collective received income for {@code period} (YYYY-MM), possibly earned by one of its
 * completed asset projects ({@code assetProjectId}, null when none). Collective money is not poverty-fund
 * money and never counts in the funds' trial balance.
 */
@Revision("1")
public record CollectiveIncomeRecorded(VillageId villageId, String incomeId, Money amount, IncomeCategory category,
                                       ProjectId assetProjectId, String period, String receiptNo,
                                       LocalDate effectiveDate) implements VillageEvent {
}
