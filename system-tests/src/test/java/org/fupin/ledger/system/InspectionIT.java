package org.fupin.ledger.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What inspectors and finance officers ask of the past: history, as-of, comparison, tracing, rebuilds. */
class InspectionIT {

    private static LedgerClient ledger;
    private final String run = "i" + System.nanoTime();

    @BeforeAll
    static void start() throws Exception {
        ledger = RunningLedger.client();
    }

    @Test
    void replaysAVillageToAnyMomentAndComparesTwoMoments() {
        String village = run + "-V";
        ledger.registerVillage(village, "北庄村");
        ledger.registerFund(run + "-F", "1000.00");
        ledger.allocate(run + "-F", "A1", village, "400.00");
        ledger.await("/api/villages/" + village, v -> v.path("received").asString().equals("400.00"));
        LedgerClient.sleep(50);
        Instant between = Instant.now();
        LedgerClient.sleep(50);
        LedgerClient.expectCreated(ledger.post("/api/projects", """
                {"id":"%s-P","villageId":"%s","type":"HEALTH_STATION","name":"卫生室","budget":"300.00",
                 "plannedStart":"2026-01-01","plannedEnd":"2026-12-31"}""".formatted(run, village)));
        assertThat(ledger.post("/api/projects/" + run + "-P/approve", "{}").status()).isEqualTo(200);
        LedgerClient.expectCreated(ledger.postWhenCredited("/api/projects/" + run + "-P/commitments",
                "{\"id\":\"C1\",\"amount\":\"250.00\"}"));

        JsonNode then = ledger.get("/api/villages/" + village + "?asOf=" + between).body();
        assertThat(then.path("available").asString()).isEqualTo("400.00");
        assertThat(then.path("committed").asString()).isEqualTo("0.00");
        JsonNode now = ledger.get("/api/villages/" + village + "?asOf=" + Instant.now()).body();
        assertThat(now.path("available").asString()).isEqualTo("150.00");
        assertThat(ledger.get("/api/projects?villageId=" + village + "&asOf=" + between).body()).isEmpty();
        JsonNode projectsNow = ledger.get("/api/projects?villageId=" + village + "&asOf=" + Instant.now()).body();
        assertThat(projectsNow.get(0).path("status").asString()).isEqualTo("APPROVED");
        assertThat(ledger.get("/api/villages/" + village + "?asOf=2000-01-01").status()).isEqualTo(404);
        assertThat(ledger.get("/api/villages/" + village + "?asOf=yesterday").status()).isEqualTo(400);

        JsonNode comparison = ledger.get("/api/villages/" + village + "/compare?from=" + between + "&to=" + Instant.now())
                .body();
        assertThat(comparison.path("funds").get(0).path("availableBefore").asString()).isEqualTo("400.00");
        assertThat(comparison.path("funds").get(0).path("availableAfter").asString()).isEqualTo("150.00");
        assertThat(comparison.path("projects").get(0).path("statusAfter").asString()).isEqualTo("APPROVED");
        assertThat(comparison.path("projects").get(0).path("statusBefore").isNull()).isTrue();
    }

    /** The village's money as the test itself folds it from the commands it sent, in fen. */
    private record Fold(long received, long returned, long committed, String projectStatus) {
        long available() {
            return received - returned - committed;
        }
    }

