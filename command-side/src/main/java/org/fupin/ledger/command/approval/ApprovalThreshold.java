package org.fupin.ledger.command.approval;

import org.fupin.ledger.shared.Money;

/**
 * Maker-checker on large amounts: an allocation or a payment of at least {@code amount} is only requested by the
 * finance officer who sends it and needs a second finance officer's approval before money moves. Set with
 * {@code ledger.approval.threshold} (environment {@code LEDGER_APPROVAL_THRESHOLD}), default 500000.00.
 */
public record ApprovalThreshold(Money amount) {

    public boolean requiresApproval(Money requested) {
        return !requested.isLessThan(amount);
    }
}
