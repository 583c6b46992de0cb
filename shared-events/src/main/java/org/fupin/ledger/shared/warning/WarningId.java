package org.fupin.ledger.shared.warning;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * Identifies one early warning: the rule's name, a dash and 16 hex digits derived from the rule, its subject
 * and the day the warning began ({@code IDLE_FUNDS-3fa9c01b2d4e5f60}). The query side derives it, so the same
 * situation keeps the same id from one evaluation to the next.
 *
 * <p>{@link #toString()} is the aggregate identifier of the warning's acknowledgement in the event store.
 */
public record WarningId(@JsonValue String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9_]{0,46}-[0-9a-f]{16}");

    public WarningId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("must be a rule name, a dash and 16 hex digits");
        }
    }

    @JsonCreator
    public static WarningId of(String value) {
        return new WarningId(value);
    }

    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    /** The aggregate identifier this id stands for in the event store. */
    @Override
    public String toString() {
        return "warning:" + value;
    }
}
