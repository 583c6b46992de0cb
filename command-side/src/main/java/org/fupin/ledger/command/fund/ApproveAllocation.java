package org.fupin.ledger.command.fund;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fupin.ledger.shared.FundId;
import java.time.LocalDate;
import org.fupin.ledger.command.MoneyCommand;

/** A second finance officer approves a pending allocation; the sender is read from the command's metadata. */
public record ApproveAllocation(@TargetAggregateIdentifier FundId fundId, String allocationId, String note,
                                LocalDate effectiveDate) implements MoneyCommand {
}
