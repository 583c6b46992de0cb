package org.fupin.ledger.console.inspection;

/** The hash chain's verdict ({@code GET /api/integrity}). */
public record IntegrityView(boolean verified, long eventsChecked, Link head, BadEvent firstBadEvent, long unsealed) {

    public record Link(long ordinal, long position, String eventId, String hash) {
    }

    public record BadEvent(long position, String eventId, String aggregateId, Long sequenceNumber, String problem) {
    }
}
