package org.fupin.ledger.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies an infrastructure project. Client-chosen and unique across all villages; a project lives
 * inside its village's aggregate, so it has no event stream of its own.
 */
public record ProjectId(@JsonValue String value) {

    public ProjectId {
        Identifiers.requireValid(value);
    }

    @JsonCreator
    public static ProjectId of(String value) {
        return new ProjectId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
