package org.fupin.ledger.launcher;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole ledger on one machine: the database (embedded unless a real one is configured), then the
 * command side, then the query side, then the console (unless its port is 0). Closing it stops them in the
 * reverse order.
 */
public final class LedgerSystem implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(180);
    private static final Duration GRACE = Duration.ofSeconds(30);

    private final LedgerSettings settings;
    private final Map<String, String> appEnvironment = new HashMap<>();
    private volatile EmbeddedDatabase database;
    private volatile AppProcess commandSide;
    private volatile AppProcess querySide;
    private volatile AppProcess console;
    private volatile boolean closing;

    public LedgerSystem(LedgerSettings settings) {
        this(settings, Map.of());
    }

    /**
     * A system whose two apps also get {@code appEnvironment}, e.g. {@code SPRING_PROFILES_ACTIVE} and the
     * settings that profile needs; the database settings the system makes for itself take precedence.
     */
    public LedgerSystem(LedgerSettings settings, Map<String, String> appEnvironment) {
        this.settings = settings;
        this.appEnvironment.putAll(appEnvironment);
    }

    /** Starts everything and returns once both apps answer healthy; on failure stops what it started. */
    public LedgerSystem start() throws IOException, InterruptedException {
        try {
            if (settings.externalDatabase() == null) {
                startDatabase();
                appEnvironment.put("SPRING_DATASOURCE_URL", database.jdbcUrl());
                appEnvironment.put("SPRING_DATASOURCE_USERNAME", EmbeddedDatabase.USER);
            }
            startCommandSide();
            startQuerySide();
            if (settings.consolePort() != 0) {
                startConsole();
            }
            return this;
        } catch (IOException | InterruptedException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Starts the embedded database on its data folder and port; also after {@link #stopDatabase()}. */
    public void startDatabase() throws IOException {
        database = EmbeddedDatabase.start(settings.dataDirectory().resolve("postgres"), settings.databasePort());
    }

    /** Stops the embedded database under the running apps, as an outage would. */
    public void stopDatabase() throws IOException {
        database.close();
    }

    public void startCommandSide() throws IOException, InterruptedException {
        Map<String, String> environment = new HashMap<>(appEnvironment);
        environment.put("LEDGER_QUERY_URL", "http://localhost:" + settings.queryPort());
        commandSide = AppProcess.start(settings.home(), "command-side", settings.commandPort(),
                settings.jvmOptions(), environment);
        commandSide.awaitHealthy(STARTUP);
    }

    public void startQuerySide() throws IOException, InterruptedException {
        querySide = AppProcess.start(settings.home(), "query-side", settings.queryPort(),
                settings.jvmOptions(), appEnvironment);
        querySide.awaitHealthy(STARTUP);
    }

    /** The console, calling the two APIs this system runs. */
    public void startConsole() throws IOException, InterruptedException {
        Map<String, String> environment = new HashMap<>(appEnvironment);
        environment.put("LEDGER_COMMAND_URL", commandSide.baseUrl());
        environment.put("LEDGER_QUERY_URL", querySide.baseUrl());
        console = AppProcess.start(settings.home(), "console", settings.consolePort(), settings.jvmOptions(),
                environment);
        console.awaitHealthy(STARTUP);
    }

    /** The console, or null when this system runs without one. */
    public AppProcess console() {
        return console;
    }

    public AppProcess commandSide() {
        return commandSide;
    }

    public AppProcess querySide() {
        return querySide;
    }

    /** JDBC URL of the database both apps use. */
    public String jdbcUrl() {
        return database != null ? database.jdbcUrl() : settings.externalDatabase();
    }

    /** Blocks until either app exits on its own, and returns its exit code; 0 when the system was closed. */
    public int awaitExit() throws InterruptedException {
        while (!closing) {
            for (AppProcess app : new AppProcess[]{commandSide, querySide, console}) {
                if (app != null && !app.process().isAlive() && !closing) {
                    System.err.println("[ledger] " + app.name() + " exited with code " + app.process().exitValue());
                    return app.process().exitValue();
                }
            }
            Thread.sleep(500);
        }
        return 0;
    }

    /** Stops the apps, then the database. Safe to call more than once, and from a shutdown hook. */
    @Override
    public synchronized void close() throws IOException, InterruptedException {
        closing = true;
        if (console != null) {
            console.stop(GRACE);
        }
        if (querySide != null) {
            querySide.stop(GRACE);
        }
        if (commandSide != null) {
            commandSide.stop(GRACE);
        }
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
