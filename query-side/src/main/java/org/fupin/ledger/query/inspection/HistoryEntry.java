package org.fupin.ledger.query.inspection;

import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event in a village's history: its place in the village's stream, when and by whom it was recorded,
 * a sentence, and the event's own data. A money entry also shows the day it is effective ({@code effectiveDate},
 * null for other events) and whether that falls in an earlier month than its recording ({@code backdated}, 补记).
 */
public record HistoryEntry(long position, Instant timestamp, String type, String actor, String role, String requestId,
                           String summary, JsonNode data, LocalDate effectiveDate, boolean backdated) {
}
