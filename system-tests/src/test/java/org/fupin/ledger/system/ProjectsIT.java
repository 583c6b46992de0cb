package org.fupin.ledger.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Projects end to end: lifecycle, money per fund, milestones, and the collective account they feed. */
class ProjectsIT {

    /** The ledger's calendar: overdue and stalled are judged by the day in China. */
    private static final ZoneId LEDGER_ZONE = ZoneId.of("Asia/Shanghai");
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
        ledger.confirmProgress(run + "-ROAD", "M1", 40);
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

    /**
     * Overdue: planned end passed and not completed. Stalled: in progress with no sign of life (start or
     * milestone) for 60 days. Rates: net commitments and payments over the budget, to four decimals. Dates
     * are set relative to today in Asia/Shanghai, the ledger's calendar, with days to spare on each side.
     */
    @Test
    void flagsOverdueAndStalledProjectsAndRatesTheirMoneyAgainstTheBudget() {
        LocalDate today = LocalDate.now(LEDGER_ZONE);
        String village = run + "-V";
        ledger.registerVillage(village, "石门村");
        ledger.registerFund(run + "-F", "10000.00");
        ledger.allocate(run + "-F", "A1", village, "10000.00");
        awaitCredited(village, "10000.00");

        String late = run + "-LATE";
        propose(late, village, "OTHER", "100.00", "{}", today.minusDays(200), today.minusDays(10));
        transition(late, "approve", "{}", "APPROVED");
        String doneLate = run + "-DONE";
        propose(doneLate, village, "OTHER", "100.00", "{}", today.minusDays(200), today.minusDays(10));
        transition(doneLate, "approve", "{}", "APPROVED");
        start(doneLate, today.minusDays(190));
        complete(doneLate, today.minusDays(5));
        String cancelledLate = run + "-DROP";
        propose(cancelledLate, village, "OTHER", "100.00", "{}", today.minusDays(200), today.minusDays(10));
        transition(cancelledLate, "approve", "{}", "APPROVED");
        commit(cancelledLate, "C1", "40.00");
        transition(cancelledLate, "cancel", "{\"reason\":\"撤销\"}", "CANCELLED");

        String silent = run + "-SILENT";
        propose(silent, village, "OTHER", "600.00", "{}", today.minusDays(100), today.plusDays(300));
        transition(silent, "approve", "{}", "APPROVED");
        commit(silent, "C1", "200.00");
        start(silent, today.minusDays(100));
        pay(silent, "D1", "50.00");
        String stale = run + "-STALE";
        propose(stale, village, "OTHER", "100.00", "{}", today.minusDays(100), today.plusDays(300));
        transition(stale, "approve", "{}", "APPROVED");
        start(stale, today.minusDays(100));
        milestone(stale, "M1", today.minusDays(80), 10);
        String alive = run + "-ALIVE";
        propose(alive, village, "OTHER", "800.00", "{}", today.minusDays(100), today.plusDays(300));
        transition(alive, "approve", "{}", "APPROVED");
        commit(alive, "C1", "300.00");
        start(alive, today.minusDays(100));
        pay(alive, "D1", "100.00");
        milestone(alive, "M1", today.minusDays(5), 30);

        ledger.await("/api/projects/" + alive, p -> p.path("progressPercent").asInt() == 30);
        Map<String, JsonNode> projects = byId(ledger.get("/api/projects?villageId=" + village).body());
        assertFigures(projects.get(late), true, false, "0", "0");
        assertFigures(projects.get(doneLate), false, false, "0", "0");
        assertFigures(projects.get(cancelledLate), false, false, "0", "0");
        assertFigures(projects.get(silent), false, true, "0.3333", "0.0833");
        assertFigures(projects.get(stale), false, true, "0", "0");
        assertFigures(projects.get(alive), false, false, "0.375", "0.125");
    }

    private static void assertFigures(JsonNode project, boolean overdue, boolean stalled, String fundsInPlaceRate,
                                      String paymentRate) {
        String id = project.path("id").asString();
        assertThat(project.path("overdue").asBoolean()).as(id + " overdue").isEqualTo(overdue);
        assertThat(project.path("stalled").asBoolean()).as(id + " stalled").isEqualTo(stalled);
        assertThat(project.path("fundsInPlaceRate").decimalValue()).as(id + " fundsInPlaceRate")
                .isEqualByComparingTo(fundsInPlaceRate);
        assertThat(project.path("paymentRate").decimalValue()).as(id + " paymentRate")
                .isEqualByComparingTo(paymentRate);
    }

