package org.fupin.ledger.shared.period;

import org.axonframework.serialization.Revision;

/**
 * The books of the month {@code period} (YYYY-MM) were closed: from now on no money entry may take effect in
 * it, or in any month before it. Months close one after another, so a closed month is any month up to the
 * last one closed. Who closed it is the event's actor; the integrity head pinned at the close is the hash
 * chain's link of this very event, which covers every entry stored before it.
 */
@Revision("1")
public record PeriodClosed(String calendarId, String period, String note) {
}
