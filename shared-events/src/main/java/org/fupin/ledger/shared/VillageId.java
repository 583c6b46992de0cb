package org.fupin.ledger.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a village: its fund account, collective account and projects form one aggregate.
 *
 * <p>The value is the client-chosen id. {@link #toString()} is the aggregate identifier in the event
 * store, prefixed with the aggregate type so that a fund and a village may share a client id.
 */
public record VillageId(@JsonValue String value) {

    public VillageId {
        Identifiers.requireValid(value);
    }

    @JsonCreator
    public static VillageId of(String value) {
        return new VillageId(value);
    }

    /** The aggregate identifier this id stands for in the event store. */
    @Override
    public String toString() {
        return "village:" + value;
    }
}
