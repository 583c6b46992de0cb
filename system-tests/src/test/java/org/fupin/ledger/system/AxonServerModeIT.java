package org.fupin.ledger.system;

import org.fupin.ledger.launcher.AppProcess;
import org.fupin.ledger.launcher.EmbeddedDatabase;
import org.fupin.ledger.launcher.LocalUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both apps with {@code axon.axonserver.enabled=true} against an address where no Axon Server listens: what
 * can be proven without a server. They create and find everything they keep in PostgreSQL (tokens,
 * idempotency keys, the project registry, read models, the integrity chain, dead letters), stay up, and
 * report Axon Server as DOWN in health; the failure is a connection, never a missing table.
 */
class AxonServerModeIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration STARTUP = Duration.ofSeconds(180);

    private static EmbeddedDatabase database;
    private static final List<Process> apps = new ArrayList<>();
    private static Path logs;
    private static int commandPort;
    private static int queryPort;

    @BeforeAll
    static void startBothAppsWithoutAxonServer() throws IOException {
        int[] ports = RunningLedger.freePorts(4);
        commandPort = ports[0];
        queryPort = ports[1];
        int nowhere = ports[3];
        logs = Files.createTempDirectory("ledger-axonserver-mode");
        database = EmbeddedDatabase.start(logs.resolve("postgres"), ports[2]);
        for (String module : List.of("command-side", "query-side")) {
            ProcessBuilder app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-jar", AppProcess.executableJar(home(), module).toString())
                    .redirectErrorStream(true).redirectOutput(logs.resolve(module + ".log").toFile());
            app.environment().put("SERVER_PORT", String.valueOf(module.equals("command-side") ? commandPort : queryPort));
            app.environment().put("SPRING_DATASOURCE_URL", database.jdbcUrl());
            app.environment().put("SPRING_DATASOURCE_USERNAME", EmbeddedDatabase.USER);
            app.environment().put("AXON_AXONSERVER_ENABLED", "true");
            app.environment().put("AXON_AXONSERVER_SERVERS", "localhost:" + nowhere);
            apps.add(app.start());
        }
    }

    @AfterAll
    static void stopEverything() throws Exception {
        for (Process app : apps) {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void commandSideStartsAndReportsAxonServerDown() throws Exception {
        JsonNode health = healthOnceAnswered(commandPort, apps.get(0));
        assertThat(health.at("/components/axonServer/status").asString()).isEqualTo("DOWN");
        assertThat(health.at("/components/axonServer/details/context").asString()).isEqualTo("default");
        assertThat(health.at("/components/db/status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/deadLetters/status").asString()).isEqualTo("UP");
        assertThat(health.at("/status").asString()).isEqualTo("DOWN");
        assertStillRunningWithoutMissingTables("command-side", apps.get(0));
    }

    @Test
    void querySideStartsAndReportsAxonServerDown() throws Exception {
        JsonNode health = healthOnceAnswered(queryPort, apps.get(1));
        assertThat(health.at("/components/axonServer/status").asString()).isEqualTo("DOWN");
        assertThat(health.at("/components/db/status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/deadLetters/status").asString()).isEqualTo("UP");
        assertStillRunningWithoutMissingTables("query-side", apps.get(1));
    }

    @Test
    void everythingKeptInPostgresqlIsCreatedInBothSchemas() throws Exception {
        healthOnceAnswered(commandPort, apps.get(0));
        healthOnceAnswered(queryPort, apps.get(1));
        try (Connection db = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "")) {
            for (String table : List.of("event_store.token_entry", "event_store.idempotency_key",
                    "event_store.project_registry", "event_store.dead_letter_entry", "projection.token_entry",
                    "projection.dead_letter_entry", "projection.integrity_chain", "projection.integrity_sealer",
                    "projection.fund_view", "projection.village_view", "projection.project_view")) {
                assertThat(exists(db, table)).as(table).isTrue();
            }
            assertThat(exists(db, "public.tokenentry")).as("Axon's default token table").isFalse();
        }
    }

    private static boolean exists(Connection db, String table) throws SQLException {
        try (ResultSet row = db.createStatement().executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
            row.next();
            return row.getBoolean(1);
        }
    }

    /**
     * Health as the administrator sees it (with components), once the app answers at all: 503 while a
     * component is DOWN. Fails if the app exits first.
     */
    private static JsonNode healthOnceAnswered(int port, Process app) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .header("Authorization", LocalUsers.basic("admin")).timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            assertThat(app.isAlive()).as("the app is running").isTrue();
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                JsonNode health = LedgerClient.JSON.readTree(response.body());
                if (health.has("components") && health.at("/components/axonServer").isObject()) {
                    return health;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no health answer within " + STARTUP);
    }

    /** The processors have tried Axon Server (and failed to connect) by now; the app must still run. */
    private static void assertStillRunningWithoutMissingTables(String module, Process app) throws Exception {
        Thread.sleep(3000);
        assertThat(app.isAlive()).as(module + " still running").isTrue();
        String log = Files.readString(logs.resolve(module + ".log"));
        assertThat(log).contains("Started").contains("UNAVAILABLE")
                .doesNotContain("does not exist").doesNotContain("APPLICATION FAILED TO START");
    }

    private static Path home() {
        return Path.of(System.getenv().getOrDefault("LEDGER_HOME", "..")).toAbsolutePath();
    }
}