    @Test
    void sumsCollectiveIncomePerAssetProjectThatEarnedItAndPerMonth() {
        String village = run + "-V";
        ledger.registerVillage(village, "东沟村");
        String bake = run + "-BAKE";
        String pv = run + "-PV";
        propose(bake, village, "BAKING_ROOM", "100.00", "{\"rooms\":6,\"crop\":\"花椒\"}");
        propose(pv, village, "PHOTOVOLTAIC_STATION", "100.00", "{\"capacityKw\":100}");
        for (String asset : List.of(bake, pv)) {
            transition(asset, "approve", "{}", "APPROVED");
            start(asset, LocalDate.parse("2026-02-01"));
            complete(asset, LocalDate.parse("2026-06-01"));
        }
        transition(pv, "accept", "{\"date\":\"2026-06-20\"}", "ACCEPTED");
        income(village, "I1", "120.00", "BAKING_ROOM", bake, "2026-09");
        income(village, "I2", "30.50", "BAKING_ROOM", bake, "2026-10");
        income(village, "I3", "200.00", "PHOTOVOLTAIC", pv, "2026-10");
        income(village, "I4", "45.00", "LAND_TRANSFER", null, "2026-10");
        LedgerClient.expectCreated(ledger.post("/api/villages/" + village + "/collective-spending", """
                {"id":"S1","amount":"10.00","purpose":"MAINTENANCE"}"""));

        JsonNode collective = ledger.await("/api/villages/" + village + "/collective",
                c -> c.path("balance").asString().equals("385.50"));
        assertThat(totals(collective.path("incomeByAssetProject")))
                .containsExactly(Map.entry(bake, "150.50"), Map.entry(pv, "200.00"));
        assertThat(totals(collective.path("incomeByPeriod")))
                .containsExactly(Map.entry("2026-09", "120.00"), Map.entry("2026-10", "275.50"));
        assertThat(collective.path("income").asString()).isEqualTo("395.50");
        assertThat(collective.path("spent").asString()).isEqualTo("10.00");
    }

    private static void income(String village, String id, String amount, String category, String asset,
                               String period) {
        LedgerClient.expectCreated(ledger.post("/api/villages/" + village + "/collective-income", """
                {"id":"%s","amount":"%s","category":"%s",%s"period":"%s","receiptNo":"收-%s"}""".formatted(id, amount,
                category, asset == null ? "" : "\"assetProjectId\":\"" + asset + "\",", period, id)));
    }

    private static Map<String, String> totals(JsonNode totals) {
        Map<String, String> byKey = new LinkedHashMap<>();
        totals.forEach(total -> byKey.put(total.path("key").asString(), total.path("amount").asString()));
        return byKey;
    }

    /**
     * The board of a town made for this test only: counts per status and money per village and project type,
     * committed net of what a cancellation released; a village of another town stays off it.
     */
    @Test
    void theProjectBoardCountsATownsProjectsByStatusAndSumsTheirMoneyPerVillageAndType() {
        String town = run + "镇";
        String east = run + "-BA";
        String west = run + "-BB";
        registerVillageIn(east, "甲村", town);
        registerVillageIn(west, "乙村", town);
        String elsewhere = run + "-BX";
        ledger.registerVillage(elsewhere, "丙村");
        ledger.registerFund(run + "-F", "10000.00");
        ledger.allocate(run + "-F", "A1", east, "1000.00");
        ledger.allocate(run + "-F", "A2", west, "1000.00");
        String road = "{\"lengthKm\":1.5,\"widthM\":4}";

        propose(run + "-R1", east, "ROAD_HARDENING", "100.00", road);
        propose(run + "-R2", east, "ROAD_HARDENING", "300.00", road);
        transition(run + "-R2", "approve", "{}", "APPROVED");
        commit(run + "-R2", "C1", "200.00");
        start(run + "-R2", LocalDate.parse("2026-03-01"));
        pay(run + "-R2", "D1", "50.00");
        propose(run + "-O1", east, "OTHER", "50.00", "{}");
        transition(run + "-O1", "approve", "{}", "APPROVED");
        commit(run + "-O1", "C1", "30.00");
        transition(run + "-O1", "cancel", "{\"reason\":\"撤销\"}", "CANCELLED");
        propose(run + "-K1", west, "BAKING_ROOM", "80.00", "{\"rooms\":4,\"crop\":\"烟叶\"}");
        transition(run + "-K1", "approve", "{}", "APPROVED");
        commit(run + "-K1", "C1", "80.00");
        start(run + "-K1", LocalDate.parse("2026-03-01"));
        ledger.confirmProgress(run + "-K1", "M1", 100);
        pay(run + "-K1", "D1", "80.00");
        complete(run + "-K1", LocalDate.parse("2026-05-01"));
        transition(run + "-K1", "accept", "{\"date\":\"2026-05-20\"}", "ACCEPTED");
        propose(run + "-X1", elsewhere, "OTHER", "999.00", "{}");

        ledger.await("/api/projects/" + run + "-X1", p -> true);
        JsonNode board = ledger.get("/api/reports/projects?town=" + URLEncoder.encode(town, StandardCharsets.UTF_8))
                .body();
        assertThat(board.path("town").asString()).isEqualTo(town);
        assertThat(board.path("villages").findValuesAsString("villageId")).containsExactly(east, west);
        JsonNode eastRows = board.path("villages").get(0);
        assertThat(eastRows.path("name").asString()).isEqualTo("甲村");
        assertThat(eastRows.path("town").asString()).isEqualTo(town);
        assertThat(eastRows.path("byType").findValuesAsString("type")).containsExactly("OTHER", "ROAD_HARDENING");
        assertTypeRow(eastRows.path("byType").get(0), Map.of("CANCELLED", 1), "50.00", "0.00", "0.00");
        assertTypeRow(eastRows.path("byType").get(1), Map.of("PROPOSED", 1, "IN_PROGRESS", 1), "400.00", "200.00",
                "50.00");
        JsonNode westRows = board.path("villages").get(1);
        assertThat(westRows.path("byType").findValuesAsString("type")).containsExactly("BAKING_ROOM");
        assertTypeRow(westRows.path("byType").get(0), Map.of("ACCEPTED", 1), "80.00", "80.00", "80.00");
    }

