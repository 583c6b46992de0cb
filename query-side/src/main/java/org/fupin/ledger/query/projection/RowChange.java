package org.fupin.ledger.query.projection;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the events of one batch do to one row, folded: values set only when the row is created
 * ({@link #insert}), values set (the last wins), amounts added, and values raised to a maximum. Events of a
 * row arrive in order (they are all of one village, one segment), so folding them gives the row they would
 * have left one statement at a time.
 */
public final class RowChange {

    /** How a column changes. */
    enum Operation {
        INSERT, SET, ADD, MAX
    }

    /** One column's folded change. */
    record ColumnChange(Operation operation, Object value) {
    }

    private final Map<String, ColumnChange> columns = new LinkedHashMap<>();
    private boolean inserts;

    /** Sets {@code column} if this change creates the row; an existing row keeps its value. */
    public RowChange insert(String column, Object value) {
        inserts = true;
        columns.putIfAbsent(column, new ColumnChange(Operation.INSERT, value));
        return this;
    }

    /** Sets {@code column}, on a new or an existing row; the last value set wins. */
    public RowChange set(String column, Object value) {
        columns.put(column, new ColumnChange(Operation.SET, value));
        return this;
    }

    /** Adds {@code amount} to {@code column} (0 on a new row). */
    public RowChange add(String column, long amount) {
        ColumnChange before = columns.get(column);
        if (before != null && before.operation() != Operation.ADD) {
            throw new IllegalStateException(column + " is both added to and " + before.operation() + " in one row");
        }
        long sum = before == null ? amount : (Long) before.value() + amount;
        columns.put(column, new ColumnChange(Operation.ADD, sum));
        return this;
    }

    /** Raises {@code column} to {@code value} if it is below it (or null). */
    public <T extends Comparable<? super T>> RowChange max(String column, T value) {
        ColumnChange before = columns.get(column);
        if (before != null && before.operation() != Operation.MAX) {
            throw new IllegalStateException(column + " is both raised and " + before.operation() + " in one row");
        }
        @SuppressWarnings("unchecked")
        T highest = before == null || before.value() == null ? value
                : value == null || ((T) before.value()).compareTo(value) >= 0 ? (T) before.value() : value;
        columns.put(column, new ColumnChange(Operation.MAX, highest));
        return this;
    }

    boolean inserts() {
        return inserts;
    }

    Map<String, ColumnChange> columns() {
        return columns;
    }
}
