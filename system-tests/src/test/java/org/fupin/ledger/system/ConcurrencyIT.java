package org.fupin.ledger.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Many clients at once, over real parallel HTTP requests: the money rules still hold. */
class ConcurrencyIT {

    private static LedgerClient ledger;
    private final String run = "c" + System.nanoTime();

    @BeforeAll
    static void start() throws Exception {
        ledger = RunningLedger.client();
    }

    @Test
    void parallelAllocationsNeverOverAllocateAFund() throws Exception {
        ledger.registerFund(run + "-F", "1000.00");
        for (int v = 0; v < 4; v++) {
            ledger.registerVillage(run + "-V" + v, "村" + v);
        }
        List<Integer> statuses = parallel(40, i -> ledger.post("/api/funds/" + run + "-F/allocations", """
                {"id":"A%d","villageId":"%s-V%d","amount":"50.00","purpose":"burst"}""".formatted(i, run, i % 4)).status());

        assertThat(statuses).containsOnly(201, 422);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(20);
        JsonNode fund = ledger.await("/api/funds/" + run + "-F", f -> f.path("allocated").asString().equals("1000.00"));
        assertThat(fund.path("unallocated").asString()).isEqualTo("0.00");
        assertThat(ledger.get("/api/reports/trial-balance").body().path("balanced").asBoolean()).isTrue();
    }

    /** The allocation race of the fault issue: 64 at once against room for exactly 10, twenty times over. */
    @Test
    void sixtyFourParallelAllocationsAgainstRoomForTenLetExactlyTenThroughTwentyTimesOver() throws Exception {
        ledger.registerVillage(run + "-RV", "赛村");
        for (int round = 0; round < 20; round++) {
            String fund = run + "-RF" + round;
            ledger.registerFund(fund, "100.00");
            List<Integer> statuses = parallel(64, i -> ledger.post("/api/funds/" + fund + "/allocations", """
                    {"id":"A%d","villageId":"%s-RV","amount":"10.00","purpose":"race"}""".formatted(i, run)).status(), 64);
            assertThat(statuses).as("round " + round).containsOnly(201, 422);
            assertThat(statuses.stream().filter(s -> s == 201).count()).as("round " + round).isEqualTo(10);
        }
        for (int round = 0; round < 20; round++) {
            ledger.await("/api/funds/" + run + "-RF" + round, f -> f.path("unallocated").asString().equals("0.00"));
        }
        ledger.await("/api/villages/" + run + "-RV", v -> v.path("received").asString().equals("2000.00"));
        assertThat(ledger.get("/api/reports/trial-balance").body().path("balanced").asBoolean()).isTrue();
    }

    @Test
    void parallelCommitmentsNeverTakeMoreThanTheVillageHolds() throws Exception {
        ledger.registerFund(run + "-F", "1000.00");
        ledger.registerVillage(run + "-V", "石门村");
        ledger.allocate(run + "-F", "A1", run + "-V", "1000.00");
        for (int p = 0; p < 5; p++) {
            LedgerClient.expectCreated(ledger.post("/api/projects", """
                    {"id":"%s-P%d","villageId":"%s-V","type":"OTHER","name":"项目%d","budget":"1000.00",
                     "plannedStart":"2026-01-01","plannedEnd":"2026-12-31"}""".formatted(run, p, run, p)));
            assertThat(ledger.post("/api/projects/" + run + "-P" + p + "/approve", "{}").status()).isEqualTo(200);
        }
        ledger.await("/api/villages/" + run + "-V", v -> v.path("received").asString().equals("1000.00"));
        // the village's own account is credited by the relay; wait until a first commitment goes through
        assertThat(ledger.postWhenCredited("/api/projects/" + run + "-P0/commitments",
                "{\"id\":\"first\",\"amount\":\"100.00\"}").status()).isEqualTo(201);

        List<Integer> statuses = parallel(30, i -> ledger.post("/api/projects/" + run + "-P" + (i % 5) + "/commitments",
                "{\"id\":\"C%d\",\"amount\":\"60.00\"}".formatted(i)).status());

        assertThat(statuses).containsOnly(201, 422);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(15);
        JsonNode village = ledger.await("/api/villages/" + run + "-V", v -> v.path("committed").asString().equals("1000.00"));
        assertThat(village.path("available").asString()).isEqualTo("0.00");
        assertThat(ledger.get("/api/reports/trial-balance").body().path("balanced").asBoolean()).isTrue();
    }

    private interface Request {
        int send(int index);
    }

    private static List<Integer> parallel(int count, Request request) throws Exception {
        return parallel(count, request, 8);
    }

    private static List<Integer> parallel(int count, Request request, int threads) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                calls.add(() -> request.send(index));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : clients.invokeAll(calls)) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            clients.shutdownNow();
        }
    }
}
