package org.fupin.ledger.system;

import org.fupin.ledger.launcher.LedgerSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crashes and outages, for real: the apps are killed with SIGKILL and the database is stopped under them.
 * What a client was told succeeded must be in the store exactly once, retries with the same
 * Idempotency-Key must get the original answer, and the read models must converge to an independent
 * model of the acknowledged commands.
 */
class FaultsIT {

    private static final int CLIENTS = 8;
    private static final int FUNDS = 4;
    private static final int VILLAGES = 8;
    private static LedgerClient ledger;
    private static LedgerSystem system;

    @BeforeAll
    static void start() throws Exception {
        ledger = RunningLedger.client();
        system = RunningLedger.system();
    }

    /** One allocation a client sends, with its own Idempotency-Key. */
    private record Allocation(String fund, String village, String id, long fen, String key) {
        String path() {
            return "/api/funds/" + fund + "/allocations";
        }

        String body() {
            return """
                    {"id":"%s","villageId":"%s","amount":"%d.%02d","purpose":"压力测试"}"""
                    .formatted(id, village, fen / 100, fen % 100);
        }
    }

    private static List<Allocation> allocations(String run, int count) {
        List<Allocation> allocations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            allocations.add(new Allocation(run + "-F" + (i % FUNDS), run + "-V" + (i % VILLAGES), "A" + i,
                    100 + (i * 37L) % 90_000, run + "-key-" + i));
        }
        return allocations;
    }

    private static void registerVillagesAndFunds(String run) {
        for (int v = 0; v < VILLAGES; v++) {
            ledger.registerVillage(run + "-V" + v, "压力村" + v);
        }
        for (int f = 0; f < FUNDS; f++) {
            ledger.registerFund(run + "-F" + f, "100000000.00");
        }
    }

    /** Sends until the ledger gives a definitive answer: a lost connection or a 503 is retried, same key. */
    private static LedgerClient.Response sendUntilAnswered(Allocation allocation, Instant deadline) {
        while (Instant.now().isBefore(deadline)) {
            try {
                LedgerClient.Response response = ledger.post(allocation.path(), allocation.body(), allocation.key());
                if (response.status() != 503) {
                    return response;
                }
            } catch (UncheckedIOException connectionLost) {
                // the command side is down: retry with the same key once it is back
            }
            LedgerClient.sleep(100);
        }
        throw new AssertionError("No answer for " + allocation + " before the deadline");
    }

    @Test
    void commandSideKilledMidBurstLosesNothingAndDuplicatesNothing() throws Exception {
        String run = "kill" + System.nanoTime();
        registerVillagesAndFunds(run);
        List<Allocation> burst = allocations(run, 2000);
        Map<Allocation, LedgerClient.Response> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger answered = new AtomicInteger();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            running.add(clients.submit(() -> {
                for (int i = client; i < burst.size(); i += CLIENTS) {
                    Allocation allocation = burst.get(i);
                    LedgerClient.Response response = sendUntilAnswered(allocation, deadline);
                    if (response.status() / 100 == 2) {
                        acknowledged.put(allocation, response);
                    }
                    answered.incrementAndGet();
                }
            }));
        }
        while (answered.get() < 400) {
            LedgerClient.sleep(10);
        }
        system.commandSide().process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        int answeredAtKill = answered.get();
        system.startCommandSide();
        for (Future<?> client : running) {
            client.get(5, TimeUnit.MINUTES);
        }
        clients.shutdown();

        assertThat(answeredAtKill).isLessThan(burst.size());
        assertThat(acknowledged).hasSize(burst.size());
        for (Map.Entry<Allocation, LedgerClient.Response> ack : acknowledged.entrySet()) {
            LedgerClient.Response retry = ledger.post(ack.getKey().path(), ack.getKey().body(), ack.getKey().key());
            assertThat(retry.status()).as("retry of " + ack.getKey()).isEqualTo(ack.getValue().status());
            assertThat(retry.body()).isEqualTo(ack.getValue().body());
        }
        assertThat(storedEvents("fund:" + run + "-F%", "FundsAllocated")).isEqualTo(burst.size());
        awaitModel(run, burst);
        ledger.await("/api/villages/" + run + "-V0", v -> true);
        assertThat(storedEvents("village:" + run + "-V%", "AllocationReceived")).isEqualTo(burst.size());
    }

    /**
     * The read models are forged just before the rebuild, so converging back to the dump taken before the
     * forgery proves the interrupted rebuild emptied them and replayed every event after the restart.
     */
    @Test
    void querySideKilledWhileCatchingUpAndWhileRebuildingConvergesWithNothingCountedTwice() throws Exception {
        String run = "qkill" + System.nanoTime();
        registerVillagesAndFunds(run);
        system.querySide().process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        List<Allocation> backlog = allocations(run, 1500);
        try {
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
            List<Future<LedgerClient.Response>> sent = new ArrayList<>();
            for (Allocation allocation : backlog) {
                sent.add(clients.submit(() -> sendUntilAnswered(allocation, deadline)));
            }
            for (Future<LedgerClient.Response> response : sent) {
                assertThat(response.get(5, TimeUnit.MINUTES).status()).isEqualTo(201);
            }
            clients.shutdown();
        } finally {
            system.startQuerySide();
        }
        system.querySide().process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        system.startQuerySide();
        awaitModel(run, backlog);

        List<JsonNode> before = ledger.readModels();
        ForgedReadModel.forgeVillage(run + "-V0");
        assertThat(ledger.readModels()).isNotEqualTo(before);
        assertThat(ledger.postToQuerySide("/api/admin/projections/rebuild", "{}").status()).isEqualTo(202);
        LedgerClient.sleep(300);
        system.querySide().process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        system.startQuerySide();
        List<JsonNode> after = ledger.readModels();
        for (int i = 0; i < 600 && !after.equals(before); i++) {
            LedgerClient.sleep(200);
            after = ledger.readModels();
        }
        assertThat(after).isEqualTo(before);
    }

    @Test
    void withTheDatabaseDownCommandsFailFastAndBothAppsRecoverByThemselves() throws Exception {
        String run = "dbdown" + System.nanoTime();
        registerVillagesAndFunds(run);
        List<Allocation> allocations = allocations(run, 2);
        system.stopDatabase();
        try {
            Instant sent = Instant.now();
            LedgerClient.Response refused = ledger.post(allocations.get(0).path(), allocations.get(0).body(),
                    allocations.get(0).key());
            assertThat(Duration.between(sent, Instant.now())).isLessThan(Duration.ofSeconds(10));
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.code()).isEqualTo("DATABASE_UNAVAILABLE");
            LedgerClient.Response query = ledger.get("/api/funds/" + run + "-F0");
            assertThat(query.status()).isEqualTo(503);
            assertThat(query.contentType()).startsWith("application/problem+json");
        } finally {
            system.startDatabase();
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        for (Allocation allocation : allocations) {
            assertThat(sendUntilAnswered(allocation, deadline).status()).isEqualTo(201);
        }
        awaitModel(run, allocations);
    }

    /** Waits until every fund and village of the run shows exactly the money of {@code acknowledged}. */
    private static void awaitModel(String run, List<Allocation> acknowledged) {
        Map<String, Long> byFund = new ConcurrentHashMap<>();
        Map<String, Long> byVillage = new ConcurrentHashMap<>();
        for (Allocation allocation : acknowledged) {
            byFund.merge(allocation.fund(), allocation.fen(), Long::sum);
            byVillage.merge(allocation.village(), allocation.fen(), Long::sum);
        }
        byFund.forEach((fund, fen) -> ledger.await("/api/funds/" + fund,
                f -> f.path("allocated").asString().equals(yuan(fen))));
        byVillage.forEach((village, fen) -> ledger.await("/api/villages/" + village,
                v -> v.path("received").asString().equals(yuan(fen))));
        assertThat(ledger.await("/api/reports/trial-balance", t -> true).path("balanced").asBoolean()).isTrue();
    }

    private static String yuan(long fen) {
        return "%d.%02d".formatted(fen / 100, fen % 100);
    }

    private static long storedEvents(String aggregatePattern, String type) throws Exception {
        try (Connection db = DriverManager.getConnection(system.jdbcUrl());
             PreparedStatement count = db.prepareStatement("SELECT count(*) FROM event_store.domain_event_entry "
                     + "WHERE aggregateIdentifier LIKE ? AND payloadType LIKE ?")) {
            count.setString(1, aggregatePattern);
            count.setString(2, "%." + type);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
