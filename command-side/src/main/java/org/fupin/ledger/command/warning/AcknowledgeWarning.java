package org.fupin.ledger.command.warning;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fupin.ledger.shared.warning.WarningId;

public record AcknowledgeWarning(@TargetAggregateIdentifier WarningId warningId, String note) {
}
