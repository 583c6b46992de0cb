package org.fupin.ledger.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Projects end to end: lifecycle, money per fund, milestones, and the collective account they feed. */
class ProjectsIT {

    private static LedgerClient ledger;
    private final String run = "p" + System.nanoTime();

    @BeforeAll
    static void start() throws Exception {
        ledger = RunningLedger.client();
    }

    @Test
    void paysFromPooledMoneyOfTwoFundsOldestFirst() {
        String village = run + "-V";
        ledger.registerVillage(village, "东沟村");
        ledger.registerFund(run + "-CENTRAL", "1000.00");
        ledger.registerFund(run + "-PROV", "1000.00");
        ledger.allocate(run + "-CENTRAL", "A1", village, "300.00");
        ledger.allocate(run + "-PROV", "A2", village, "500.00");
        propose(run + "-ROAD", village, "ROAD_HARDENING", "700.00", "{\"lengthKm\":4.2,\"widthM\":4.5}");
        transition(run + "-ROAD", "approve", "{\"note\":\"评审通过\"}", "APPROVED");
        awaitCredited(village, "800.00");
        LedgerClient.expectCreated(ledger.postWhenCredited("/api/projects/" + run + "-ROAD/commitments",
                "{\"id\":\"C1\",\"amount\":\"700.00\"}"));
        transition(run + "-ROAD", "start", "{\"date\":\"2026-03-05\"}", "IN_PROGRESS");
        LedgerClient.expectCreated(ledger.post("/api/projects/" + run + "-ROAD/disbursements",
                "{\"id\":\"D1\",\"amount\":\"450.00\",\"payee\":\"晋通路桥\",\"voucherNo\":\"记-031\"}"));

        JsonNode project = ledger.await("/api/projects/" + run + "-ROAD", p -> p.path("disbursed").asString().equals("450.00"));
        assertThat(project.path("held").asString()).isEqualTo("250.00");
        assertThat(project.path("fundsInPlaceRate").decimalValue()).isEqualByComparingTo("1");
        assertThat(project.path("spec").path("lengthKm").decimalValue()).isEqualByComparingTo("4.2");
        Map<String, JsonNode> byFund = byFund(project);
        assertThat(byFund.get(run + "-CENTRAL").path("committed").asString()).isEqualTo("300.00");
        assertThat(byFund.get(run + "-CENTRAL").path("disbursed").asString()).isEqualTo("300.00");
        assertThat(byFund.get(run + "-PROV").path("committed").asString()).isEqualTo("400.00");
        assertThat(byFund.get(run + "-PROV").path("disbursed").asString()).isEqualTo("150.00");
        assertThat(byFund.get(run + "-PROV").path("held").asString()).isEqualTo("250.00");
        assertThat(ledger.get("/api/reports/trial-balance").body().path("balanced").asBoolean()).isTrue();
    }

