package org.fupin.ledger.launcher;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What {@code ./ledger} can be told through environment variables, with the defaults a newcomer gets.
 *
 * @param home              the repository checkout holding the built jars ({@code LEDGER_HOME}, default: here)
 * @param dataDirectory     the embedded database's files ({@code LEDGER_DATA_DIR}, default {@code ./data})
 * @param commandPort       the command side's HTTP port ({@code LEDGER_COMMAND_PORT}, default 8080)
 * @param queryPort         the query side's HTTP port ({@code LEDGER_QUERY_PORT}, default 8081)
 * @param databasePort      the embedded PostgreSQL's port ({@code LEDGER_DB_PORT}, default 54329)
 * @param externalDatabase  set when {@code SPRING_DATASOURCE_URL} points to a real PostgreSQL
 * @param jvmOptions        options of the app JVMs ({@code LEDGER_JAVA_OPTS}, default {@code -Xmx512m})
 * @param consolePort       the console's HTTP port ({@code LEDGER_CONSOLE_PORT}, default 8082); 0 runs no console
 * @param commandInstances  how many command sides run ({@code LEDGER_COMMAND_INSTANCES}, default 1); instance
 *                          n (from 0) listens on {@code commandPort + 10 n}
 * @param queryInstances    how many query sides run ({@code LEDGER_QUERY_INSTANCES}, default 1); instance n
 *                          listens on {@code queryPort + 10 n}
 */
public record LedgerSettings(Path home, Path dataDirectory, int commandPort, int queryPort, int databasePort,
                             String externalDatabase, List<String> jvmOptions, int consolePort,
                             int commandInstances, int queryInstances) {

    /** The distance between the ports of two instances of the same side. */
    public static final int INSTANCE_PORT_STEP = 10;

    private static final int MAX_INSTANCES = 9;

    public LedgerSettings {
        if (commandInstances < 1 || commandInstances > MAX_INSTANCES
                || queryInstances < 1 || queryInstances > MAX_INSTANCES) {
            throw new IllegalArgumentException("LEDGER_COMMAND_INSTANCES and LEDGER_QUERY_INSTANCES must be from 1 to "
                    + MAX_INSTANCES);
        }
    }

    /** One instance of each side, with a console on {@code consolePort} (0: none). */
    public LedgerSettings(Path home, Path dataDirectory, int commandPort, int queryPort, int databasePort,
                          String externalDatabase, List<String> jvmOptions, int consolePort) {
        this(home, dataDirectory, commandPort, queryPort, databasePort, externalDatabase, jvmOptions, consolePort,
                1, 1);
    }

    /** Settings for the two APIs alone, without the console (the benchmark, API-only tests). */
    public LedgerSettings(Path home, Path dataDirectory, int commandPort, int queryPort, int databasePort,
                          String externalDatabase, List<String> jvmOptions) {
        this(home, dataDirectory, commandPort, queryPort, databasePort, externalDatabase, jvmOptions, 0);
    }

    public static LedgerSettings from(Map<String, String> env) {
        Path home = Path.of(env.getOrDefault("LEDGER_HOME", ".")).toAbsolutePath().normalize();
        return new LedgerSettings(
                home,
                Path.of(env.getOrDefault("LEDGER_DATA_DIR", home.resolve("data").toString())).toAbsolutePath(),
                port(env, "LEDGER_COMMAND_PORT", 8080),
                port(env, "LEDGER_QUERY_PORT", 8081),
                port(env, "LEDGER_DB_PORT", 54329),
                env.get("SPRING_DATASOURCE_URL"),
                Arrays.stream(env.getOrDefault("LEDGER_JAVA_OPTS", "-Xmx512m -XX:+ExitOnOutOfMemoryError").trim()
                        .split("\\s+")).filter(option -> !option.isEmpty()).toList(),
                port(env, "LEDGER_CONSOLE_PORT", 8082),
                instances(env, "LEDGER_COMMAND_INSTANCES"),
                instances(env, "LEDGER_QUERY_INSTANCES"));
    }

    /** The HTTP port of command side number {@code instance} (from 0). */
    public int commandPort(int instance) {
        return commandPort + INSTANCE_PORT_STEP * instance;
    }

    /** The HTTP port of query side number {@code instance} (from 0). */
    public int queryPort(int instance) {
        return queryPort + INSTANCE_PORT_STEP * instance;
    }

    private static int instances(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            int instances = Integer.parseInt(value.trim());
            if (instances < 1 || instances > MAX_INSTANCES) {
                throw new NumberFormatException();
            }
            return instances;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number from 1 to " + MAX_INSTANCES + ", not '"
                    + value + "'");
        }
    }

    private static int port(Map<String, String> env, String name, int defaultPort) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number from 1 to 65535, not '" + value + "'");
        }
    }
}
