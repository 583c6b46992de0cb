package org.fupin.ledger.query.inspection;

import tools.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One event in a village's history: its place in the village's stream, when and by whom it was recorded,
 * a sentence, and the event's own data.
 */
public record HistoryEntry(long position, Instant timestamp, String type, String actor, String role, String requestId,
                           String summary, JsonNode data) {
}