    @Test
    void cancellationGivesHeldMoneyBackToTheFundsItCameFrom() {
        String village = run + "-V";
        ledger.registerVillage(village, "西岭村");
        ledger.registerFund(run + "-A", "1000.00");
        ledger.registerFund(run + "-B", "1000.00");
        ledger.allocate(run + "-A", "A1", village, "200.00");
        ledger.allocate(run + "-B", "A2", village, "300.00");
        propose(run + "-PUMP", village, "WATER_PUMPING_STATION", "500.00",
                "{\"capacityM3PerHour\":80,\"householdsServed\":356,\"irrigatedMu\":1200}");
        transition(run + "-PUMP", "approve", "{}", "APPROVED");
        awaitCredited(village, "500.00");
        LedgerClient.expectCreated(ledger.postWhenCredited("/api/projects/" + run + "-PUMP/commitments",
                "{\"id\":\"C1\",\"amount\":\"150.00\",\"fundId\":\"" + run + "-B\"}"));
        LedgerClient.expectCreated(ledger.post("/api/projects/" + run + "-PUMP/commitments",
                "{\"id\":\"C2\",\"amount\":\"100.00\",\"fundId\":\"" + run + "-A\"}"));
        transition(run + "-PUMP", "start", "{\"date\":\"2026-04-10\"}", "IN_PROGRESS");
        LedgerClient.expectCreated(ledger.post("/api/projects/" + run + "-PUMP/disbursements",
                "{\"id\":\"D1\",\"amount\":\"120.00\",\"payee\":\"水利队\",\"voucherNo\":\"记-1\"}"));
        transition(run + "-PUMP", "cancel", "{\"reason\":\"选址变更\"}", "CANCELLED");

        JsonNode villageView = ledger.await("/api/villages/" + village,
                v -> v.path("committed").asString().equals("120.00"));
        Map<String, JsonNode> byFund = byFund(villageView);
        assertThat(byFund.get(run + "-B").path("available").asString()).isEqualTo("180.00");
        assertThat(byFund.get(run + "-B").path("disbursed").asString()).isEqualTo("120.00");
        assertThat(byFund.get(run + "-A").path("available").asString()).isEqualTo("200.00");
        assertThat(villageView.path("available").asString()).isEqualTo("380.00");
        JsonNode project = ledger.get("/api/projects/" + run + "-PUMP").body();
        assertThat(project.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(project.path("held").asString()).isEqualTo("0.00");
        assertThat(ledger.get("/api/reports/trial-balance").body().path("balanced").asBoolean()).isTrue();
    }

    @Test
    void refusesIllegalTransitionsBudgetOverrunsAndFallingProgressAndAppendsNothing() {
        String village = run + "-V";
        ledger.registerVillage(village, "南坡村");
        ledger.registerFund(run + "-F", "1000.00");
        ledger.allocate(run + "-F", "A1", village, "1000.00");
        propose(run + "-PV", village, "PHOTOVOLTAIC_STATION", "500.00", "{\"capacityKw\":200}");
        long before = EventCount.now();
        assertThat(ledger.post("/api/projects/" + run + "-PV/start", "{\"date\":\"2026-01-01\"}").code())
                .isEqualTo("ILLEGAL_TRANSITION");
        assertThat(ledger.post("/api/projects/" + run + "-PV/commitments", "{\"id\":\"C1\",\"amount\":\"1.00\"}").status())
                .isEqualTo(422);
        assertThat(EventCount.now()).isEqualTo(before);

        transition(run + "-PV", "approve", "{}", "APPROVED");
        awaitCredited(village, "1000.00");
        LedgerClient.Response overBudget = ledger.postWhenCredited("/api/projects/" + run + "-PV/commitments",
                "{\"id\":\"C1\",\"amount\":\"500.01\"}");
        assertThat(overBudget.status()).isEqualTo(422);
        assertThat(overBudget.code()).isEqualTo("BUDGET_EXCEEDED");
        transition(run + "-PV", "start", "{\"date\":\"2026-01-15\"}", "IN_PROGRESS");
        LedgerClient.expectCreated(ledger.post("/api/projects/" + run + "-PV/milestones",
                "{\"id\":\"M1\",\"title\":\"支架安装\",\"date\":\"2026-02-01\",\"progressPercent\":60,\"note\":\"\"}"));
        long beforeRefusals = EventCount.now();
        LedgerClient.Response backwards = ledger.post("/api/projects/" + run + "-PV/milestones",
                "{\"id\":\"M2\",\"title\":\"倒退\",\"date\":\"2026-02-02\",\"progressPercent\":50,\"note\":\"\"}");
        assertThat(backwards.code()).isEqualTo("PROGRESS_DECREASED");
        assertThat(ledger.post("/api/projects/" + run + "-PV/disbursements",
                "{\"id\":\"D1\",\"amount\":\"0.01\",\"payee\":\"x\",\"voucherNo\":\"v\"}").code())
                .isEqualTo("INSUFFICIENT_PROJECT_FUNDS");
        assertThat(ledger.post("/api/projects/" + run + "-PV/accept", "{\"date\":\"2026-03-01\"}").code())
                .isEqualTo("ILLEGAL_TRANSITION");
        assertThat(EventCount.now()).isEqualTo(beforeRefusals);
    }

    @Test
    void refusesASpecThatDoesNotFitTheProjectType() {
        String village = run + "-V";
        ledger.registerVillage(village, "杏花村");
        LedgerClient.Response refused = ledger.post("/api/projects", """
                {"id":"%s-BAKE","villageId":"%s","type":"BAKING_ROOM","name":"烤房","budget":"10.00",
                 "plannedStart":"2026-05-01","plannedEnd":"2026-04-01","spec":{"rooms":0}}""".formatted(run, village));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsString("field"))
                .contains("spec.rooms", "spec.crop", "plannedEnd");
    }

