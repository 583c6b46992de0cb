package org.fupin.ledger.shared.warning;

import org.axonframework.serialization.Revision;

/**
 * An inspector acknowledged an early warning, with a note of what was found or done. The warning stays
 * listed, marked acknowledged; who acknowledged it and when are the event's actor and timestamp.
 */
@Revision("1")
public record WarningAcknowledged(WarningId warningId, String note) {
}
