package org.fupin.ledger.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.YearMonth;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The public notice of a village for a month or a quarter, as JSON, printable HTML and CSV. */
class DisclosureIT {

    private static final String HOSTILE = "<script>alert('村')</script>";
    private static LedgerClient ledger;
    private final String run = "d" + System.nanoTime();

    @BeforeAll
    static void start() throws Exception {
        ledger = RunningLedger.client();
    }

    @Test
    void disclosesTheMonthsMoneyProjectsAndCollectiveAccountInThreeFormats() {
        String village = run + "-V";
        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        String quarter = month.substring(0, 4) + "-Q" + ((Integer.parseInt(month.substring(5)) - 1) / 3 + 1);
        ledger.registerVillage(village, "公示村");
        ledger.registerFund(run + "-F", "1000.00");
        LedgerClient.expectCreated(ledger.post("/api/funds/" + run + "-F/allocations", """
                {"id":"A1","villageId":"%s","amount":"600.00","purpose":"道路硬化","documentNo":"晋财农〔2026〕12号"}"""
                .formatted(village)));
        LedgerClient.expectCreated(ledger.post("/api/projects", """
                {"id":"%s-P","villageId":"%s","type":"ROAD_HARDENING","name":"%s","budget":"500.00",
                 "plannedStart":"2026-01-01","plannedEnd":"2026-12-31","spec":{"lengthKm":1.2,"widthM":4.5}}"""
                .formatted(run, village, HOSTILE)));
        assertThat(ledger.post("/api/projects/" + run + "-P/approve", "{}").status()).isEqualTo(200);
        assertThat(ledger.post("/api/projects/" + run + "-P/start", "{\"date\":\"2026-02-01\"}").status()).isEqualTo(200);
        LedgerClient.expectCreated(ledger.postWhenCredited("/api/projects/" + run + "-P/commitments",
                "{\"id\":\"C1\",\"amount\":\"400.00\"}"));
        LedgerClient.expectCreated(ledger.post("/api/projects/" + run + "-P/disbursements",
                "{\"id\":\"D1\",\"amount\":\"150.00\",\"payee\":\"=HYPERLINK(\\\"x\\\")\",\"voucherNo\":\"记-01\"}"));
        LedgerClient.expectCreated(ledger.post("/api/villages/" + village + "/collective-income", """
                {"id":"I1","amount":"80.00","category":"LAND_TRANSFER","period":"%s","receiptNo":"R-1"}"""
                .formatted(month)));
        LedgerClient.expectCreated(ledger.post("/api/villages/" + village + "/collective-spending",
                "{\"id\":\"S1\",\"amount\":\"30.00\",\"purpose\":\"PUBLIC_WELFARE_JOBS\",\"note\":\"保洁员\"}"));
        String sheetPath = "/api/villages/" + village + "/disclosure?period=";

        JsonNode sheet = ledger.await(sheetPath + month,
                s -> s.path("collectiveSpendingTotal").asString().equals("30.00"));
        assertThat(sheet.path("villageName").asString()).isEqualTo("公示村");
        assertThat(sheet.path("periodClosed").asBoolean()).isFalse();
        JsonNode receipt = sheet.path("fundsReceived").get(0);
        assertThat(receipt.path("documentNo").asString()).isEqualTo("晋财农〔2026〕12号");
        assertThat(receipt.path("fundName").asString()).isEqualTo("中央财政专项扶贫资金");
        assertThat(receipt.path("amount").asString()).isEqualTo("600.00");
        assertThat(sheet.path("fundsAvailableAtEnd").asString()).isEqualTo("200.00");
        JsonNode project = sheet.path("projects").get(0);
        assertThat(project.path("name").asString()).isEqualTo(HOSTILE);
        assertThat(project.path("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(project.path("paidInPeriod").asString()).isEqualTo("150.00");
        assertThat(project.path("held").asString()).isEqualTo("250.00");
        assertThat(sheet.path("collectiveIncomeTotal").asString()).isEqualTo("80.00");
        assertThat(sheet.path("collectiveBalanceAtEnd").asString()).isEqualTo("50.00");
        assertThat(sheet.path("integrity").path("complete").asBoolean()).isFalse();
        assertThat(ledger.get(sheetPath + quarter).body().path("fundsReceivedTotal").asString()).isEqualTo("600.00");

        LedgerClient.Text html = ledger.getText(sheetPath + month, "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body()).contains("村务公开", "扶贫资金到位情况", "晋财农〔2026〕12号", "道路硬化", "实施中")
                .contains("&lt;script&gt;").doesNotContain(HOSTILE);

        LedgerClient.Text csv = ledger.getText(sheetPath + month + "&format=csv", "application/json");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFFsection,date,id,name")
                .contains("FUNDS_RECEIVED,", "600.00", "晋财农〔2026〕12号", "COLLECTIVE_BALANCE_AT_END,,,,,,,,,50.00")
                .contains("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ledger.getText(sheetPath + month, "text/csv").contentType()).startsWith("text/csv");
    }

    @Test
    void refusesBadPeriodsFormatsAndVillagesThatDidNotExistYet() {
        String village = run + "-V";
        ledger.registerVillage(village, "新村");
        String path = "/api/villages/" + village + "/disclosure";
        for (String period : new String[]{"2026-13", "2026-Q5", "26-09", "2026-9", "garbage"}) {
            LedgerClient.Response refused = ledger.get(path + "?period=" + period);
            assertThat(refused.status()).as(period).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(ledger.get(path).status()).isEqualTo(400);
        assertThat(ledger.get(path + "?period=2026-09&format=xml").status()).isEqualTo(400);
        assertThat(ledger.getText(path + "?period=2026-09", "image/png").status()).isEqualTo(406);
        ledger.await(path + "?period=" + YearMonth.now(ZoneId.of("Asia/Shanghai")), s -> true);
        assertThat(ledger.get(path + "?period=2001-01").status()).isEqualTo(404);
        assertThat(ledger.get("/api/villages/" + run + "-NONE/disclosure?period=2026-09").status()).isEqualTo(404);
    }
}
