package org.fupin.ledger.console.inspection;

import java.util.List;

/** One page of a village's history as the query side answers it, oldest first. */
public record HistoryPage(String villageId, int page, int size, long total, List<Entry> entries) {

    /** {@code effectiveDate}: the day a money entry counts for (null for other events); {@code backdated}: 补记. */
    public record Entry(long position, String timestamp, String type, String actor, String role, String requestId,
                        String summary, String effectiveDate, boolean backdated) {
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
