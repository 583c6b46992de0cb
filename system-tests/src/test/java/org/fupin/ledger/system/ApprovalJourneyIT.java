package org.fupin.ledger.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The maker-checker and payment-by-progress journeys in a browser: the requester is told SAME_USER on the
 * approvals page, a second finance officer approves there; an inspector verifies a milestone and a payment
 * ahead of progress is refused next to its amount, with what is payable now.
 */
class ApprovalJourneyIT {

    private static LedgerClient ledger;
    private static String console;

    @BeforeAll
    static void start() throws Exception {
        ledger = RunningLedger.client();
        console = RunningLedger.consoleUrl();
    }

    @Test
    void aSecondFinanceOfficerApprovesALargeAllocationOnTheApprovalsPage() throws Exception {
        String run = "aj" + System.nanoTime();
        ledger.registerVillage(run + "-V", "杏花村");
        ledger.registerFund(run + "-F", "2000000.00");
        LedgerClient.Response requested = ledger.post("/api/funds/" + run + "-F/allocations", """
                {"id":"A1","villageId":"%s-V","amount":"800000.00","purpose":"安全饮水"}""".formatted(run));
        assertThat(requested.status()).isEqualTo(202);
        ledger.await("/api/approvals?status=PENDING", list -> list.toString().contains(run + "-F"));

        try (ConsoleBrowser maker = ConsoleBrowser.signedIn(console, "finance", 1366, 900)) {
            maker.open("/funds/" + run + "-F");
            assertThat(maker.text("fund-pending")).isEqualTo("¥800,000.00");
            maker.open("/approvals");
            maker.click("approve-A1");
            assertThat(maker.text("approval-A1-problem")).contains("SAME_USER");
            maker.screenshot("approval-same-user");
            assertThat(maker.consoleErrors()).isEmpty();
        }
        try (ConsoleBrowser checker = ConsoleBrowser.signedIn(console, "finance2", 1366, 900)) {
            checker.open("/approvals");
            checker.find("approve-A1-note").sendKeys("复核同意");
            checker.click("approve-A1");
            assertThat(checker.text("approval-recorded")).isEqualTo("已批准，资金已划转");
            checker.screenshot("approvals");
            assertThat(checker.consoleErrors()).isEmpty();
        }
        JsonNode fund = ledger.await("/api/funds/" + run + "-F", f -> f.path("allocated").asString().equals("800000.00"));
        assertThat(fund.path("pendingApproval").asString()).isEqualTo("0.00");
    }

    @Test
    void anInspectorVerifiesProgressAndAPaymentAheadOfItIsRefusedNextToItsAmount() throws Exception {
        String run = "pj" + System.nanoTime();
        String project = run + "-P";
        ledger.registerVillage(run + "-V", "柳树湾村");
        ledger.registerFund(run + "-F", "1000.00");
        ledger.allocate(run + "-F", "A1", run + "-V", "1000.00");
        LedgerClient.expectCreated(ledger.post("/api/projects", """
                {"id":"%s","villageId":"%s-V","type":"OTHER","name":"村部修缮","budget":"1000.00",
                 "plannedStart":"2026-01-01","plannedEnd":"2026-12-31"}""".formatted(project, run)));
        assertThat(ledger.post("/api/projects/" + project + "/approve", "{}").status()).isEqualTo(200);
        LedgerClient.expectCreated(ledger.postWhenCredited("/api/projects/" + project + "/commitments",
                "{\"id\":\"C1\",\"amount\":\"1000.00\"}"));
        assertThat(ledger.post("/api/projects/" + project + "/start", "{\"date\":\"2026-03-01\"}").status()).isEqualTo(200);
        LedgerClient.expectCreated(ledger.post("/api/projects/" + project + "/milestones", """
                {"id":"M1","title":"主体完工","date":"2026-04-01","progressPercent":50}"""));
        ledger.await("/api/projects/" + project, p -> p.path("milestones").size() == 1);

        try (ConsoleBrowser inspector = ConsoleBrowser.signedIn(console, "inspector", 1366, 900)) {
            inspector.open("/projects/" + project);
            inspector.click("verify-M1");
            inspector.click("verify-M1-submit");
            inspector.screenshot("milestone-verified");
            ledger.await("/api/projects/" + project, p -> p.path("verifiedProgressPercent").asInt() == 50);
            inspector.open("/projects/" + project);
            assertThat(inspector.text("verification-M1")).contains("属实").contains("inspector");
            assertThat(inspector.consoleErrors()).isEmpty();
        }
        try (ConsoleBrowser finance = ConsoleBrowser.signedIn(console, "finance", 1366, 900)) {
            finance.open("/projects/" + project);
            assertThat(finance.text("verified-progress")).isEqualTo("50%");
            assertThat(finance.text("payable-now")).isEqualTo("¥800.00");
            finance.find("pay-amount").sendKeys("800.01");
            finance.find("pay-payee").sendKeys("村建施工队");
            finance.find("pay-voucherNo").sendKeys("V-PJ-1");
            finance.click("pay-submit");
            assertThat(finance.text("pay-problem")).contains("PAYMENT_AHEAD_OF_PROGRESS");
            assertThat(finance.find("pay-amount").getAttribute("class")).contains("is-invalid");
            assertThat(finance.text("pay-amount-error")).contains("¥800.00");
            finance.screenshot("payment-ahead-of-progress");
            assertThat(finance.consoleErrors()).isEmpty();
        }
        assertThat(ledger.get("/api/projects/" + project).body().path("disbursed").asString()).isEqualTo("0.00");
    }
}
