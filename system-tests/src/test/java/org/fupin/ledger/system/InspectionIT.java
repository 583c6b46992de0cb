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

        JsonNode project = ledger.await("/api/projects/" + run + "-P", p -> p.path("disbursed").asString().equals("150.00"));
        assertThat(project.path("held").asString()).isEqualTo("200.00");
        JsonNode funding = ledger.get("/api/projects/" + run + "-P/funding").body();
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

    @Test
    void aRebuildAnswersEveryQueryExactlyAsBefore() {
        String village = run + "-V";
        ledger.registerVillage(village, "南坡村");
        ledger.registerFund(run + "-F", "800.00");
        ledger.allocate(run + "-F", "A1", village, "500.00");
        LedgerClient.expectCreated(ledger.post("/api/villages/" + village + "/collective-income", """
                {"id":"I1","amount":"66.60","category":"ASSET_RENT","period":"2026-10","receiptNo":"租-1"}"""));
        ledger.await("/api/villages/" + village, v -> v.path("collectiveBalance").asString().equals("66.60"));
        List<JsonNode> before = ledger.readModels();

        LedgerClient.Response rebuild = ledger.postToQuerySide("/api/admin/projections/rebuild", "{}");
        assertThat(rebuild.status()).isEqualTo(202);
        assertThat(rebuild.body().findValuesAsString("name")).contains("ledger-projections");

        List<JsonNode> after = ledger.readModels();
        for (int i = 0; i < 300 && !after.equals(before); i++) {
            LedgerClient.sleep(200);
            after = ledger.readModels();
        }
        assertThat(after).isEqualTo(before);
        JsonNode status = ledger.get("/api/admin/projections").body().get(0);
        assertThat(status.path("running").asBoolean()).isTrue();
    }
}
