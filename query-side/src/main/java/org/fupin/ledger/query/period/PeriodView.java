package org.fupin.ledger.query.period;

import java.time.Instant;
import java.time.YearMonth;

/**
 * One month of the ledger's calendar. A {@code CLOSED} month names the close that closed it ({@code closedWith}:
 * itself, or for the months before the first close, that first close) with its time, who closed it, and the
 * integrity head pinned at that close ({@code position:hash}, for {@code GET /api/integrity?pin=}); the head
 * is null until the close event is sealed into the chain, a second or so.
 */
public record PeriodView(YearMonth period, Status status, YearMonth closedWith, Instant closedAt, String closedBy,
                         String note, String integrityHead) {

    public enum Status { OPEN, CLOSED }
}
