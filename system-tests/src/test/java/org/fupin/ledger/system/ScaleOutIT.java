package org.fupin.ledger.system;

import org.fupin.ledger.launcher.AppProcess;
import org.fupin.ledger.launcher.LedgerSettings;
import org.fupin.ledger.launcher.LedgerSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two command sides and two query sides on one embedded PostgreSQL, as {@code LEDGER_COMMAND_INSTANCES=2
 * LEDGER_QUERY_INSTANCES=2 ./ledger up} runs them (on a ledger of its own). Requests alternate between the
 * instances: the money rules hold across them, an acknowledged command is recorded exactly once, both query
 * sides answer the same, and when the query side holding the projections' segment is killed, the other takes
 * it over and the projections finish.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScaleOutIT {

    private static final String PROJECTIONS = "ledger-projections";

    private static LedgerSystem system;
    /** One client per instance pair: command side n with query side n. */
    private static final List<LedgerClient> clients = new ArrayList<>();
    private final String run = "s" + System.nanoTime();

    @BeforeAll
    static void startTwoOfEachSide() throws Exception {
        int[] ports = RunningLedger.freePorts(3);
        LedgerSettings settings = new LedgerSettings(
                Path.of(System.getenv().getOrDefault("LEDGER_HOME", "..")).toAbsolutePath(),
                Files.createTempDirectory("ledger-scale-out"), ports[0], ports[1], ports[2], null,
                List.of("-Xmx384m"), 0, 2, 2);
        system = new LedgerSystem(settings).start();
        for (int i = 0; i < 2; i++) {
            clients.add(new LedgerClient(system.commandSides().get(i).baseUrl(), system.querySides().get(i).baseUrl()));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void bothInstancesOfEachSideListenOnTheirOwnPorts() {
        assertThat(system.commandSides()).hasSize(2);
        assertThat(system.querySides()).hasSize(2);
        assertThat(system.commandSides().get(1).baseUrl()).isNotEqualTo(system.commandSides().get(0).baseUrl());
        assertThat(system.querySides().get(1).baseUrl()).isNotEqualTo(system.querySides().get(0).baseUrl());
    }

    @Test
    @Order(2)
    void parallelAllocationsThroughBothCommandSidesNeverOverAllocateAFund() throws Exception {
        ledger(0).registerFund(run + "-F", "1000.00");
        for (int v = 0; v < 4; v++) {
            ledger(v % 2).registerVillage(run + "-V" + v, "村" + v);
        }
        List<LedgerClient.Response> answers = parallel(60, i -> ledger(i).post("/api/funds/" + run + "-F/allocations", """
                {"id":"A%d","villageId":"%s-V%d","amount":"50.00","purpose":"burst"}""".formatted(i, run, i % 4)));

        List<Integer> statuses = answers.stream().map(LedgerClient.Response::status).toList();
        assertThat(statuses).containsOnly(201, 409, 422);
        long acknowledged = statuses.stream().filter(s -> s == 201).count();
        assertThat(acknowledged).isBetween(1L, 20L);
        String allocated = "%d.00".formatted(50 * acknowledged);
        for (int i = 0; i < 2; i++) {
            JsonNode fund = ledger(i).await("/api/funds/" + run + "-F", f -> f.path("allocated").asString().equals(allocated));
            assertThat(fund.path("unallocated").asString()).isEqualTo("%d.00".formatted(1000 - 50 * acknowledged));
        }
        long received = 0;
        for (int v = 0; v < 4; v++) {
            int village = v;
            long expected = 50 * java.util.stream.IntStream.range(0, 60)
                    .filter(i -> i % 4 == village && statuses.get(i) == 201).count();
            ledger(v % 2).await("/api/villages/" + run + "-V" + v,
                    found -> found.path("received").asString().equals(expected + ".00"));
            received += expected;
        }
        assertThat(received).isEqualTo(50 * acknowledged);
        assertBalancedOnBothQuerySides();
    }

    @Test
    @Order(3)
    void parallelCommitmentsThroughBothCommandSidesNeverTakeMoreThanTheVillageHolds() throws Exception {
        ledger(0).registerFund(run + "-F", "1000.00");
        ledger(1).registerVillage(run + "-V", "石门村");
        ledger(0).allocate(run + "-F", "A1", run + "-V", "1000.00");
        for (int p = 0; p < 4; p++) {
            LedgerClient.expectCreated(ledger(p).post("/api/projects", """
                    {"id":"%s-P%d","villageId":"%s-V","type":"OTHER","name":"项目%d","budget":"1000.00",
                     "plannedStart":"2026-01-01","plannedEnd":"2026-12-31"}""".formatted(run, p, run, p)));
            assertThat(ledger(p + 1).post("/api/projects/" + run + "-P" + p + "/approve", "{}").status()).isEqualTo(200);
        }
        assertThat(ledger(1).postWhenCredited("/api/projects/" + run + "-P0/commitments",
                "{\"id\":\"first\",\"amount\":\"100.00\"}").status()).isEqualTo(201);

        List<Integer> statuses = parallel(40, i -> ledger(i).post("/api/projects/" + run + "-P" + (i % 4) + "/commitments",
                "{\"id\":\"C%d\",\"amount\":\"60.00\"}".formatted(i))).stream().map(LedgerClient.Response::status).toList();

        assertThat(statuses).containsOnly(201, 409, 422);
        long acknowledged = statuses.stream().filter(s -> s == 201).count();
        assertThat(acknowledged).isBetween(1L, 15L);
        String committed = "%d.00".formatted(100 + 60 * acknowledged);
        for (int i = 0; i < 2; i++) {
            JsonNode village = ledger(i).await("/api/villages/" + run + "-V",
                    v -> v.path("committed").asString().equals(committed));
            assertThat(village.path("available").asString()).isEqualTo("%d.00".formatted(900 - 60 * acknowledged));
        }
        assertBalancedOnBothQuerySides();
    }

    @Test
    @Order(4)
    void aRetryWithTheSameKeyThroughTheOtherCommandSideIsAnsweredAndAppendsNothing() {
        ledger(0).registerFund(run + "-F", "1000.00");
        ledger(0).registerVillage(run + "-V", "回村");
        String body = """
                {"id":"once","villageId":"%s-V","amount":"300.00","purpose":"retry"}""".formatted(run);
        LedgerClient.Response first = ledger(0).post("/api/funds/" + run + "-F/allocations", body, run + "-key");
        LedgerClient.Response retry = ledger(1).post("/api/funds/" + run + "-F/allocations", body, run + "-key");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        ledger(1).await("/api/villages/" + run + "-V", v -> v.path("received").asString().equals("300.00"));
        assertThat(ledger(0).get("/api/funds/" + run + "-F").body().path("allocated").asString()).isEqualTo("300.00");
    }

    @Test
    @Order(5)
    void bothQuerySidesAnswerIdenticalReadModels() {
        ledger(0).registerFund(run + "-F", "500.00");
        ledger(1).registerVillage(run + "-V", "同村");
        ledger(1).allocate(run + "-F", "A1", run + "-V", "200.00");
        for (int i = 0; i < 2; i++) {
            ledger(i).await("/api/villages/" + run + "-V", v -> v.path("received").asString().equals("200.00"));
        }
        assertThat(ledger(1).readModels()).isEqualTo(ledger(0).readModels());
    }

    /** Last: it leaves one query side. */
    @Test
    @Order(6)
    void theOtherQuerySideTakesOverTheSegmentsOfAKilledOneAndTheProjectionsFinish() throws Exception {
        List<Long> owners = segmentOwners();
        assertThat(owners).isNotEmpty();
        int killed = system.querySides().get(0).process().pid() == owners.get(0) ? 0 : 1;
        AppProcess victim = system.querySides().get(killed);   // the owner of the first segment, maybe of all
        int survivor = 1 - killed;

        victim.process().destroyForcibly().waitFor();   // SIGKILL: its claims are left behind, never released

        ledger(0).registerFund(run + "-F", "800.00");
        ledger(1).registerVillage(run + "-V", "接村");
        for (int i = 0; i < 8; i++) {
            ledger(i).allocate(run + "-F", "A" + i, run + "-V", "100.00");
        }
        LedgerClient reader = new LedgerClient(system.commandSide().baseUrl(),
                system.querySides().get(survivor).baseUrl());
        reader.await("/api/villages/" + run + "-V", v -> v.path("received").asString().equals("800.00"));
        reader.await("/api/funds/" + run + "-F", f -> f.path("unallocated").asString().equals("0.00"));
        assertThat(segmentOwners()).containsOnly(system.querySides().get(survivor).process().pid());
        assertThat(reader.get("/api/reports/trial-balance").body().path("balanced").asBoolean()).isTrue();
    }

    private static LedgerClient ledger(int request) {
        return clients.get(request % 2);
    }

    private static void assertBalancedOnBothQuerySides() {
        for (LedgerClient client : clients) {
            assertThat(client.get("/api/reports/trial-balance").body().path("balanced").asBoolean()).isTrue();
        }
    }

    /** The process ids holding the projections' segments (Axon names an owner {@code pid@host}). */
    private static List<Long> segmentOwners() throws Exception {
        List<Long> owners = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(system.jdbcUrl(), "postgres", "");
             ResultSet rows = db.createStatement().executeQuery(
                     "SELECT owner FROM projection.token_entry WHERE processorName = '" + PROJECTIONS
                             + "' AND owner IS NOT NULL ORDER BY segment")) {
            while (rows.next()) {
                owners.add(Long.parseLong(rows.getString(1).split("@")[0]));
            }
        }
        return owners;
    }

    private static <T> List<T> parallel(int count, IntFunction<T> request) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Callable<T>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                calls.add(() -> request.apply(index));
            }
            List<T> answers = new ArrayList<>();
            for (Future<T> answer : callers.invokeAll(calls)) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            callers.shutdownNow();
        }
    }
}
