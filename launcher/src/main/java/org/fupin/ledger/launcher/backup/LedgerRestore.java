package org.fupin.ledger.launcher.backup;

import org.fupin.ledger.launcher.EmbeddedDatabase;
import org.fupin.ledger.launcher.LedgerSettings;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code ./ledger restore FILE}: a new embedded database in an empty {@code LEDGER_DATA_DIR}, holding what the
 * backup holds. It never touches a folder that has anything in it, so no ledger can be overwritten by mistake.
 *
 * <p>Steps: read the whole file once and check it (format, version, frames, row counts, checksum); create
 * each schema with its app's Flyway scripts up to the migration the backup had reached; then, in one
 * transaction, load every table with {@code COPY ... FROM STDIN}, check each row count again, and set the
 * sequences (the event table's global index among them) to their backed-up values so that new events and
 * rows continue after the restored ones. Start the system on the folder with {@code ./ledger up}.
 */
public final class LedgerRestore {

    private final LedgerSettings settings;

    public LedgerRestore(LedgerSettings settings) {
        this.settings = settings;
    }

    public String restoreFrom(Path file) throws BackupRefused, IOException {
        if (settings.externalDatabase() != null) {
            throw new BackupRefused("SPRING_DATASOURCE_URL points to a PostgreSQL server of your own: restore it with"
                    + " pg_restore (see Backups in README.md); ./ledger restore makes a new embedded database");
        }
        Path folder = settings.dataDirectory();
        refuseUnlessEmpty(folder);
        BackupManifest manifest = BackupReader.verify(file);
        List<LedgerSchema> schemas = new ArrayList<>();
        for (BackupManifest.SchemaContents schema : manifest.schemas()) {
            schemas.add(LedgerSchema.named(schema.name()).orElseThrow(() -> new BackupRefused(
                    file + " holds schema " + schema.name() + ", which this build does not know how to create")));
        }
        try (SchemaMigrations migrations = new SchemaMigrations(settings.home())) {
            migrations.extract(schemas);
            Files.createDirectories(folder);
            try (EmbeddedDatabase database = EmbeddedDatabase.start(folder.resolve("postgres"), 0)) {
                for (BackupManifest.SchemaContents schema : manifest.schemas()) {
                    migrations.recreate(database.jdbcUrl(), schema);
                }
                long rows = load(database.jdbcUrl(), file, manifest);
                return "restored " + rows + " rows of " + manifest.tables().size() + " tables, as of "
                        + manifest.createdAt() + ", into " + folder;
            } catch (BackupRefused | IOException | RuntimeException e) {
                throw new BackupRefused(e.getMessage() + "\n" + folder
                        + " now holds an unfinished restore: delete it before trying again", e);
            }
        }
    }

    private static void refuseUnlessEmpty(Path folder) throws BackupRefused, IOException {
        if (!Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new BackupRefused("LEDGER_DATA_DIR " + folder + " is a file, not a folder");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isPresent()) {
                throw new BackupRefused("LEDGER_DATA_DIR " + folder + " is not empty: a restore goes only into an"
                        + " empty or new folder, so that it never overwrites a ledger. Choose another LEDGER_DATA_DIR.");
            }
        }
    }

    private static long load(String jdbcUrl, Path file, BackupManifest manifest) throws BackupRefused {
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            connection.setAutoCommit(false);
            requireSameTables(connection, manifest);
            try (Statement statement = connection.createStatement()) {
                // A migration may have seeded rows; the backup's rows replace them.
                statement.execute("TRUNCATE " + String.join(", ",
                        manifest.tables().stream().map(BackupManifest.TableContents::qualifiedName).toList()));
            }
            CopyManager copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
            long rows = 0;
            try (BackupReader reader = BackupReader.open(file)) {
                for (BackupManifest.TableContents table : reader.manifest().tables()) {
                    rows += reader.table(table, data -> copyManager.copyIn(
                            "COPY " + table.qualifiedName() + " (" + table.columnList() + ") FROM STDIN", data));
                }
                reader.finish();
            }
            try (PreparedStatement setval = connection.prepareStatement("SELECT setval(?::regclass, ?, true)")) {
                for (BackupManifest.SequenceValue sequence : manifest.sequences()) {
                    setval.setString(1, sequence.qualifiedName());
                    setval.setLong(2, sequence.lastValue());
                    setval.execute();
                }
            }
            connection.commit();
            return rows;
        } catch (SQLException | IOException e) {
            throw new BackupRefused("Could not load " + file + ": " + e.getMessage(), e);
        }
    }

    /** The schemas made by this build's scripts must have exactly the tables the backup has rows for. */
    private static void requireSameTables(Connection connection, BackupManifest manifest)
            throws SQLException, BackupRefused {
        for (BackupManifest.SchemaContents schema : manifest.schemas()) {
            List<String> made = Catalog.tables(connection, schema.name()).stream()
                    .map(BackupManifest.TableContents::name).toList();
            List<String> backedUp = schema.tables().stream().map(BackupManifest.TableContents::name).toList();
            if (!made.equals(backedUp)) {
                throw new BackupRefused("Schema " + schema.name() + " made by this build's migrations has tables "
                        + made + ", the backup has " + backedUp);
            }
        }
    }
}
