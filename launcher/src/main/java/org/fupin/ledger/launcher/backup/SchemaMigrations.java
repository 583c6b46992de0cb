package org.fupin.ledger.launcher.backup;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.fupin.ledger.launcher.AppProcess;
import org.fupin.ledger.launcher.EmbeddedDatabase;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Recreates a ledger schema with the owning app's own Flyway scripts, up to the migration the backup had
 * reached, and checks that the scripts are the very ones the backup's schema was made with (Flyway's
 * checksums). The apps migrate the rest when they start on the restored data, so a backup taken by an older
 * build restores into the schema it was taken from and is then upgraded as usual.
 *
 * <p>The scripts are read from the apps' executable jars (classes and nested library jars), because the
 * launcher cannot depend on the apps: they depend on it for their tests.
 */
final class SchemaMigrations implements AutoCloseable {

    private static final String CLASSES = "BOOT-INF/classes/";
    private static final String LIBRARIES = "BOOT-INF/lib/";

    private final Path home;
    private final Path scripts;

    SchemaMigrations(Path home) throws IOException {
        this.home = home;
        this.scripts = Files.createTempDirectory("ledger-restore-migrations");
    }

    /** Copies every schema's scripts out of its app's jar now, so that a missing build is found before anything starts. */
    void extract(List<LedgerSchema> schemas) throws IOException, BackupRefused {
        for (LedgerSchema schema : schemas) {
            Path jar = AppProcess.executableJar(home, schema.module());
            try (ZipFile app = new ZipFile(jar.toFile())) {
                for (Enumeration<? extends ZipEntry> entries = app.entries(); entries.hasMoreElements(); ) {
                    ZipEntry entry = entries.nextElement();
                    if (entry.getName().startsWith(CLASSES)) {
                        keepIfScript(schema, entry.getName().substring(CLASSES.length()), app.getInputStream(entry));
                    } else if (entry.getName().startsWith(LIBRARIES) && entry.getName().endsWith(".jar")) {
                        extractFromLibrary(schema, app.getInputStream(entry));
                    }
                }
            }
            for (String location : schema.locations()) {
                if (!Files.isDirectory(scripts.resolve(location))) {
                    throw new BackupRefused("No migration scripts under " + location + " in " + jar
                            + "; rebuild it with ./mvnw -DskipTests package");
                }
            }
        }
    }

    private void extractFromLibrary(LedgerSchema schema, InputStream library) throws IOException {
        try (ZipInputStream entries = new ZipInputStream(library)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                keepIfScript(schema, entry.getName(), entries);
            }
        }
    }

    private void keepIfScript(LedgerSchema schema, String name, InputStream content) throws IOException {
        for (String location : schema.locations()) {
            if (name.startsWith(location + "/") && name.endsWith(".sql") && name.indexOf('/', location.length() + 1) < 0) {
                Path script = scripts.resolve(name);
                Files.createDirectories(script.getParent());
                Files.copy(content, script);
            }
        }
    }

    /** Creates {@code contents}' schema in the ledger database at {@code jdbcUrl} as it stood in the backup. */
    void recreate(String jdbcUrl, BackupManifest.SchemaContents contents) throws BackupRefused {
        LedgerSchema schema = LedgerSchema.named(contents.name()).orElseThrow();
        String version = contents.reachedVersion();
        if (version == null) {
            throw new BackupRefused("The backup's schema " + contents.name() + " records no Flyway migration");
        }
        try {
            Flyway.configure()
                    .dataSource(jdbcUrl, EmbeddedDatabase.USER, "")
                    .schemas(schema.schemaName())
                    .defaultSchema(schema.schemaName())
                    .locations(schema.locations().stream()
                            .map(location -> "filesystem:" + scripts.resolve(location)).toArray(String[]::new))
                    .target(version)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new BackupRefused("Could not recreate schema " + contents.name() + " at migration " + version
                    + " with this build's scripts: " + e.getMessage(), e);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            List<BackupManifest.AppliedMigration> applied = Catalog.migrations(connection, schema.schemaName());
            if (!applied.equals(contents.migrations())) {
                throw new BackupRefused("This build's migrations of " + contents.name() + " differ from those the"
                        + " backup was made with; backup: " + contents.migrations() + ", this build: " + applied);
            }
        } catch (SQLException e) {
            throw new BackupRefused("Could not read the migrations of " + contents.name() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.walk(scripts)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
