package org.fupin.ledger.system;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.fupin.ledger.launcher.LocalUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fund controls end to end, over HTTP on the running ledger with its defaults (approval threshold 500000.00,
 * payment advance 30 %): maker-checker on large allocations and payments, and payment by verified progress.
 */
class FundControlsIT {

    /** The console's local token key: how a third finance officer, who is no local user, signs in here. */
    private static final String LOCAL_CONSOLE_KEY = "fupin-ledger-local-console-key-change-me-in-production";

    private static LedgerClient ledger;
    private static LedgerClient thirdOfficer;
    private String run;

    @BeforeAll
    static void start() throws Exception {
        ledger = RunningLedger.client();
        thirdOfficer = new LedgerClient(RunningLedger.system().commandSide().baseUrl(),
                RunningLedger.system().querySide().baseUrl(),
                user -> user.equals("finance3") ? consoleToken(user) : LocalUsers.basic(user)).as("finance3");
    }

    @BeforeEach
    void newRun() {
        run = "fc" + System.nanoTime();
    }

    @Test
    void twoFinanceOfficersRacingToApproveTheSameAllocationExactlyOneWins() throws Exception {
        ledger.registerVillage(run + "-V", "东沟村");
        ledger.registerFund(run + "-F", "9000000.00");
        for (int item = 0; item < 5; item++) {
            String allocation = "A" + item;
            LedgerClient.Response requested = request(allocation, "600000.00");
            assertThat(requested.status()).isEqualTo(202);
            assertThat(requested.body().path("status").asString()).isEqualTo("PENDING_APPROVAL");
            String approval = "/api/funds/" + run + "-F/allocations/" + allocation + "/approval";
            LedgerClient.Response own = ledger.post(approval, "{\"note\":\"自己批\"}");
            assertThat(own.status()).isEqualTo(403);
            assertThat(own.code()).isEqualTo("SAME_USER");

            List<LedgerClient.Response> answers = race(ledger.as("finance2"), thirdOfficer, approval);

            assertThat(answers).extracting(LedgerClient.Response::status).as("item " + item)
                    .containsExactlyInAnyOrder(200, 409);
            assertThat(answers).filteredOn(answer -> answer.status() == 200).singleElement()
                    .satisfies(won -> assertThat(won.body().path("status").asString()).isEqualTo("APPROVED"));
            LedgerClient.Response again = ledger.as("finance2").post(approval, "{}");
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.code()).isEqualTo("NOT_PENDING_APPROVAL");
        }
        JsonNode village = ledger.await("/api/villages/" + run + "-V",
                v -> v.path("received").asString().equals("3000000.00"));
        assertThat(village.path("available").asString()).isEqualTo("3000000.00");
        assertThat(ledger.await("/api/funds/" + run + "-F", f -> f.path("allocated").asString().equals("3000000.00"))
                .path("pendingApproval").asString()).isEqualTo("0.00");
        assertThat(ledger.get("/api/reports/trial-balance").body().path("balanced").asBoolean()).isTrue();
    }

    @Test
    void aReservationCannotBeOverspentWhilePendingAndTheTrialBalanceTiesOut() {
        ledger.registerVillage(run + "-V", "西岭村");
        ledger.registerFund(run + "-F", "1000000.00");
        assertThat(request("A1", "600000.00").status()).isEqualTo(202);

        LedgerClient.Response overspent = request("A2", "400000.01");
        assertThat(overspent.status()).isEqualTo(422);
        assertThat(overspent.code()).isEqualTo("INSUFFICIENT_FUND_BALANCE");
        assertThat(request("A3", "400000.00").status()).isEqualTo(201);

        JsonNode fund = ledger.await("/api/funds/" + run + "-F", f -> f.path("allocated").asString().equals("400000.00"));
        assertThat(fund.path("pendingApproval").asString()).isEqualTo("600000.00");
        assertThat(fund.path("unallocated").asString()).isEqualTo("0.00");
        assertThat(ledger.get("/api/approvals?status=PENDING").body().toString()).contains(run + "-F");
        JsonNode balance = ledger.get("/api/reports/trial-balance").body();
        assertThat(balance.path("balanced").asBoolean()).isTrue();
        assertThat(new java.math.BigDecimal(balance.path("pendingApproval").asString()))
                .isGreaterThanOrEqualTo(new java.math.BigDecimal("600000.00"));

        LedgerClient.Response rejected = ledger.as("finance2").post(
                "/api/funds/" + run + "-F/allocations/A1/rejection", "{\"reason\":\"文号不符\"}");
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body().path("status").asString()).isEqualTo("REJECTED");
        assertThat(ledger.as("finance2").post("/api/funds/" + run + "-F/allocations/A1/approval", "{}").status())
                .isEqualTo(409);
        assertThat(ledger.await("/api/funds/" + run + "-F", f -> f.path("pendingApproval").asString().equals("0.00"))
                .path("unallocated").asString()).isEqualTo("600000.00");
        assertThat(ledger.get("/api/villages/" + run + "-V").body().path("received").asString()).isEqualTo("400000.00");
    }

    @Test
    void aPendingPaymentIsReservedOutOfHeldMoneyAndPaidOnlyOnApproval() {
        String project = bigProjectInProgress("2000000.00");
        ledger.confirmProgress(project, "M1", 100);
        LedgerClient.Response requested = pay(project, "D1", "600000.00");
        assertThat(requested.status()).isEqualTo(202);
        assertThat(requested.body().path("status").asString()).isEqualTo("PENDING_APPROVAL");
        assertThat(pay(project, "D2", "1400000.01").code()).isEqualTo("INSUFFICIENT_PROJECT_FUNDS");
        JsonNode pending = ledger.await("/api/projects/" + project,
                p -> p.path("pendingApproval").asString().equals("600000.00"));
        assertThat(pending.path("held").asString()).isEqualTo("1400000.00");
        assertThat(pending.path("disbursed").asString()).isEqualTo("0.00");
        assertThat(ledger.get("/api/reports/trial-balance").body().path("balanced").asBoolean()).isTrue();

        String approval = "/api/projects/" + project + "/disbursements/D1/approval";
        assertThat(ledger.post(approval, "{}").code()).isEqualTo("SAME_USER");
        LedgerClient.Response approved = ledger.as("finance2").post(approval, "{\"note\":\"复核同意\"}");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().path("status").asString()).isEqualTo("APPROVED");

        JsonNode paid = ledger.await("/api/projects/" + project, p -> p.path("disbursed").asString().equals("600000.00"));
        assertThat(paid.path("pendingApproval").asString()).isEqualTo("0.00");
        assertThat(ledger.as("finance").get("/api/projects/" + project + "/funding").body().toString()).contains("D1");
        assertThat(ledger.get("/api/reports/trial-balance").body().path("balanced").asBoolean()).isTrue();
    }

    @Test
    void paymentAheadOfVerifiedProgressIsRefusedWithWhatIsPayableNow() {
        String project = smallProjectInProgress();
        long before = EventCount.now();
        LedgerClient.Response ahead = pay(project, "D1", "300.01");
        assertThat(ahead.status()).isEqualTo(422);
        assertThat(ahead.contentType()).startsWith("application/problem+json");
        assertThat(ahead.code()).isEqualTo("PAYMENT_AHEAD_OF_PROGRESS");
        assertThat(ahead.body().path("payableNow").asString()).isEqualTo("300.00");
        assertThat(EventCount.now()).isEqualTo(before);

        LedgerClient.expectCreated(ledger.post("/api/projects/" + project + "/milestones", """
                {"id":"M1","title":"路基完成","date":"2026-04-01","progressPercent":50}"""));
        String verification = "/api/projects/" + project + "/milestones/M1/verification";
        assertThat(ledger.as("secretary").post(verification, "{\"verdict\":\"CONFIRMED\"}").status()).isEqualTo(403);
        assertThat(ledger.as("inspector").post(verification, "{\"verdict\":\"MAYBE\"}").status()).isEqualTo(400);
        LedgerClient.Response confirmed = ledger.as("inspector").post(verification,
                "{\"verdict\":\"CONFIRMED\",\"note\":\"现场核实\"}");
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(ledger.as("finance").post(verification, "{\"verdict\":\"REJECTED\"}").status()).isEqualTo(409);

        JsonNode view = ledger.await("/api/projects/" + project, p -> p.path("verifiedProgressPercent").asInt() == 50);
        assertThat(view.path("payableNow").asString()).isEqualTo("800.00");
        assertThat(view.path("milestones").get(0).path("verification").path("verifiedBy").asString())
                .isEqualTo("inspector");
        assertThat(pay(project, "D2", "800.01").body().path("payableNow").asString()).isEqualTo("800.00");
        LedgerClient.expectCreated(pay(project, "D3", "800.00"));
        assertThat(ledger.await("/api/projects/" + project, p -> p.path("disbursed").asString().equals("800.00"))
                .path("payableNow").asString()).isEqualTo("0.00");
    }

    private LedgerClient.Response request(String allocationId, String amount) {
        return ledger.post("/api/funds/" + run + "-F/allocations", """
                {"id":"%s","villageId":"%s-V","amount":"%s","purpose":"道路硬化"}""".formatted(allocationId, run, amount));
    }

    private static LedgerClient.Response pay(String project, String id, String amount) {
        return ledger.post("/api/projects/" + project + "/disbursements", """
                {"id":"%s","amount":"%s","payee":"晋通路桥","voucherNo":"记-%s"}""".formatted(id, amount, id));
    }

    /** A project with a budget of 1000.00, all of it committed, in progress. */
    private String smallProjectInProgress() {
        ledger.registerVillage(run + "-V", "南坡村");
        ledger.registerFund(run + "-F", "1000.00");
        ledger.allocate(run + "-F", "A1", run + "-V", "1000.00");
        return projectInProgress("1000.00");
    }

    /** A project with a large budget, all of it committed from an approved allocation, in progress. */
    private String bigProjectInProgress(String budget) {
        ledger.registerVillage(run + "-V", "北庄村");
        ledger.registerFund(run + "-F", budget);
        assertThat(request("A1", budget).status()).isEqualTo(202);
        assertThat(ledger.as("finance2").post("/api/funds/" + run + "-F/allocations/A1/approval", "{}").status())
                .isEqualTo(200);
        return projectInProgress(budget);
    }

    private String projectInProgress(String budget) {
        String project = run + "-P";
        LedgerClient.expectCreated(ledger.post("/api/projects", """
                {"id":"%s","villageId":"%s-V","type":"OTHER","name":"村道","budget":"%s",
                 "plannedStart":"2026-01-01","plannedEnd":"2026-12-31"}""".formatted(project, run, budget)));
        assertThat(ledger.post("/api/projects/" + project + "/approve", "{}").status()).isEqualTo(200);
        LedgerClient.expectCreated(ledger.postWhenCredited("/api/projects/" + project + "/commitments",
                "{\"id\":\"C1\",\"amount\":\"%s\"}".formatted(budget)));
        assertThat(ledger.post("/api/projects/" + project + "/start", "{\"date\":\"2026-03-01\"}").status())
                .isEqualTo(200);
        return project;
    }

    /** Both clients send the same approval at once. */
    private static List<LedgerClient.Response> race(LedgerClient one, LedgerClient other, String path)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Callable<LedgerClient.Response>> calls = List.of(() -> one.post(path, "{\"note\":\"同意\"}"),
                    () -> other.post(path, "{\"note\":\"同意\"}"));
            List<LedgerClient.Response> answers = new ArrayList<>();
            for (Future<LedgerClient.Response> answer : threads.invokeAll(calls)) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    /** A console token for a finance officer, signed with the local key both APIs accept from the console. */
    private static String consoleToken(String username) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
                    new JWTClaimsSet.Builder().issuer("fupin-ledger-console").subject(username)
                            .claim("preferred_username", username).claim("roles", List.of("FINANCE_OFFICER"))
                            .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300))).build());
            jwt.sign(new MACSigner(LOCAL_CONSOLE_KEY.getBytes(StandardCharsets.UTF_8)));
            return "Bearer " + jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