    /** A row of the board: {@code counts} lists the statuses with projects; every other status counts 0. */
    private static void assertTypeRow(JsonNode row, Map<String, Integer> counts, String budget, String committed,
                                      String disbursed) {
        String type = row.path("type").asString();
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (String status : List.of("PROPOSED", "APPROVED", "IN_PROGRESS", "SUSPENDED", "COMPLETED", "ACCEPTED",
                "CANCELLED")) {
            expected.put(status, counts.getOrDefault(status, 0));
        }
        Map<String, Integer> actual = new LinkedHashMap<>();
        row.path("countByStatus").properties().forEach(count -> actual.put(count.getKey(), count.getValue().asInt()));
        assertThat(actual).as(type + " counts").isEqualTo(expected);
        assertThat(row.path("budget").asString()).as(type + " budget").isEqualTo(budget);
        assertThat(row.path("committed").asString()).as(type + " committed").isEqualTo(committed);
        assertThat(row.path("disbursed").asString()).as(type + " disbursed").isEqualTo(disbursed);
    }

    private static void registerVillageIn(String id, String name, String town) {
        LedgerClient.expectCreated(ledger.post("/api/villages", """
                {"id":"%s","name":"%s","town":"%s","county":"Z县","povertyHouseholds":80}""".formatted(id, name, town)));
        ledger.assignSecretary(id, "secretary");
    }

    private static Map<String, JsonNode> byId(JsonNode projects) {
        Map<String, JsonNode> byId = new HashMap<>();
        projects.forEach(project -> byId.put(project.path("id").asString(), project));
        return byId;
    }

    private static void propose(String id, String village, String type, String budget, String spec) {
        propose(id, village, type, budget, spec, LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));
    }

    private static void propose(String id, String village, String type, String budget, String spec,
                                LocalDate plannedStart, LocalDate plannedEnd) {
        LedgerClient.expectCreated(ledger.post("/api/projects", """
                {"id":"%s","villageId":"%s","type":"%s","name":"项目 %s","budget":"%s",
                 "plannedStart":"%s","plannedEnd":"%s","spec":%s}"""
                .formatted(id, village, type, id, budget, plannedStart, plannedEnd, spec)));
    }

    private static void commit(String project, String id, String amount) {
        LedgerClient.expectCreated(ledger.postWhenCredited("/api/projects/" + project + "/commitments",
                "{\"id\":\"%s\",\"amount\":\"%s\"}".formatted(id, amount)));
    }

    private static void pay(String project, String id, String amount) {
        LedgerClient.expectCreated(ledger.post("/api/projects/" + project + "/disbursements",
                "{\"id\":\"%s\",\"amount\":\"%s\",\"payee\":\"施工队\",\"voucherNo\":\"记-%s\"}"
                        .formatted(id, amount, id)));
    }

    private static void milestone(String project, String id, LocalDate date, int percent) {
        LedgerClient.expectCreated(ledger.post("/api/projects/" + project + "/milestones",
                "{\"id\":\"%s\",\"title\":\"进度\",\"date\":\"%s\",\"progressPercent\":%d}"
                        .formatted(id, date, percent)));
    }

    private static void start(String project, LocalDate date) {
        transition(project, "start", "{\"date\":\"" + date + "\"}", "IN_PROGRESS");
    }

    private static void complete(String project, LocalDate date) {
        transition(project, "complete", "{\"date\":\"" + date + "\"}", "COMPLETED");
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
