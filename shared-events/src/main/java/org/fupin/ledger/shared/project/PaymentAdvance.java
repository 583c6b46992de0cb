package org.fupin.ledger.shared.project;

import org.fupin.ledger.shared.Money;

/**
 * Payment by verified progress (报账制): a project may have paid, counting payments waiting for approval, at most
 * {@code budget × (verified progress + percent) / 100}, the advance being what may go out before the work is
 * verified. Set with {@code ledger.payment.advance-percent} (environment {@code LEDGER_PAYMENT_ADVANCE_PERCENT}),
 * default 30; 100 or more turns the rule off. The command side refuses by it and the query side shows it, so both
 * take it from here.
 */
public record PaymentAdvance(int percent) {

    public PaymentAdvance {
        if (percent < 0) {
            throw new IllegalArgumentException("The payment advance must be 0 % or more, not " + percent);
        }
    }

    public boolean isOff() {
        return percent >= 100;
    }

    /**
     * What may be paid now: what the project holds, and with the rule on no more than the part of its budget that
     * verified progress plus the advance allows, less what is already paid or waiting for approval.
     */
    public Money payableNow(Money budget, int verifiedProgressPercent, Money paidOrPending, Money held) {
        if (isOff()) {
            return held;
        }
        long share = Math.min(100, verifiedProgressPercent + percent);
        long ceiling = Math.multiplyExact(budget.fen(), share) / 100;
        return Money.ofFen(Math.max(0, ceiling - paidOrPending.fen())).min(held);
    }
}
