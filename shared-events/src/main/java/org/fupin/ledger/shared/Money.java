package org.fupin.ledger.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of Chinese yuan, exact to the fen (0.01 CNY).
 *
 * <p>Never negative: money in this ledger is always a quantity that moves from one holder to another,
 * so a balance that would go below zero is a refused command, not a negative amount. Serialised as a
 * decimal string with exactly two decimals ({@code "1250000.00"}), in events and in the HTTP API alike.
 */
public final class Money implements Comparable<Money> {

    /** The largest single amount a command may carry: one trillion yuan. */
    public static final Money MAX_COMMAND_AMOUNT = new Money(1_000_000_000_000_00L);
    public static final Money ZERO = new Money(0);

    private final long fen;

    private Money(long fen) {
        if (fen < 0) {
            throw new IllegalArgumentException("Money cannot be negative: " + fen + " fen");
        }
        this.fen = fen;
    }

    public static Money ofFen(long fen) {
        return fen == 0 ? ZERO : new Money(fen);
    }

    /**
     * Reads the canonical decimal form used in events ({@code "12.50"}, {@code "12.5"} or {@code "12"}).
     * User input goes through the stricter {@link #parseAmount(String)}.
     */
    @JsonCreator
    public static Money of(String decimal) {
        BigDecimal value = new BigDecimal(decimal);
        if (value.scale() > 2) {
            throw new IllegalArgumentException("More than two decimals: " + decimal);
        }
        return ofFen(value.movePointRight(2).longValueExact());
    }

    /**
     * Parses an amount typed by a user: digits, an optional dot and at most two decimals, no sign,
     * no exponent, no spaces, no leading zeros; greater than zero and at most {@link #MAX_COMMAND_AMOUNT}.
     *
     * @throws IllegalArgumentException with a message fit to show the user
     */
    public static Money parseAmount(String text) {
        if (text == null || !text.matches("(0|[1-9][0-9]{0,12})(\\.[0-9]{1,2})?")) {
            throw new IllegalArgumentException(
                    "must be a decimal string with at most 2 decimals, like \"1250000.00\"");
        }
        Money amount = of(text);
        if (amount.isZero()) {
            throw new IllegalArgumentException("must be greater than 0");
        }
        if (amount.isGreaterThan(MAX_COMMAND_AMOUNT)) {
            throw new IllegalArgumentException("must be at most " + MAX_COMMAND_AMOUNT);
        }
        return amount;
    }

    public long fen() {
        return fen;
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    /** @throws IllegalArgumentException when the result would be negative */
    public Money minus(Money other) {
        return new Money(Math.subtractExact(fen, other.fen));
    }

    public Money min(Money other) {
        return fen <= other.fen ? this : other;
    }

    public boolean isZero() {
        return fen == 0;
    }

    public boolean isGreaterThan(Money other) {
        return fen > other.fen;
    }

    public boolean isLessThan(Money other) {
        return fen < other.fen;
    }

    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(fen, 2);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && other.fen == fen;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(fen);
    }

    @JsonValue
    @Override
    public String toString() {
        return toBigDecimal().toPlainString();
    }
}
