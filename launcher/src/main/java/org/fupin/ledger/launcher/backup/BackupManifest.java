package org.fupin.ledger.launcher.backup;

import java.util.List;

/**
 * What a backup holds, written as JSON at its start: enough to recreate the schemas (the Flyway migrations
 * they had reached) and to load every table back (its columns in the order the data was copied).
 *
 * @param format          always {@link BackupFile#FORMAT}
 * @param version         the file format's version, {@link BackupFile#VERSION}
 * @param createdAt       when the snapshot was taken (UTC, ISO-8601)
 * @param postgresVersion the server the data came from, for the reader's information
 * @param schemas         the ledger's schemas, each with its migrations and tables
 * @param sequences       sequence values seen at the snapshot, such as the event table's global index
 */
record BackupManifest(String format, int version, String createdAt, String postgresVersion,
                      List<SchemaContents> schemas, List<SequenceValue> sequences) {

    /** Every table of every schema, in the order their rows follow in the file. */
    List<TableContents> tables() {
        return schemas.stream().flatMap(schema -> schema.tables().stream()).toList();
    }

    /** A schema as Flyway left it: the versioned migrations applied, in order, and its tables. */
    record SchemaContents(String name, List<AppliedMigration> migrations, List<TableContents> tables) {

        /** The last migration applied: what the restore migrates a fresh schema to before loading data. */
        String reachedVersion() {
            return migrations.isEmpty() ? null : migrations.get(migrations.size() - 1).version();
        }
    }

    /** One row of {@code flyway_schema_history} that matters for recreating the schema. */
    record AppliedMigration(String version, String script, Integer checksum) {
    }

    /** A table whose rows follow in the file, as PostgreSQL COPY text, columns in this order. */
    record TableContents(String schema, String name, List<String> columns) {

        String qualifiedName() {
            return SqlNames.quote(schema) + "." + SqlNames.quote(name);
        }

        String columnList() {
            return String.join(", ", columns.stream().map(SqlNames::quote).toList());
        }
    }

    /** A sequence's last value: set again on restore so new rows never reuse an id, such as a global index. */
    record SequenceValue(String schema, String name, long lastValue) {

        String qualifiedName() {
            return SqlNames.quote(schema) + "." + SqlNames.quote(name);
        }
    }
}