    @Test
    void collectiveIncomeMayOnlyNameAFinishedAssetOfTheVillageAndSpendingNeverOverdraws() {
        String village = run + "-V";
        ledger.registerVillage(village, "柳树湾村");
        propose(run + "-BAKE", village, "BAKING_ROOM", "100.00", "{\"rooms\":12,\"crop\":\"烟叶\"}");
        LedgerClient.Response notFinished = ledger.post("/api/villages/" + village + "/collective-income", """
                {"id":"I1","amount":"100.00","category":"BAKING_ROOM","assetProjectId":"%s-BAKE","period":"2026-09","receiptNo":"收-1"}"""
                .formatted(run));
        assertThat(notFinished.code()).isEqualTo("ASSET_PROJECT_NOT_EARNING");
        LedgerClient.expectCreated(ledger.post("/api/villages/" + village + "/collective-income", """
                {"id":"I2","amount":"100.00","category":"LAND_TRANSFER","period":"2026-09","receiptNo":"收-2"}"""));
        assertThat(ledger.post("/api/villages/" + village + "/collective-spending", """
                {"id":"S1","amount":"100.01","purpose":"HOUSEHOLD_DIVIDENDS","note":"分红"}""").code())
                .isEqualTo("INSUFFICIENT_COLLECTIVE_BALANCE");
        LedgerClient.expectCreated(ledger.post("/api/villages/" + village + "/collective-spending", """
                {"id":"S2","amount":"40.00","purpose":"HOUSEHOLD_DIVIDENDS","note":"分红"}"""));
        JsonNode collective = ledger.await("/api/villages/" + village + "/collective",
                c -> c.path("balance").asString().equals("60.00"));
        assertThat(collective.path("incomeByPeriod").get(0).path("key").asString()).isEqualTo("2026-09");
        JsonNode view = ledger.get("/api/villages/" + village).body();
        assertThat(view.path("collectiveBalance").asString()).isEqualTo("60.00");
    }

    private static void propose(String id, String village, String type, String budget, String spec) {
        LedgerClient.expectCreated(ledger.post("/api/projects", """
                {"id":"%s","villageId":"%s","type":"%s","name":"项目 %s","budget":"%s",
                 "plannedStart":"2026-01-01","plannedEnd":"2026-12-31","spec":%s}"""
                .formatted(id, village, type, id, budget, spec)));
    }

    private static void transition(String project, String action, String body, String expectedStatus) {
        LedgerClient.Response response = ledger.post("/api/projects/" + project + "/" + action, body);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        assertThat(response.body().path("status").asString()).isEqualTo(expectedStatus);
    }

    private static void awaitCredited(String village, String received) {
        ledger.await("/api/villages/" + village, v -> v.path("received").asString().equals(received));
    }

    private static Map<String, JsonNode> byFund(JsonNode view) {
        Map<String, JsonNode> byFund = new HashMap<>();
        view.path("byFund").forEach(row -> byFund.put(row.path("fundId").asString(), row));
        return byFund;
    }
}
