package org.fupin.ledger.system;

import org.fupin.ledger.launcher.AppProcess;
import org.fupin.ledger.launcher.DemoData;
import org.fupin.ledger.launcher.EmbeddedDatabase;
import org.fupin.ledger.launcher.LedgerSettings;
import org.fupin.ledger.launcher.LedgerSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./ledger backup} of a ledger loaded with Z Town while allocations keep arriving, {@code ./ledger
 * restore} into a new folder, and a second system started on it.
 *
 * <p>Why this proves the backup consistent: the restored store must hold only events the source stored,
 * every event stored before the backup began, and every aggregate's events without a hole (a snapshot, not
 * a mix of moments). The restored projection tables and their tokens come from the same snapshot: once
 * the restored query side has caught up with its restored events, its read models (API answers and every
 * projection table) must equal a rebuild from those events. Had the projections been copied at a later
 * moment than the events, they would hold money the restored events never moved and the rebuild would
 * differ; had the integrity chain, the hash chain would name missing events and not verify.
 *
 * <p>The system is its own (not {@link RunningLedger}'s): the test stops it and starts another on the copy.
 */
class BackupIT {

    private static final Path HOME = Path.of(System.getenv().getOrDefault("LEDGER_HOME", "..")).toAbsolutePath();
    private static final String BURST_FUND = "BURST-F";
    private static final String[] VILLAGES = {"ZT-DONGGOU", "ZT-XILING", "ZT-NANPO", "ZT-BEIZHUANG"};

    private static Path work;
    private static Path backup;
    private static Map<String, String> sourceEvents;
    private static Map<String, String> restoredEvents;
    private static Map<String, Long> restoredTokens;
    private static List<String> restoredChain;
    private static List<String> storedBeforeBackup;
    private static int burstRefusals;
    private static LedgerSystem restored;
    private static LedgerClient ledger;

    @BeforeAll
    static void backUpWhileCommandsArriveThenRestoreAndStart() throws Exception {
        work = Files.createTempDirectory("ledger-backup-test");
        backup = work.resolve("ledger.backup");
        LedgerSettings sourceSettings = settings(work.resolve("source"));
        try (LedgerSystem source = new LedgerSystem(sourceSettings).start()) {
            new DemoData(source.commandSide().baseUrl()).load();
            LedgerClient client = new LedgerClient(source.commandSide().baseUrl(), source.querySide().baseUrl());
            client.registerFund(BURST_FUND, "100000000.00");
            // The chain seals events a few seconds after they are stored; let it cover Z Town before the burst.
            client.await("/api/integrity", answer -> answer.path("unsealed").asLong(-1) == 0);
            burstDuringBackup(client, source, sourceSettings);
            sourceEvents = events(source.jdbcUrl());
        }
        Path target = work.resolve("restored");
        LedgerSettings restoredSettings = settings(target);
        Outcome restore = ledgerCommand(restoredSettings, "restore", backup.toString());
        assertThat(restore.exitCode()).as(restore.output()).isZero();
        try (EmbeddedDatabase database = EmbeddedDatabase.start(target.resolve("postgres"), 0)) {
            restoredEvents = events(database.jdbcUrl());
            restoredTokens = tokens(database.jdbcUrl());
            restoredChain = column(database.jdbcUrl(), "SELECT event_id FROM projection.integrity_chain");
        }
        restored = new LedgerSystem(restoredSettings).start();
        ledger = new LedgerClient(restored.commandSide().baseUrl(), restored.querySide().baseUrl());
    }

    /** Two clients allocate from the burst fund from before the backup starts until after it has ended. */
    private static void burstDuringBackup(LedgerClient client, LedgerSystem source, LedgerSettings sourceSettings)
            throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(2);
        List<Future<?>> burst = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            int clientNo = c;
            burst.add(clients.submit(() -> {
                for (int i = 0; !stop.get(); i++) {
                    LedgerClient.Response response = client.post("/api/funds/" + BURST_FUND + "/allocations", """
                            {"id":"B%d-%d","villageId":"%s","amount":"%d.00","purpose":"备份期间"}"""
                            .formatted(clientNo, i, VILLAGES[i % VILLAGES.length], 100 + i));
                    (response.status() == 201 ? sent : refused).incrementAndGet();
                }
            }));
        }
        try {
            while (sent.get() < 20) {
                LedgerClient.sleep(50);
            }
            storedBeforeBackup = List.copyOf(events(source.jdbcUrl()).keySet());
            Outcome backedUp = ledgerCommand(sourceSettings, "backup", backup.toString());
            assertThat(backedUp.exitCode()).as(backedUp.output()).isZero();
        } finally {
            stop.set(true);
            for (Future<?> sender : burst) {
                sender.get(60, TimeUnit.SECONDS);
            }
            clients.shutdown();
        }
        burstRefusals = refused.get();
        EventCountSettled.of(source.jdbcUrl());
    }

    @AfterAll
    static void stopAndCleanUp() throws Exception {
        if (restored != null) {
            restored.close();
        }
        try (Stream<Path> files = Files.walk(work)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Test
    void restoredStoreHoldsASnapshotOfTheSourceStore() {
        assertThat(burstRefusals).isZero();
        assertThat(sourceEvents).containsAllEntriesOf(restoredEvents);
        assertThat(restoredEvents).containsKeys(storedBeforeBackup.toArray(String[]::new));
        Map<String, List<Long>> sequences = new TreeMap<>();
        restoredEvents.values().forEach(row -> sequences.computeIfAbsent(row.split("\\|")[0], a -> new ArrayList<>())
                .add(Long.parseLong(row.split("\\|")[1])));
        sequences.forEach((aggregate, numbers) -> assertThat(numbers.stream().sorted().toList())
                .as("events of %s", aggregate)
                .isEqualTo(LongStream.range(0, numbers.size()).boxed().toList()));
    }

    @Test
    void restoredTokensAndIntegrityChainPointOnlyAtRestoredEvents() {
        long head = restoredEvents.values().stream().mapToLong(row -> Long.parseLong(row.split("\\|")[2])).max()
                .orElseThrow();
        assertThat(restoredTokens).containsKeys("ledger-projections").allSatisfy((processor, index) ->
                assertThat(index).as(processor).isLessThanOrEqualTo(head));
        assertThat(restoredChain).isNotEmpty();
        assertThat(restoredEvents).containsKeys(restoredChain.toArray(String[]::new));
    }

    @Test
    void restoredReadModelsEqualARebuildFromTheRestoredEvents() throws Exception {
        List<JsonNode> caughtUp = caughtUpReadModels();
        Map<String, List<String>> tables = projectionTables();
        assertThat(caughtUp.get(0).findValuesAsString("id")).contains(BURST_FUND, "F-2026-CENTRAL-01");
        assertThat(ledger.get("/api/reports/trial-balance").body().path("balanced").asBoolean()).isTrue();

        assertThat(ledger.postToQuerySide("/api/admin/projections/rebuild", "{}").status()).isEqualTo(202);
        List<JsonNode> rebuilt = ledger.readModels();
        for (int i = 0; i < 300 && !rebuilt.equals(caughtUp); i++) {
            LedgerClient.sleep(200);
            rebuilt = ledger.readModels();
        }
        assertThat(rebuilt).isEqualTo(caughtUp);
        awaitProjectionsCaughtUp();
        assertThat(projectionTables()).isEqualTo(tables);
    }

    @Test
    void integrityVerifiesOnTheRestoredLedger() {
        JsonNode integrity = ledger.await("/api/integrity",
                answer -> answer.path("verified").asBoolean() && answer.path("unsealed").asLong() == 0);
        assertThat(integrity.path("firstBadEvent").isNull() || integrity.path("firstBadEvent").isMissingNode()).isTrue();
        assertThat(ledger.postToQuerySide("/api/admin/integrity/verification", "{}").status()).isEqualTo(202);
        JsonNode full = ledger.await("/api/admin/integrity/verification",
                job -> !job.path("state").asString().equals("RUNNING"));
        assertThat(full.path("state").asString()).isEqualTo("FINISHED");
        assertThat(full.path("verified").asBoolean()).as("the whole restored chain verifies").isTrue();
        assertThat(full.path("eventsChecked").asLong()).isGreaterThanOrEqualTo(restoredEvents.size());
    }

    @Test
    void restoredLedgerTakesNewAllocationsAndCommitsThatMoney() {
        ledger.registerVillage("AFTER-V", "石门村");
        ledger.registerFund("AFTER-F", "5000.00");
        ledger.allocate("AFTER-F", "AFTER-A", "AFTER-V", "3000.00");
        LedgerClient.expectCreated(ledger.post("/api/projects", """
                {"id":"AFTER-P","villageId":"AFTER-V","type":"HEALTH_STATION","name":"卫生室","budget":"2500.00",
                 "plannedStart":"2026-01-01","plannedEnd":"2026-12-31"}"""));
        assertThat(ledger.post("/api/projects/AFTER-P/approve", "{}").status()).isEqualTo(200);
        LedgerClient.expectCreated(ledger.postWhenCredited("/api/projects/AFTER-P/commitments",
                "{\"id\":\"AFTER-C\",\"amount\":\"2500.00\"}"));

        JsonNode project = ledger.await("/api/projects/AFTER-P", p -> p.path("committed").asString().equals("2500.00"));
        assertThat(project.path("byFund").findValuesAsString("fundId")).containsExactly("AFTER-F");
        ledger.await("/api/villages/AFTER-V", v -> v.path("available").asString().equals("500.00"));
    }

    @Test
    void restoreRefusesAFolderThatIsNotEmpty() throws Exception {
        Path occupied = Files.createDirectories(work.resolve("occupied"));
        Files.writeString(occupied.resolve("ledger-notes.txt"), "保留");

        Outcome restore = ledgerCommand(settings(occupied), "restore", backup.toString());

        assertThat(restore.exitCode()).isNotZero();
        assertThat(restore.output()).contains("is not empty");
        try (Stream<Path> entries = Files.list(occupied)) {
            assertThat(entries.toList()).containsExactly(occupied.resolve("ledger-notes.txt"));
        }
        assertThat(Files.readString(occupied.resolve("ledger-notes.txt"))).isEqualTo("保留");
    }

    @Test
    void restoreRefusesAFileItDoesNotUnderstandAndCreatesNothing() throws Exception {
        Path notABackup = Files.writeString(work.resolve("notes.txt"), "第一书记工作日志\n");
        Path futureFormat = Files.writeString(work.resolve("future.backup"), "FUPIN-LEDGER-BACKUP 99\n");
        byte[] whole = Files.readAllBytes(backup);
        Path truncated = Files.write(work.resolve("truncated.backup"), Arrays.copyOf(whole, whole.length - 40));

        Map<Path, String> expected = Map.of(notABackup, "is not a Fupin Ledger backup",
                futureFormat, "format version 99", truncated, "is damaged");
        for (Map.Entry<Path, String> file : expected.entrySet()) {
            Path target = work.resolve("never-" + file.getKey().getFileName());
            Outcome restore = ledgerCommand(settings(target), "restore", file.getKey().toString());
            assertThat(restore.exitCode()).as(restore.output()).isEqualTo(1);
            assertThat(restore.output()).contains(file.getValue());
            assertThat(target).doesNotExist();
        }
    }

    @Test
    void backupOfAStoppedLedgerStartsItsDatabaseAndHoldsEveryEvent() throws Exception {
        Path stoppedBackup = work.resolve("stopped.backup");
        Outcome backedUp = ledgerCommand(settings(work.resolve("source")), "backup", stoppedBackup.toString());
        assertThat(backedUp.exitCode()).as(backedUp.output()).isZero();
        assertThat(backedUp.output()).contains("starting the one in");

        Path target = work.resolve("restored-from-stopped");
        Outcome restore = ledgerCommand(settings(target), "restore", stoppedBackup.toString());
        assertThat(restore.exitCode()).as(restore.output()).isZero();
        try (EmbeddedDatabase database = EmbeddedDatabase.start(target.resolve("postgres"), 0)) {
            assertThat(events(database.jdbcUrl())).isEqualTo(sourceEvents);
        }
    }

    @Test
    void backupNeverOverwritesAFile() throws Exception {
        Path existing = Files.writeString(work.resolve("existing.backup"), "an earlier backup");

        Outcome again = ledgerCommand(settings(work.resolve("source")), "backup", existing.toString());

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.output()).contains("exists already");
        assertThat(Files.readString(existing)).isEqualTo("an earlier backup");
    }

    private static List<JsonNode> caughtUpReadModels() throws Exception {
        EventCountSettled.of(restored.jdbcUrl());
        awaitProjectionsCaughtUp();
        List<JsonNode> previous = ledger.readModels();
        List<JsonNode> current = ledger.readModels();
        while (!current.equals(previous)) {
            previous = current;
            LedgerClient.sleep(200);
            current = ledger.readModels();
        }
        return current;
    }

    private static void awaitProjectionsCaughtUp() {
        ledger.await("/api/admin/projections", processors -> {
            for (JsonNode processor : processors) {
                if (processor.path("name").asString().equals("ledger-projections")) {
                    return !processor.path("replaying").asBoolean() && processor.path("lag").asLong(-1) == 0;
                }
            }
            return false;
        });
    }

    /** Every projection table but the tokens, each as its rows' text, sorted. */
    private static Map<String, List<String>> projectionTables() throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(restored.jdbcUrl());
             Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'projection'"
                    + " AND tablename NOT IN ('token_entry', 'flyway_schema_history')")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            for (String name : names) {
                List<String> rows = new ArrayList<>();
                try (ResultSet row = statement.executeQuery("SELECT t::text FROM projection." + name + " t ORDER BY 1")) {
                    while (row.next()) {
                        rows.add(row.getString(1));
                    }
                }
                tables.put(name, rows);
            }
        }
        return tables;
    }

    /** The position each processor (the command side's relays, the query side's projections) had reached. */
    private static Map<String, Long> tokens(String jdbcUrl) throws SQLException {
        Map<String, Long> tokens = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT processorName || '/' || segment, convert_from(token, 'UTF8') FROM event_store.token_entry
                     WHERE token IS NOT NULL
                     UNION ALL
                     SELECT processorName || '/' || segment, convert_from(token, 'UTF8') FROM projection.token_entry
                     WHERE token IS NOT NULL""")) {
            while (rows.next()) {
                tokens.put(rows.getString(1).replaceFirst("/0$", ""),
                        LedgerClient.JSON.readTree(rows.getString(2)).path("index").asLong(-1));
            }
        }
        return tokens;
    }

    private static List<String> column(String jdbcUrl, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** Every stored event by its identifier: "aggregate|sequence|index|timestamp|type|payload|metadata". */
    private static Map<String, String> events(String jdbcUrl) throws SQLException {
        Map<String, String> events = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT eventIdentifier, concat_ws('|', aggregateIdentifier, sequenceNumber, globalIndex, timeStamp,
                            payloadType, encode(payload, 'hex'), encode(metaData, 'hex'))
                     FROM event_store.domain_event_entry""")) {
            while (rows.next()) {
                events.put(rows.getString(1), rows.getString(2));
            }
        }
        return events;
    }

    private record Outcome(int exitCode, String output) {
    }

    /** Runs the launcher's jar as {@code ./ledger} runs it, with the settings as its environment. */
    private static Outcome ledgerCommand(LedgerSettings settings, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", AppProcess.executableJar(HOME, "launcher").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LEDGER_HOME", HOME.toString());
        builder.environment().put("LEDGER_DATA_DIR", settings.dataDirectory().toString());
        builder.environment().put("LEDGER_DB_PORT", String.valueOf(settings.databasePort()));
        builder.environment().remove("SPRING_DATASOURCE_URL");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("./ledger " + String.join(" ", arguments) + " did not finish:\n" + output);
        }
        System.err.print(output);
        return new Outcome(process.exitValue(), output);
    }

    private static LedgerSettings settings(Path dataDirectory) throws IOException {
        int[] ports = RunningLedger.freePorts(3);
        return new LedgerSettings(HOME, dataDirectory, ports[0], ports[1], ports[2], null, List.of("-Xmx512m"));
    }

    /** Waits until the relays have delivered every second step: no new event for two seconds. */
    private static final class EventCountSettled {

        static void of(String jdbcUrl) throws SQLException {
            long count = count(jdbcUrl);
            for (int quiet = 0; quiet < 10; ) {
                LedgerClient.sleep(200);
                long now = count(jdbcUrl);
                quiet = now == count ? quiet + 1 : 0;
                count = now;
            }
        }

        private static long count(String jdbcUrl) throws SQLException {
            try (Connection connection = DriverManager.getConnection(jdbcUrl);
                 Statement statement = connection.createStatement();
                 ResultSet count = statement.executeQuery("SELECT count(*) FROM event_store.domain_event_entry")) {
                count.next();
                return count.getLong(1);
            }
        }
    }
}