    @Test
    void asOfAgreesWithAnIndependentFoldOfTheSameCommandsAtEveryPastInstant() {
        String village = run + "-FOLD";
        String project = run + "-FP";
        ledger.registerVillage(village, "折叠村");
        ledger.registerFund(run + "-F1", "1000.00");
        ledger.registerFund(run + "-F2", "1000.00");
        List<Instant> instants = new java.util.ArrayList<>();
        List<Fold> folds = new java.util.ArrayList<>();
        java.util.function.Consumer<Fold> mark = fold -> {
            JsonNode now = awaitReplayed(village, fold);
            assertThat(now.path("available").asString()).isEqualTo(yuan(fold.available()));
            LedgerClient.sleep(20);
            instants.add(Instant.now());
            folds.add(fold);
            LedgerClient.sleep(20);
        };
        mark.accept(new Fold(0, 0, 0, null));
        ledger.allocate(run + "-F1", "A1", village, "300.00");
        mark.accept(new Fold(30000, 0, 0, null));
        ledger.allocate(run + "-F2", "A2", village, "200.00");
        mark.accept(new Fold(50000, 0, 0, null));
        LedgerClient.expectCreated(ledger.post("/api/projects", """
                {"id":"%s","villageId":"%s","type":"OTHER","name":"村部","budget":"400.00",
                 "plannedStart":"2026-01-01","plannedEnd":"2026-12-31"}""".formatted(project, village)));
        mark.accept(new Fold(50000, 0, 0, "PROPOSED"));
        assertThat(ledger.post("/api/projects/" + project + "/approve", "{}").status()).isEqualTo(200);
        LedgerClient.expectCreated(ledger.post("/api/projects/" + project + "/commitments",
                "{\"id\":\"C1\",\"amount\":\"250.00\"}"));
        mark.accept(new Fold(50000, 0, 25000, "APPROVED"));
        LedgerClient.expectCreated(ledger.post("/api/villages/" + village + "/returns",
                "{\"id\":\"R1\",\"fundId\":\"" + run + "-F2\",\"amount\":\"50.00\",\"reason\":\"结余\"}"));
        mark.accept(new Fold(50000, 5000, 25000, "APPROVED"));
        LedgerClient.expectCreated(ledger.post("/api/projects/" + project + "/commitments",
                "{\"id\":\"C2\",\"amount\":\"100.00\",\"fundId\":\"" + run + "-F2\"}"));
        mark.accept(new Fold(50000, 5000, 35000, "APPROVED"));
        assertThat(ledger.post("/api/projects/" + project + "/cancel", "{\"reason\":\"改址\"}").status()).isEqualTo(200);
        mark.accept(new Fold(50000, 5000, 0, "CANCELLED"));

        for (int i = 0; i < instants.size(); i++) {
            Fold fold = folds.get(i);
            JsonNode then = ledger.get("/api/villages/" + village + "?asOf=" + instants.get(i)).body();
            assertThat(then.path("received").asString()).as("received at step " + i).isEqualTo(yuan(fold.received()));
            assertThat(then.path("returned").asString()).as("returned at step " + i).isEqualTo(yuan(fold.returned()));
            assertThat(then.path("committed").asString()).as("committed at step " + i).isEqualTo(yuan(fold.committed()));
            assertThat(then.path("available").asString()).as("available at step " + i).isEqualTo(yuan(fold.available()));
            JsonNode projects = ledger.get("/api/projects?villageId=" + village + "&asOf=" + instants.get(i)).body();
            if (fold.projectStatus() == null) {
                assertThat(projects).as("projects at step " + i).isEmpty();
            } else {
                assertThat(projects.get(0).path("status").asString()).as("status at step " + i)
                        .isEqualTo(fold.projectStatus());
            }
        }
    }

    /** Polls the replayed village until it shows {@code fold}: allocations reach it through a relay. */
    private static JsonNode awaitReplayed(String village, Fold fold) {
        Instant deadline = Instant.now().plusSeconds(30);
        JsonNode now = null;
        while (Instant.now().isBefore(deadline)) {
            LedgerClient.Response response = ledger.get("/api/villages/" + village + "?asOf=" + Instant.now());
            now = response.body();
            if (response.status() == 200 && now.path("received").asString().equals(yuan(fold.received()))
                    && now.path("committed").asString().equals(yuan(fold.committed()))
                    && now.path("returned").asString().equals(yuan(fold.returned()))) {
                return now;
            }
            LedgerClient.sleep(50);
        }
        throw new AssertionError("The village never showed " + fold + "; last: " + now);
    }

