package org.fupin.ledger.shared.project;

import org.axonframework.serialization.Revision;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageEvent;
import org.fupin.ledger.shared.VillageId;

import org.fupin.ledger.shared.FundAmount;
import org.fupin.ledger.shared.Money;

import java.time.LocalDate;
import java.util.List;

/** The village committed money to the project, taken from the funds in {@code splits}. The village's available money dropped and the project's held money grew. */
@Revision("1")
public record FundsCommitted(VillageId villageId, ProjectId projectId, String commitmentId, Money amount,
                             List<FundAmount> splits, LocalDate effectiveDate) implements VillageEvent {
}
