package org.fupin.ledger.query.projection;

import org.fupin.ledger.query.projection.RowChange.ColumnChange;
import org.fupin.ledger.query.projection.RowChange.Operation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Writes folded row changes: one statement per table and shape of change, every row's values passed as
 * arrays and unnested ({@code INSERT … SELECT FROM unnest(…) ON CONFLICT … DO UPDATE}, or {@code UPDATE …
 * FROM unnest(…)} for rows only changed). Rows that may be created are written before rows that are only
 * updated, tables in name order and rows in key order, so two writers lock rows in one order.
 */
@Component
class RowWrites {

    private final JdbcTemplate jdbc;
    private final Map<String, Map<String, String>> columnTypes = new ConcurrentHashMap<>();

    RowWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The columns of a statement, each with how it changes. */
    private record Shape(boolean creates, List<Map.Entry<String, Operation>> columns) {
    }

    void write(RowTable table, Map<List<?>, RowChange> rows) {
        Map<Shape, List<Map.Entry<List<?>, RowChange>>> byShape = new LinkedHashMap<>();
        for (Map.Entry<List<?>, RowChange> row : rows.entrySet()) {
            if (row.getKey().size() != table.keyColumns().size()) {
                throw new IllegalArgumentException(table.name() + " is keyed by " + table.keyColumns()
                        + ", not " + row.getKey());
            }
            boolean creates = table.upserted() || row.getValue().inserts();
            List<Map.Entry<String, Operation>> columns = row.getValue().columns().entrySet().stream()
                    .map(column -> Map.entry(column.getKey(), column.getValue().operation()))
                    .sorted(Map.Entry.comparingByKey()).toList();
            byShape.computeIfAbsent(new Shape(creates, columns), shape -> new ArrayList<>()).add(row);
        }
        byShape.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Shape, ?> shape) -> !shape.getKey().creates()))
                .forEach(shape -> write(table, shape.getKey(), shape.getValue()));
    }

    private void write(RowTable table, Shape shape, List<Map.Entry<List<?>, RowChange>> rows) {
        if (!shape.creates() && shape.columns().isEmpty()) {
            return;
        }
        Map<String, String> types = columnTypes.computeIfAbsent(table.name(), this::typesOf);
        List<String> keys = table.keyColumns();
        List<String> columns = shape.columns().stream().map(Map.Entry::getKey).toList();
        List<String> all = new ArrayList<>(keys);
        all.addAll(columns);
        for (String column : all) {
            if (!types.containsKey(column)) {
                throw new IllegalArgumentException(table.name() + " has no column " + column);
            }
        }
        rows.sort(Comparator.comparing(row -> row.getKey().toString()));
        String[][] values = new String[all.size()][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            List<?> key = rows.get(r).getKey();
            for (int k = 0; k < keys.size(); k++) {
                values[k][r] = text(key.get(k));
            }
            Map<String, ColumnChange> changes = rows.get(r).getValue().columns();
            for (int c = 0; c < columns.size(); c++) {
                values[keys.size() + c][r] = text(changes.get(columns.get(c)).value());
            }
        }
        String unnest = "unnest(" + all.stream().map(column -> "?::text[]").collect(Collectors.joining(", "))
                + ") AS u(" + String.join(", ", all) + ")";
        String sql = shape.creates() ? upsert(table, shape, all, types, unnest) : update(table, shape, types, unnest);
        jdbc.execute(sql, (PreparedStatement statement) -> {
            Connection connection = statement.getConnection();
            for (int i = 0; i < values.length; i++) {
                statement.setArray(i + 1, connection.createArrayOf("text", values[i]));
            }
            return statement.executeUpdate();
        });
    }

    private static String upsert(RowTable table, Shape shape, List<String> all, Map<String, String> types,
                                 String unnest) {
        String keys = String.join(", ", table.keyColumns());
        String select = all.stream().map(column -> "u." + column + "::" + types.get(column))
                .collect(Collectors.joining(", "));
        List<String> updates = shape.columns().stream()
                .filter(column -> column.getValue() != Operation.INSERT)
                .map(column -> assignment(column.getKey(), column.getValue(), "EXCLUDED." + column.getKey()))
                .toList();
        return "INSERT INTO " + table.name() + " AS t (" + String.join(", ", all) + ") SELECT " + select
                + " FROM " + unnest + " ORDER BY " + keys + " ON CONFLICT (" + keys + ") DO "
                + (updates.isEmpty() ? "NOTHING" : "UPDATE SET " + String.join(", ", updates));
    }

    private static String update(RowTable table, Shape shape, Map<String, String> types, String unnest) {
        String sets = shape.columns().stream()
                .map(column -> assignment(column.getKey(), column.getValue(),
                        "u." + column.getKey() + "::" + types.get(column.getKey())))
                .collect(Collectors.joining(", "));
        String match = table.keyColumns().stream().map(key -> "t." + key + " = u." + key + "::" + types.get(key))
                .collect(Collectors.joining(" AND "));
        return "UPDATE " + table.name() + " AS t SET " + sets + " FROM " + unnest + " WHERE " + match;
    }

    private static String assignment(String column, Operation operation, String value) {
        return switch (operation) {
            case INSERT, SET -> column + " = " + value;
            case ADD -> column + " = t." + column + " + " + value;
            case MAX -> column + " = GREATEST(t." + column + ", " + value + ")";
        };
    }

    /** Each column's type as PostgreSQL names it, to cast the text arrays back. */
    private Map<String, String> typesOf(String table) {
        Map<String, String> types = new LinkedHashMap<>();
        jdbc.query("""
                        SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute
                        WHERE attrelid = ?::regclass AND attnum > 0 AND NOT attisdropped""",
                row -> {
                    types.put(row.getString(1), row.getString(2));
                }, table);
        if (types.isEmpty()) {
            throw new IllegalStateException("No table " + table);
        }
        return types;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }
}
