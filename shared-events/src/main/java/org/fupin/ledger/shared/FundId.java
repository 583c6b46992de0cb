package org.fupin.ledger.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a fund source: one appropriation of poverty-alleviation money with its document number.
 *
 * <p>The value is the client-chosen id. {@link #toString()} is the aggregate identifier in the event
 * store, prefixed with the aggregate type so that a fund and a village may share a client id.
 */
public record FundId(@JsonValue String value) {

    public FundId {
        Identifiers.requireValid(value);
    }

    @JsonCreator
    public static FundId of(String value) {
        return new FundId(value);
    }

    /** The aggregate identifier this id stands for in the event store. */
    @Override
    public String toString() {
        return "fund:" + value;
    }
}
