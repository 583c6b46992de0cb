package org.fupin.ledger.console.command;

import java.util.List;

/**
 * One input of a command form, named as the API names the body's field (so the API's {@code errors[].field}
 * lands next to it). {@code optional} fields left empty are not sent.
 */
public record Field(String name, Kind kind, boolean optional, List<String> options) {

    /** How the field is typed in and how it goes into the JSON body. */
    public enum Kind {
        /** Free text, sent as a string. */
        TEXT,
        /** An amount in yuan, sent as the decimal string the API wants. */
        AMOUNT,
        /** A whole number (a year, a count, a percent), sent as a JSON number when it is one. */
        NUMBER,
        /** A date, yyyy-MM-dd. */
        DATE,
        /** One of {@link #options}. */
        CHOICE
    }

    static Field text(String name) {
        return new Field(name, Kind.TEXT, false, List.of());
    }

    static Field optional(String name) {
        return new Field(name, Kind.TEXT, true, List.of());
    }

    static Field amount() {
        return new Field("amount", Kind.AMOUNT, false, List.of());
    }

    static Field number(String name) {
        return new Field(name, Kind.NUMBER, false, List.of());
    }

    static Field date(String name) {
        return new Field(name, Kind.DATE, false, List.of());
    }

    /** The voucher date of a money command; left empty, the API takes today (Asia/Shanghai). */
    static Field effectiveDate() {
        return new Field("effectiveDate", Kind.DATE, true, List.of());
    }

    static Field choice(String name, String... options) {
        return new Field(name, Kind.CHOICE, false, List.of(options));
    }

    /** The value as the JSON body carries it; text that is not a number goes as typed, for the API to refuse. */
    Object json(String typed) {
        if (kind == Kind.NUMBER) {
            try {
                return Long.valueOf(typed.trim());
            } catch (NumberFormatException notANumber) {
                return typed;
            }
        }
        return typed;
    }
}