    private static String yuan(long fen) {
        return "%d.%02d".formatted(fen / 100, fen % 100);
    }

    @Test
    void listsAVillagesHistoryWithWhoDidWhat() {
        String village = run + "-V";
        ledger.registerVillage(village, "杏花村");
        ledger.registerFund(run + "-F", "1000.00");
        ledger.allocate(run + "-F", "A1", village, "150.00");
        JsonNode history = ledger.await("/api/villages/" + village + "/history",
                h -> h.path("total").asLong() == 3);
        JsonNode first = history.path("entries").get(0);
        assertThat(first.path("type").asString()).isEqualTo("VillageRegistered");
        assertThat(first.path("actor").asString()).isEqualTo("admin");
        assertThat(first.path("role").asString()).isEqualTo("ADMIN");
        assertThat(first.path("requestId").asString()).isNotBlank();
        JsonNode assignment = history.path("entries").get(1);
        assertThat(assignment.path("type").asString()).isEqualTo("SecretaryAssigned");
        assertThat(assignment.path("summary").asString())
                .isEqualTo("Assigned First Secretary 李明 (secretary) of 省财政厅 since 2026-01-01");
        JsonNode allocation = history.path("entries").get(2);
        assertThat(allocation.path("summary").asString()).isEqualTo("Allocated 150.00 from fund " + run + "-F for 项目资金");
        assertThat(allocation.path("actor").asString()).isEqualTo("finance");
        assertThat(allocation.path("role").asString()).isEqualTo("FINANCE_OFFICER");
        assertThat(allocation.path("data").path("amount").asString()).isEqualTo("150.00");
        assertThat(ledger.get("/api/villages/" + village + "/history?page=2&size=1").body().path("entries").get(0)
                .path("type").asString()).isEqualTo("AllocationReceived");
        assertThat(ledger.get("/api/villages/" + run + "-NOPE/history").status()).isEqualTo(404);
    }

    @Test
    void tracesEveryYuanOfAFundAndSplitsEveryPaymentByFund() {
        String village = run + "-V";
        ledger.registerVillage(village, "柳树湾村");
        ledger.registerFund(run + "-A", "1000.00");
        ledger.registerFund(run + "-B", "500.00");
        ledger.allocate(run + "-A", "A1", village, "100.00");
        ledger.allocate(run + "-B", "A2", village, "300.00");
        LedgerClient.expectCreated(ledger.post("/api/projects", """
                {"id":"%s-P","villageId":"%s","type":"ELDERLY_DAY_CARE","name":"日间照料中心","budget":"350.00",
                 "plannedStart":"2026-01-01","plannedEnd":"2026-12-31"}""".formatted(run, village)));
        assertThat(ledger.post("/api/projects/" + run + "-P/approve", "{}").status()).isEqualTo(200);
        ledger.await("/api/villages/" + village, v -> v.path("received").asString().equals("400.00"));
        LedgerClient.expectCreated(ledger.postWhenCredited("/api/projects/" + run + "-P/commitments",
                "{\"id\":\"C1\",\"amount\":\"350.00\"}"));
        assertThat(ledger.post("/api/projects/" + run + "-P/start", "{\"date\":\"2026-02-01\"}").status()).isEqualTo(200);
        ledger.confirmProgress(run + "-P", "M1", 50);
        LedgerClient.expectCreated(ledger.post("/api/projects/" + run + "-P/disbursements",
                "{\"id\":\"D1\",\"amount\":\"150.00\",\"payee\":\"建筑队\",\"voucherNo\":\"记-1\"}"));
        LedgerClient.expectCreated(ledger.post("/api/projects/" + run + "-P/disbursements",
                "{\"id\":\"D2\",\"amount\":\"20.00\",\"payee\":\"错付\",\"voucherNo\":\"记-2\"}"));
        long beforeReversal = EventCount.now();
        LedgerClient.expectCreated(ledger.post("/api/projects/" + run + "-P/disbursements/D2/reversal",
                "{\"reason\":\"退票 bounced\"}"));
        assertThat(ledger.post("/api/projects/" + run + "-P/disbursements/D2/reversal", "{\"reason\":\"again\"}").code())
                .isEqualTo("ALREADY_REVERSED");
        assertThat(EventCount.now()).isEqualTo(beforeReversal + 1);

        // Wait for the reversal itself: "disbursed 150.00" is also true between D1 and D2.
        JsonNode funding = ledger.await("/api/projects/" + run + "-P/funding",
                f -> f.path("payments").size() == 2 && f.path("payments").get(1).path("reversed").asBoolean());
        JsonNode project = ledger.get("/api/projects/" + run + "-P").body();
        assertThat(project.path("disbursed").asString()).isEqualTo("150.00");
        assertThat(project.path("held").asString()).isEqualTo("200.00");
        JsonNode d1 = funding.path("payments").get(0);
        assertThat(d1.path("byFund").findValuesAsString("amount")).containsExactly("100.00", "50.00");
        assertThat(funding.path("payments").get(1).path("reversed").asBoolean()).isTrue();

        JsonNode traceA = ledger.get("/api/funds/" + run + "-A/trace").body();
        assertThat(traceA.path("balanced").asBoolean()).isTrue();
        assertThat(traceA.path("traced").asString()).isEqualTo("1000.00");
        assertThat(traceA.path("payees").get(0).path("amount").asString()).isEqualTo("100.00");
        JsonNode traceB = ledger.get("/api/funds/" + run + "-B/trace").body();
        assertThat(traceB.path("traced").asString()).isEqualTo("500.00");
        assertThat(traceB.path("projects").get(0).path("amount").asString()).isEqualTo("200.00");
        assertThat(traceB.path("villages").get(0).path("amount").asString()).isEqualTo("50.00");
        assertThat(ledger.get("/api/reports/trial-balance").body().path("balanced").asBoolean()).isTrue();
    }

