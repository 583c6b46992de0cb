package org.fupin.ledger.console.period;

/**
 * One month as the query side lists it: {@code OPEN} or {@code CLOSED}, and for a closed month the close that
 * closed it and the integrity head pinned at that close.
 */
public record PeriodView(String period, String status, String closedWith, String closedAt, String closedBy,
                         String note, String integrityHead) {

    public boolean closed() {
        return "CLOSED".equals(status);
    }
}
