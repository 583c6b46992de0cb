package org.fupin.ledger.launcher.backup;

import org.fupin.ledger.launcher.EmbeddedDatabase;
import org.fupin.ledger.launcher.LedgerSettings;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./ledger backup FILE}: copies the ledger's schemas out of the embedded database while the system
 * runs, all from one snapshot, so the events, the relays' and projections' tokens, the idempotency keys,
 * the read models and the integrity chain in the file belong to the same moment.
 *
 * <p>The zonky binaries bundle only {@code initdb}, {@code pg_ctl} and {@code postgres}: no {@code pg_dump}
 * and no {@code pg_basebackup}. So the copy is made over JDBC as {@code pg_dump} makes it: one
 * {@code REPEATABLE READ READ ONLY} transaction that first takes {@code ACCESS SHARE} locks on every table
 * (so no {@code TRUNCATE} or migration can change a table under it, and the snapshot is taken after the
 * locks), then {@code COPY ... TO STDOUT} of each table. Writers are never blocked. Sequences are not
 * transactional: their values are read in the same transaction and can only be ahead of the rows, which
 * leaves a harmless gap in the ids after a restore, never a reused one.
 *
 * <p>When nothing answers on {@code LEDGER_DB_PORT} but {@code LEDGER_DATA_DIR} holds a database, the
 * backup starts that database itself for the time of the copy (the system is stopped).
 */
public final class LedgerBackup {

    private final LedgerSettings settings;

    public LedgerBackup(LedgerSettings settings) {
        this.settings = settings;
    }

    /**
     * Writes the backup to {@code file}, which must not exist yet: first to {@code FILE.partial}, flushed to
     * disk, then renamed, so that a backup that fails half-way never leaves a file that looks complete.
     */
    public String writeTo(Path file) throws BackupRefused, IOException {
        if (settings.externalDatabase() != null) {
            throw new BackupRefused("SPRING_DATASOURCE_URL points to a PostgreSQL server of your own: back it up with"
                    + " pg_dump -Fc (see Backups in README.md); ./ledger backup copies the embedded database");
        }
        if (Files.exists(file)) {
            throw new BackupRefused(file + " exists already; choose a new file name (a backup never overwrites)");
        }
        Path partial = file.toAbsolutePath().resolveSibling(file.getFileName() + ".partial");
        try {
            String summary = writePartial(partial);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return summary + " into " + file + " (" + Files.size(file) + " bytes)";
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private String writePartial(Path partial) throws BackupRefused, IOException {
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = Channels.newOutputStream(channel);
            String summary;
            try (BackupWriter writer = new BackupWriter(out)) {
                summary = copyDatabase(writer);
                writer.finish();
                out.flush();
                channel.force(true);
            }
            return summary;
        }
    }

    private String copyDatabase(BackupWriter writer) throws BackupRefused, IOException {
        String url = EmbeddedDatabase.jdbcUrl(settings.databasePort());
        try (Connection connection = DriverManager.getConnection(url)) {
            return copy(connection, writer);
        } catch (SQLException e) {
            if (!"08001".equals(e.getSQLState())) {
                throw new BackupRefused("Could not back up the database on " + url + ": " + e.getMessage(), e);
            }
        }
        Path stored = settings.dataDirectory().resolve("postgres");
        if (!Files.exists(stored.resolve("PG_VERSION"))) {
            throw new BackupRefused("Nothing answers on localhost:" + settings.databasePort() + " and " + stored
                    + " holds no database: is ./ledger up running with the same LEDGER_DB_PORT and LEDGER_DATA_DIR?");
        }
        System.err.println("[ledger] no database on port " + settings.databasePort() + "; starting the one in "
                + stored + " for the backup");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(stored, settings.databasePort());
             Connection connection = DriverManager.getConnection(database.jdbcUrl())) {
            return copy(connection, writer);
        } catch (SQLException e) {
            throw new BackupRefused("Could not back up the database in " + stored + ": " + e.getMessage(), e);
        }
    }

    private String copy(Connection connection, BackupWriter writer) throws SQLException, BackupRefused, IOException {
        List<String> schemas = new ArrayList<>();
        List<BackupManifest.TableContents> listed = new ArrayList<>();
        for (LedgerSchema schema : LedgerSchema.values()) {
            if (Catalog.schemaExists(connection, schema.schemaName())) {
                schemas.add(schema.schemaName());
                listed.addAll(Catalog.tables(connection, schema.schemaName()));
            }
        }
        if (schemas.isEmpty()) {
            throw new BackupRefused("The database holds no ledger schema yet: start the system once first");
        }
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("LOCK TABLE " + lockList(schemas, listed) + " IN ACCESS SHARE MODE");
            requireSetting(statement, "transaction_isolation", "repeatable read");
            requireSetting(statement, "transaction_read_only", "on");
            List<BackupManifest.SchemaContents> contents = new ArrayList<>();
            for (String schema : schemas) {
                contents.add(new BackupManifest.SchemaContents(schema, Catalog.migrations(connection, schema),
                        Catalog.tables(connection, schema)));
            }
            if (!contents.stream().flatMap(schema -> schema.tables().stream()).toList().equals(listed)) {
                throw new BackupRefused("The ledger's tables changed while the backup started (a migration?); run it again");
            }
            BackupManifest manifest = new BackupManifest(BackupFile.FORMAT, BackupFile.VERSION,
                    value(statement, "SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"),
                    value(statement, "SHOW server_version"), contents, Catalog.sequences(connection, schemas));
            writer.manifest(manifest);
            CopyManager copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
            long rows = 0;
            for (BackupManifest.TableContents table : listed) {
                rows += copyTable(writer, copyManager, table);
            }
            connection.rollback();
            return "backed up " + rows + " rows of " + listed.size() + " tables in " + String.join(", ", schemas)
                    + " as of " + manifest.createdAt();
        }
    }

    private static long copyTable(BackupWriter writer, CopyManager copyManager, BackupManifest.TableContents table)
            throws IOException {
        try {
            return writer.table(rows -> copyManager.copyOut(
                    "COPY " + table.qualifiedName() + " (" + table.columnList() + ") TO STDOUT", rows));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("Could not copy " + table.schema() + "." + table.name() + ": " + e.getMessage(), e);
        }
    }

    private static String lockList(List<String> schemas, List<BackupManifest.TableContents> tables) {
        List<String> names = new ArrayList<>(tables.stream().map(BackupManifest.TableContents::qualifiedName).toList());
        schemas.forEach(schema -> names.add(SqlNames.quote(schema) + "." + Catalog.SCHEMA_HISTORY));
        return String.join(", ", names);
    }

    /** The copy is only consistent inside one snapshot: make sure the driver really opened one. */
    private static void requireSetting(Statement statement, String name, String expected) throws SQLException {
        String actual = value(statement, "SHOW " + name);
        if (!expected.equals(actual)) {
            throw new IllegalStateException("The backup transaction has " + name + " = " + actual + ", not " + expected);
        }
    }

    private static String value(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
