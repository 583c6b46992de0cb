package org.fupin.ledger.command;

import java.time.LocalDate;

/**
 * A command that moves money: an allocation, a return, a commitment, a payment, a reversal, collective income
 * or spending. Its {@code effectiveDate} is the voucher or document date, the day the entry counts for in
 * reports by period; the HTTP edge fills in today (Asia/Shanghai) when the client leaves it out.
 *
 * <p>Before any aggregate handles such a command, the {@code PeriodGuard} refuses one dated in the future
 * ({@code FUTURE_EFFECTIVE_DATE}) or in a closed month ({@code PERIOD_CLOSED}). The relays' second steps
 * (crediting a village, taking a return back) are not money commands: they carry the date of the step that
 * decided them and are never refused for it.
 */
public interface MoneyCommand {

    LocalDate effectiveDate();
}
