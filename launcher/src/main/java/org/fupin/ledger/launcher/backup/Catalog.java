package org.fupin.ledger.launcher.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What PostgreSQL's catalog says a schema holds, read the same way by the backup and by the restore so that
 * both agree on tables, columns, migrations and sequences.
 */
final class Catalog {

    static final String SCHEMA_HISTORY = "flyway_schema_history";

    private Catalog() {
    }

    static boolean schemaExists(Connection connection, String schema) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            query.setString(1, schema);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    /** The schema's tables but Flyway's own history, by name, each with its columns in their order. */
    static List<BackupManifest.TableContents> tables(Connection connection, String schema) throws SQLException {
        List<BackupManifest.TableContents> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT c.relname,
                       array_agg(a.attname::text ORDER BY a.attnum)
                FROM pg_class c
                JOIN pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                                       AND a.attgenerated = ''
                WHERE n.nspname = ? AND c.relkind = 'r' AND c.relname <> ?
                GROUP BY c.relname
                ORDER BY c.relname""")) {
            query.setString(1, schema);
            query.setString(2, SCHEMA_HISTORY);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    tables.add(new BackupManifest.TableContents(schema, rows.getString(1),
                            List.of((String[]) rows.getArray(2).getArray())));
                }
            }
        }
        return tables;
    }

    /** The versioned migrations Flyway applied to the schema, in the order it applied them. */
    static List<BackupManifest.AppliedMigration> migrations(Connection connection, String schema) throws SQLException {
        List<BackupManifest.AppliedMigration> migrations = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT version, script, checksum FROM "
                + SqlNames.quote(schema) + "." + SCHEMA_HISTORY
                + " WHERE success AND version IS NOT NULL ORDER BY installed_rank");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                migrations.add(new BackupManifest.AppliedMigration(rows.getString(1), rows.getString(2),
                        (Integer) rows.getObject(3)));
            }
        }
        return migrations;
    }

    /** The sequences of these schemas that have handed out a value, with the last one they handed out. */
    static List<BackupManifest.SequenceValue> sequences(Connection connection, List<String> schemas) throws SQLException {
        List<BackupManifest.SequenceValue> sequences = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT schemaname, sequencename, last_value FROM pg_sequences
                WHERE schemaname = ANY (?) AND last_value IS NOT NULL
                ORDER BY schemaname, sequencename""")) {
            query.setArray(1, connection.createArrayOf("text", schemas.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sequences.add(new BackupManifest.SequenceValue(rows.getString(1), rows.getString(2), rows.getLong(3)));
                }
            }
        }
        return sequences;
    }
}