    /**
     * Before the rebuild the read models are forged behind the projections' back (a village renamed, a
     * village no event registered): answers equal to the dump taken before the forgery can only come from
     * tables emptied and refilled from the events, never from a rebuild that did nothing.
     */
    @Test
    void aRebuildEmptiesTheReadModelsAndReplaysThemToAnswerEveryQueryExactlyAsBefore() {
        String village = run + "-V";
        ledger.registerVillage(village, "南坡村");
        ledger.registerFund(run + "-F", "800.00");
        ledger.allocate(run + "-F", "A1", village, "500.00");
        LedgerClient.expectCreated(ledger.post("/api/villages/" + village + "/collective-income", """
                {"id":"I1","amount":"66.60","category":"ASSET_RENT","period":"2026-10","receiptNo":"租-1"}"""));
        ledger.await("/api/villages/" + village, v -> v.path("collectiveBalance").asString().equals("66.60"));
        List<JsonNode> before = ledger.readModels();
        ForgedReadModel.forgeVillage(village);
        assertThat(ledger.get("/api/villages/" + village).body().path("name").asString()).isEqualTo("伪造 forged");
        assertThat(ledger.get("/api/villages/" + ForgedReadModel.forgedVillage(village)).status()).isEqualTo(200);

        LedgerClient.Response rebuild = ledger.postToQuerySide("/api/admin/projections/rebuild", "{}");
        assertThat(rebuild.status()).isEqualTo(202);
        assertThat(rebuild.body().findValuesAsString("name")).contains("ledger-projections");

        List<JsonNode> after = ledger.readModels();
        for (int i = 0; i < 300 && !after.equals(before); i++) {
            LedgerClient.sleep(200);
            after = ledger.readModels();
        }
        assertThat(after).isEqualTo(before);
        assertThat(ledger.get("/api/villages/" + ForgedReadModel.forgedVillage(village)).status()).isEqualTo(404);
        JsonNode status = ledger.get("/api/admin/projections").body().get(0);
        assertThat(status.path("running").asBoolean()).isTrue();
    }
}
