package org.fupin.ledger.launcher;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The whole ledger on one machine: the database (embedded unless a real one is configured), then the
 * command sides, then the query sides, then the console (unless its port is 0). Closing it stops them in
 * the reverse order.
 *
 * <p>Several instances of a side (see {@link LedgerSettings#commandInstances()}) share the database. Query
 * sides share the projections' segments through their token claims. Command sides share nothing but the
 * event store, whose unique aggregate sequence refuses a second append at the same place; so with more than
 * one, each runs without an aggregate cache (a cached aggregate would not see what another instance
 * appended, and could refuse a command on stale state).
 */
public final class LedgerSystem implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(180);
    private static final Duration GRACE = Duration.ofSeconds(30);

    private final LedgerSettings settings;
    private final Map<String, String> appEnvironment = new HashMap<>();
    private volatile EmbeddedDatabase database;
    private final List<AppProcess> commandSides = new CopyOnWriteArrayList<>();
    private final List<AppProcess> querySides = new CopyOnWriteArrayList<>();
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
            for (int instance = 0; instance < settings.commandInstances(); instance++) {
                startCommandSide(instance);
            }
            for (int instance = 0; instance < settings.queryInstances(); instance++) {
                startQuerySide(instance);
            }
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

    /** Starts (or starts again, after it stopped) the first command side. */
    public void startCommandSide() throws IOException, InterruptedException {
        startCommandSide(0);
    }

    /** Starts (or starts again) the first query side. */
    public void startQuerySide() throws IOException, InterruptedException {
        startQuerySide(0);
    }

    /** Starts command side number {@code instance} (from 0) on its port, or again after it stopped. */
    public void startCommandSide(int instance) throws IOException, InterruptedException {
        Map<String, String> environment = new HashMap<>(appEnvironment);
        environment.put("LEDGER_QUERY_URL", "http://localhost:" + settings.queryPort());
        if (settings.commandInstances() > 1) {
            environment.putIfAbsent("LEDGER_AGGREGATECACHE_SIZE", "0");
        }
        AppProcess app = AppProcess.start(settings.home(), "command-side", settings.commandPort(instance),
                settings.jvmOptions(), environment);
        put(commandSides, instance, app);
        app.awaitHealthy(STARTUP);
    }

    /** Starts query side number {@code instance} (from 0) on its port, or again after it stopped. */
    public void startQuerySide(int instance) throws IOException, InterruptedException {
        AppProcess app = AppProcess.start(settings.home(), "query-side", settings.queryPort(instance),
                settings.jvmOptions(), appEnvironment);
        put(querySides, instance, app);
        app.awaitHealthy(STARTUP);
    }

    private static void put(List<AppProcess> instances, int instance, AppProcess app) {
        if (instance < instances.size()) {
            instances.set(instance, app);
        } else if (instance == instances.size()) {
            instances.add(app);
        } else {
            throw new IllegalArgumentException("Start instance " + instances.size() + " first, not " + instance);
        }
    }

    /** The console, calling the two APIs this system runs. */
    public void startConsole() throws IOException, InterruptedException {
        Map<String, String> environment = new HashMap<>(appEnvironment);
        environment.put("LEDGER_COMMAND_URL", commandSide().baseUrl());
        environment.put("LEDGER_QUERY_URL", querySide().baseUrl());
        console = AppProcess.start(settings.home(), "console", settings.consolePort(), settings.jvmOptions(),
                environment);
        console.awaitHealthy(STARTUP);
    }

    /** The console, or null when this system runs without one. */
    public AppProcess console() {
        return console;
    }

    /** The first command side, or null before it was started. */
    public AppProcess commandSide() {
        return commandSides.isEmpty() ? null : commandSides.get(0);
    }

    /** The first query side, or null before it was started. */
    public AppProcess querySide() {
        return querySides.isEmpty() ? null : querySides.get(0);
    }

    /** Every command side started, instance 0 first. */
    public List<AppProcess> commandSides() {
        return List.copyOf(commandSides);
    }

    /** Every query side started, instance 0 first. */
    public List<AppProcess> querySides() {
        return List.copyOf(querySides);
    }

    /** JDBC URL of the database both apps use. */
    public String jdbcUrl() {
        return database != null ? database.jdbcUrl() : settings.externalDatabase();
    }

    /**
     * Blocks until the console or every instance of a side has exited on its own, and returns the last exit
     * code; 0 when the system was closed. An instance that exits while another of its side runs is reported,
     * and the others carry on (they take over its segments).
     */
    public int awaitExit() throws InterruptedException {
        List<AppProcess> reported = new ArrayList<>();
        while (!closing) {
            for (AppProcess app : running()) {
                if (!app.process().isAlive() && !reported.contains(app) && !closing) {
                    reported.add(app);
                    System.err.println("[ledger] " + app.name() + " on " + app.baseUrl() + " exited with code "
                            + app.process().exitValue());
                    if (app == console || commandSides.stream().noneMatch(side -> side.process().isAlive())
                            || querySides.stream().noneMatch(side -> side.process().isAlive())) {
                        return app.process().exitValue();
                    }
                }
            }
            Thread.sleep(500);
        }
        return 0;
    }

    private List<AppProcess> running() {
        List<AppProcess> apps = new ArrayList<>(commandSides);
        apps.addAll(querySides);
        if (console != null) {
            apps.add(console);
        }
        return apps;
    }

    /** Stops the apps, then the database. Safe to call more than once, and from a shutdown hook. */
    @Override
    public synchronized void close() throws IOException, InterruptedException {
        closing = true;
        if (console != null) {
            console.stop(GRACE);
        }
        for (AppProcess querySide : querySides) {
            querySide.stop(GRACE);
        }
        for (AppProcess commandSide : commandSides) {
            commandSide.stop(GRACE);
        }
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
