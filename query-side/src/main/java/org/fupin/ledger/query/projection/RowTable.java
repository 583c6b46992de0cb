package org.fupin.ledger.query.projection;

import java.util.List;

/**
 * A read-model table the projections write through {@link ProjectionRows}.
 *
 * @param name       the table
 * @param keyColumns the columns of its primary key, in order
 * @param upserted   whether any change creates a missing row (every other column has a default), or only a
 *                   change that {@link RowChange#insert inserts} values does, and other changes of a missing row
 *                   do nothing, as an {@code UPDATE} would
 */
public record RowTable(String name, List<String> keyColumns, boolean upserted) {

    public RowTable {
        keyColumns = List.copyOf(keyColumns);
    }

    /** A table whose rows any change creates: sums and flags with defaults. */
    public static RowTable upserted(String name, String... keyColumns) {
        return new RowTable(name, List.of(keyColumns), true);
    }

    /** A table whose rows an event creates with their values, and later events change. */
    public static RowTable inserted(String name, String... keyColumns) {
        return new RowTable(name, List.of(keyColumns), false);
    }
}
