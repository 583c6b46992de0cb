package org.fupin.ledger.system;

import org.fupin.ledger.launcher.DemoData;
import org.fupin.ledger.launcher.LedgerSettings;
import org.fupin.ledger.launcher.LedgerSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The set-based projections on three segments: villages worked on side by side, each village's events
 * folded per batch and written by whichever segment holds the village, give exactly the read models that a
 * rebuild (every table emptied, every event replayed in batches of up to 1,000) gives. Compared table by
 * table, row by row, straight from the database.
 */
class SegmentedProjectionsIT {

    private static final int SEGMENTS = 3;
    /** Tables of the projection schema that are not read models: tokens, dead letters, the integrity chain. */
    private static final Set<String> NOT_READ_MODELS = Set.of("token_entry", "dead_letter_entry", "integrity_chain",
            "integrity_sealer", "integrity_verified", "integrity_full_verification", "warning_rule_version",
            "flyway_schema_history");

    private static LedgerSystem system;
    private static LedgerClient ledger;

    @BeforeAll
    static void start() throws Exception {
        int[] ports = RunningLedger.freePorts(3);
        LedgerSettings settings = new LedgerSettings(
                Path.of(System.getenv().getOrDefault("LEDGER_HOME", "..")).toAbsolutePath(),
                Files.createTempDirectory("ledger-segments"), ports[0], ports[1], ports[2], null,
                List.of("-Xmx512m", "-DLEDGER_PROJECTION_SEGMENTS=" + SEGMENTS));
        system = new LedgerSystem(settings).start();
        ledger = new LedgerClient(system.commandSide().baseUrl(), system.querySide().baseUrl());
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void readModelsWrittenLiveOnSeveralSegmentsEqualTheirRebuildRowForRow() throws Exception {
        new DemoData(system.commandSide().baseUrl()).load();
        ledger.registerFund("SEG-F", "900000.00");
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> villages = new ArrayList<>();
            for (int v = 0; v < 4; v++) {
                String village = "SEG-V" + v;
                villages.add(workers.submit(() -> workOn(village)));
            }
            for (Future<?> village : villages) {
                village.get();
            }
        } finally {
            workers.shutdown();
        }
        JsonNode processor = awaitCaughtUp(false);
        assertThat(processor.path("segmentPositions").size()).as("segments").isEqualTo(SEGMENTS);
        Map<String, List<String>> live = readModels();
        assertThat(live.get("village_fund_view")).hasSizeGreaterThan(8);
        assertThat(live.get("payment_view")).isNotEmpty();
        assertThat(live.get("collective_entry_view")).isNotEmpty();
        assertThat(live.get("approval_view")).isNotEmpty();
        assertThat(live.get("fund_movement_view")).isNotEmpty();

        try (Connection db = DriverManager.getConnection(system.jdbcUrl()); Statement forge = db.createStatement()) {
            forge.executeUpdate("UPDATE projection.village_fund_view SET received = received + 1 WHERE village_id = 'SEG-V0'");
            forge.executeUpdate("UPDATE projection.project_view SET status = 'CANCELLED', progress_percent = 99");
        }
        assertThat(readModels()).as("the forged rows show before the rebuild").isNotEqualTo(live);

        LedgerClient.Response rebuild = ledger.postToQuerySide("/api/admin/projections/rebuild", "{}");
        assertThat(rebuild.status()).isEqualTo(202);
        awaitCaughtUp(true);
        Map<String, List<String>> rebuilt = readModels();
        assertThat(rebuilt.keySet()).isEqualTo(live.keySet());
        for (String table : live.keySet()) {
            assertThat(rebuilt.get(table)).as(table).isEqualTo(live.get(table));
        }
        assertThat(ledger.get("/api/reports/trial-balance").body().path("balanced").asBoolean()).isTrue();
    }

    /** A village's whole life, sent while three other villages live theirs. */
    private static void workOn(String village) {
        ledger.registerVillage(village, "分段村");
        for (int a = 1; a <= 5; a++) {
            ledger.allocate("SEG-F", "A" + a + "-" + village, village, a + "000.00");
        }
        LedgerClient.expectCreated(ledger.postWhenCredited("/api/villages/" + village + "/returns", """
                {"id":"R1","fundId":"SEG-F","amount":"500.00","reason":"结余退回"}"""));
        String project = village + "-P";
        LedgerClient.expectCreated(ledger.post("/api/projects", """
                {"id":"%s","villageId":"%s","type":"OTHER","name":"村部修缮","budget":"8000.00",
                 "plannedStart":"2026-01-01","plannedEnd":"2026-12-31"}""".formatted(project, village)));
        assertThat(ledger.post("/api/projects/" + project + "/approve", "{}").status()).isEqualTo(200);
        assertThat(ledger.post("/api/projects/" + project + "/start", "{\"date\":\"2026-02-01\"}").status())
                .isEqualTo(200);
        LedgerClient.expectCreated(ledger.postWhenCredited("/api/projects/" + project + "/commitments",
                "{\"id\":\"C1\",\"amount\":\"6000.00\"}"));
        ledger.confirmProgress(project, "M1", 80);
        LedgerClient.expectCreated(ledger.post("/api/projects/" + project + "/disbursements", """
                {"id":"D1","amount":"2500.00","payee":"丰源建筑队","voucherNo":"记-%s"}""".formatted(village)));
        LedgerClient.expectCreated(ledger.post("/api/villages/" + village + "/collective-income", """
                {"id":"I1","amount":"320.00","category":"LAND_TRANSFER","period":"2026-11","receiptNo":"收-1"}"""));
    }

    /** Waits until the projections are on every event (after a rebuild: replayed them all) and returns their status. */
    private static JsonNode awaitCaughtUp(boolean rebuilding) {
        boolean replayed = !rebuilding;
        for (int i = 0; i < 600; i++) {
            JsonNode processor = ledger.get("/api/admin/projections").body().get(0);
            replayed |= processor.path("replaying").asBoolean();
            if ((replayed || i > 50) && !processor.path("replaying").asBoolean() && processor.path("lag").isNumber()
                    && processor.path("lag").asLong() == 0) {
                return processor;
            }
            LedgerClient.sleep(100);
        }
        throw new AssertionError("The projections did not catch up: " + ledger.get("/api/admin/projections").body());
    }

    /** Every read-model table of the query side, each as its rows in text, sorted. */
    private static Map<String, List<String>> readModels() throws Exception {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Connection db = DriverManager.getConnection(system.jdbcUrl()); Statement query = db.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rows = query.executeQuery("""
                    SELECT table_name FROM information_schema.tables
                    WHERE table_schema = 'projection' AND table_type = 'BASE TABLE'""")) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            names.removeAll(NOT_READ_MODELS);
            for (String table : names) {
                List<String> contents = new ArrayList<>();
                try (ResultSet rows = query.executeQuery("SELECT * FROM projection." + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int c = 1; c <= columns; c++) {
                            row.append(rows.getMetaData().getColumnName(c)).append('=').append(rows.getString(c)).append(' ');
                        }
                        contents.add(row.toString());
                    }
                }
                contents.sort(null);
                tables.put(table, contents);
            }
        }
        return tables;
    }
}
