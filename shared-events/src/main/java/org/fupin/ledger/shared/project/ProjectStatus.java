package org.fupin.ledger.shared.project;

/**
 * A project's lifecycle: {@code PROPOSED → APPROVED → IN_PROGRESS → COMPLETED → ACCEPTED}, with
 * {@code SUSPENDED} (resumable) and {@code CANCELLED} (final; held money goes back to the village).
 */
public enum ProjectStatus {
    PROPOSED,
    APPROVED,
    IN_PROGRESS,
    SUSPENDED,
    COMPLETED,
    ACCEPTED,
    CANCELLED
}
