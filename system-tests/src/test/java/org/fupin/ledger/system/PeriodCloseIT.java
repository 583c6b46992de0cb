package org.fupin.ledger.system;

import org.fupin.ledger.launcher.DemoData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Effective dates and the monthly close, end to end: a finance officer closes last month and gets the
 * integrity head pinned at the close; after that a payment backdated into it is refused and appends
 * nothing, while a correction dated in the open month goes through. The shared ledger never sees a closed
 * current month, so the other tests' money (dated today) is not affected.
 */
class PeriodCloseIT {

    private static LedgerClient ledger;
    private static LedgerClient finance;
    private final String run = "pc" + System.nanoTime();

    @BeforeAll
    static void start() throws Exception {
        ledger = RunningLedger.client();
        finance = ledger.as("finance");
        // The demo's money is dated in months it closes; loaded after a later month closed, it would be refused.
        new DemoData(RunningLedger.system().commandSide().baseUrl()).load();
    }

    @Test
    void aClosedMonthRefusesABackdatedPaymentAndTheCloseAnswersWithThePinnedHead() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        YearMonth current = YearMonth.from(today);
        YearMonth lastMonth = current.minusMonths(1);
        String village = run + "-V";
        String project = "/api/projects/" + run + "-P";
        ledger.registerVillage(village, "结账村");
        ledger.registerFund(run + "-F", "1000.00");
        LedgerClient.expectCreated(ledger.post("/api/funds/" + run + "-F/allocations", """
                {"id":"A1","villageId":"%s","amount":"600.00","purpose":"道路硬化","effectiveDate":"%s"}"""
                .formatted(village, lastMonth.atDay(1))));
        LedgerClient.expectCreated(ledger.post("/api/projects", """
                {"id":"%s-P","villageId":"%s","type":"ROAD_HARDENING","name":"结账路","budget":"500.00",
                 "plannedStart":"2026-01-01","plannedEnd":"2026-12-31","spec":{"lengthKm":1.2,"widthM":4.5}}"""
                .formatted(run, village)));
        assertThat(ledger.post(project + "/approve", "{}").status()).isEqualTo(200);
        assertThat(ledger.post(project + "/start", "{\"date\":\"2026-02-01\"}").status()).isEqualTo(200);
        LedgerClient.expectCreated(ledger.postWhenCredited(project + "/commitments",
                "{\"id\":\"C1\",\"amount\":\"400.00\",\"effectiveDate\":\"" + lastMonth.atDay(2) + "\"}"));
        LedgerClient.expectCreated(ledger.post(project + "/disbursements",
                "{\"id\":\"D1\",\"amount\":\"100.00\",\"payee\":\"路桥公司\",\"voucherNo\":\"记-01\"}"));

        LedgerClient.Response closed = closeThrough(lastMonth);
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.body().path("period").asString()).isEqualTo(lastMonth.toString());
        assertThat(closed.body().path("closedBy").asString()).isEqualTo("finance");
        assertThat(closed.body().path("closedAt").asString()).isNotBlank();
        String head = closed.body().path("integrityHead").asString();
        assertThat(head).matches("[0-9]+:[0-9a-f]{64}");

        LedgerClient.Response again = finance.post("/api/periods/" + lastMonth + "/close", "{\"note\":\"再结\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("PERIOD_ALREADY_CLOSED");
        LedgerClient.Response thisMonth = finance.post("/api/periods/" + current + "/close", "{}");
        assertThat(thisMonth.status()).isEqualTo(422);
        assertThat(thisMonth.code()).isEqualTo("PERIOD_NOT_OVER");
        assertThat(ledger.as("secretary").post("/api/periods/" + lastMonth + "/close", "{}").status())
                .isEqualTo(403);

        LedgerClient.Response backdated = ledger.post(project + "/disbursements", """
                {"id":"D2","amount":"50.00","payee":"路桥公司","voucherNo":"记-02","effectiveDate":"%s"}"""
                .formatted(lastMonth.atEndOfMonth()));
        assertThat(backdated.status()).isEqualTo(422);
        assertThat(backdated.code()).isEqualTo("PERIOD_CLOSED");
        LedgerClient.Response future = ledger.post(project + "/disbursements", """
                {"id":"D2","amount":"50.00","payee":"路桥公司","voucherNo":"记-02","effectiveDate":"%s"}"""
                .formatted(today.plusDays(1)));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.code()).isEqualTo("FUTURE_EFFECTIVE_DATE");
        LedgerClient.Response malformed = ledger.post(project + "/disbursements", """
                {"id":"D2","amount":"50.00","payee":"路桥公司","voucherNo":"记-02","effectiveDate":"2026-13-01"}""");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(malformed.body().path("errors").get(0).path("field").asString()).isEqualTo("effectiveDate");

        assertThat(ledger.post(project + "/disbursements/D1/reversal",
                "{\"reason\":\"更正：收款人错误\",\"effectiveDate\":\"" + today + "\"}").status()).isEqualTo(201);
        JsonNode paid = ledger.await(project, p -> p.path("disbursed").asString().equals("0.00"));
        assertThat(paid.path("held").asString()).as("the refused payments appended nothing").isEqualTo("400.00");

        JsonNode months = ledger.get("/api/periods").body();
        JsonNode last = null;
        for (JsonNode month : months) {
            if (month.path("period").asString().equals(lastMonth.toString())) {
                last = month;
            }
        }
        assertThat(last).isNotNull();
        assertThat(last.path("status").asString()).isEqualTo("CLOSED");
        assertThat(last.path("integrityHead").asString()).isEqualTo(head);
        assertThat(months.get(months.size() - 1).path("status").asString()).isEqualTo("OPEN");

        JsonNode sheet = ledger.get("/api/villages/" + village + "/disclosure?period=" + lastMonth).body();
        assertThat(sheet.path("fundsReceivedTotal").asString()).isEqualTo("600.00");
        assertThat(sheet.path("closing").path("isFinal").asBoolean()).isTrue();
        assertThat(sheet.path("closing").path("integrityHead").asString()).isEqualTo(head);
    }

    /**
     * Closes the months still open up to {@code month}, in order (the first close of this ledger may name
     * {@code month} itself), and answers the close of {@code month}.
     */
    private static LedgerClient.Response closeThrough(YearMonth month) {
        JsonNode months = ledger.get("/api/periods").body();
        YearMonth next = null;
        boolean anyClosed = false;
        for (JsonNode m : months) {
            if (m.path("status").asString().equals("CLOSED")) {
                anyClosed = true;
            } else if (next == null) {
                next = YearMonth.parse(m.path("period").asString());
            }
        }
        if (!anyClosed || next == null || next.isAfter(month)) {
            next = month;
        }
        LedgerClient.Response answer;
        do {
            answer = finance.post("/api/periods/" + next + "/close", "{\"note\":\"月末结账\"}");
            next = next.plusMonths(1);
        } while (!next.isAfter(month));
        return answer;
    }
}
