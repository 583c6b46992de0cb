package org.fupin.ledger.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The fund ledger end to end: commands over HTTP on :8080's app, balances read back from :8081's. */
class FundLedgerIT {

    private static LedgerClient ledger;
    private final String run = "r" + System.nanoTime();

    @BeforeAll
    static void start() throws Exception {
        ledger = RunningLedger.client();
    }

    @Test
    void allocatesAndReturnsMoneyAndTheTrialBalanceTiesOut() {
        village(run + "-V", "东沟村");
        fund(run + "-F", "1000000.00");
        assertThat(ledger.post("/api/funds/" + run + "-F/allocations", """
                {"id":"A1","villageId":"%s-V","amount":"150000.00","purpose":"道路硬化 road hardening","documentNo":"晋财农〔2026〕12号"}"""
                .formatted(run)).status()).isEqualTo(201);
        LedgerClient.Response returned = ledger.postWhenCredited("/api/villages/" + run + "-V/returns", """
                {"id":"R1","fundId":"%s-F","amount":"50000.50","reason":"结余退回"}""".formatted(run));
        assertThat(returned.status()).isEqualTo(201);
        assertThat(returned.body().path("id").asString()).isEqualTo("R1");

        JsonNode fund = ledger.await("/api/funds/" + run + "-F", f -> f.path("returned").asString().equals("50000.50"));
        assertThat(fund.path("allocated").asString()).isEqualTo("150000.00");
        assertThat(fund.path("unallocated").asString()).isEqualTo("900000.50");
        assertThat(fund.path("documentNo").asString()).isEqualTo("财农〔2026〕8号");
        JsonNode village = ledger.await("/api/villages/" + run + "-V", v -> v.path("returned").asString().equals("50000.50"));
        assertThat(village.path("name").asString()).isEqualTo("东沟村");
        assertThat(village.path("received").asString()).isEqualTo("150000.00");
        assertThat(village.path("available").asString()).isEqualTo("99999.50");
        assertThat(village.path("committed").asString()).isEqualTo("0.00");
        assertThat(village.path("byFund").get(0).path("available").asString()).isEqualTo("99999.50");
        assertThat(ledger.get("/api/reports/trial-balance").body().path("balanced").asBoolean()).isTrue();
    }

    /**
     * A return is decided by the village; the fund gets the money back only through the return relay's second
     * step ({@code ReturnedFundsReceived}). The query side counts the return at the village's decision, so only
     * the fund's own refusal or acceptance of a new allocation shows whether the relay delivered it.
     */
    @Test
    void moneyAVillageReturnedCanBeAllocatedAgainOnceTheFundHasTakenItBack() {
        village(run + "-V1", "东沟村");
        village(run + "-V2", "西岭村");
        fund(run + "-F", "100.00");
        ledger.allocate(run + "-F", "A1", run + "-V1", "100.00");
        LedgerClient.expectCreated(ledger.postWhenCredited("/api/villages/" + run + "-V1/returns", """
                {"id":"R1","fundId":"%s-F","amount":"30.00","reason":"结余退回"}""".formatted(run)));

        String reallocation = """
                {"id":"A2","villageId":"%s-V2","amount":"30.00","purpose":"退回资金再分配"}""".formatted(run);
        LedgerClient.Response again = ledger.post("/api/funds/" + run + "-F/allocations", reallocation);
        for (int i = 0; i < 100 && "INSUFFICIENT_FUND_BALANCE".equals(again.code()); i++) {
            LedgerClient.sleep(100);
            again = ledger.post("/api/funds/" + run + "-F/allocations", reallocation);
        }
        assertThat(again.status()).as(again.body().toString()).isEqualTo(201);
        LedgerClient.Response beyond = ledger.post("/api/funds/" + run + "-F/allocations", """
                {"id":"A3","villageId":"%s-V2","amount":"0.01","purpose":"taken back once only"}""".formatted(run));
        assertThat(beyond.code()).isEqualTo("INSUFFICIENT_FUND_BALANCE");

        JsonNode fund = ledger.await("/api/funds/" + run + "-F", f -> f.path("allocated").asString().equals("130.00"));
        assertThat(fund.path("returned").asString()).isEqualTo("30.00");
        assertThat(fund.path("unallocated").asString()).isEqualTo("0.00");
        ledger.await("/api/villages/" + run + "-V2", v -> v.path("received").asString().equals("30.00"));
        assertThat(ledger.get("/api/reports/trial-balance").body().path("balanced").asBoolean()).isTrue();
    }

    @Test
    void refusesAnAllocationBeyondTheUnallocatedAmountAndAppendsNothing() {
        village(run + "-V", "西岭村");
        fund(run + "-F", "100.00");
        long before = EventCount.now();
        LedgerClient.Response refused = ledger.post("/api/funds/" + run + "-F/allocations", """
                {"id":"A1","villageId":"%s-V","amount":"100.01","purpose":"too much"}""".formatted(run));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.code()).isEqualTo("INSUFFICIENT_FUND_BALANCE");
        assertThat(EventCount.now()).isEqualTo(before);
    }

    @Test
    void answersNotFoundConflictAndRuleRefusalsWithProblemJson() {
        village(run + "-V", "南坡村");
        fund(run + "-F", "100.00");
        long before = EventCount.now();
        assertThat(ledger.post("/api/funds/" + run + "-NOPE/allocations", """
                {"id":"A1","villageId":"%s-V","amount":"1.00","purpose":"x"}""".formatted(run)).status()).isEqualTo(404);
        LedgerClient.Response unknownVillage = ledger.post("/api/funds/" + run + "-F/allocations", """
                {"id":"A1","villageId":"%s-NOPE","amount":"1.00","purpose":"x"}""".formatted(run));
        assertThat(unknownVillage.status()).isEqualTo(404);
        assertThat(unknownVillage.code()).isEqualTo("VILLAGE_NOT_FOUND");
        LedgerClient.Response duplicate = ledger.post("/api/villages", """
                {"id":"%s-V","name":"again","town":"Z镇","county":"Z县","povertyHouseholds":1}""".formatted(run));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("DUPLICATE_ID");
        LedgerClient.Response overReturn = ledger.post("/api/villages/" + run + "-V/returns", """
                {"id":"R1","fundId":"%s-F","amount":"1.00","reason":"nothing held"}""".formatted(run));
        assertThat(overReturn.status()).isEqualTo(422);
        assertThat(ledger.post("/api/villages/" + run + "-V/returns", """
                {"id":"R1","fundId":"%s-NOPE","amount":"1.00","reason":"x"}""".formatted(run)).status()).isEqualTo(404);
        assertThat(EventCount.now()).isEqualTo(before);
        assertThat(ledger.get("/api/funds/" + run + "-NOPE").status()).isEqualTo(404);
        assertThat(ledger.get("/api/villages/" + run + "-NOPE").status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1.00", "0", "0.00", "1.001", "abc", "1000000000000.01", "1e3", " 12.00", "00012.5"})
    void refusesBadAmountsWithFieldErrors(String amount) {
        fund(run + "-F", "100.00");
        long before = EventCount.now();
        LedgerClient.Response refused = ledger.post("/api/funds/" + run + "-F/allocations", """
                {"id":"A1","villageId":"V","amount":"%s","purpose":"x"}""".formatted(amount));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").get(0).path("field").asString()).isEqualTo("amount");
        assertThat(EventCount.now()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"id\":\"X\",\"name\":\"n\",\"level\":\"CENTRAL\",\"fiscalYear\":2026,\"amount\":100.00,\"documentNo\":\"d\"}",
            "{\"id\":\"X\",\"name\":\"n\",\"level\":\"GALACTIC\",\"fiscalYear\":2026,\"amount\":\"1.00\",\"documentNo\":\"d\"}",
            "{\"id\":\"a/b\",\"name\":\"n\",\"level\":\"CENTRAL\",\"fiscalYear\":2026,\"amount\":\"1.00\",\"documentNo\":\"d\"}",
            "{\"id\":\"X\",\"level\":\"CENTRAL\",\"fiscalYear\":2026,\"amount\":\"1.00\",\"documentNo\":\"d\"}",
            "{\"id\":\"X\",\"name\":\"n\",\"level\":\"CENTRAL\",\"fiscalYear\":\"2026\",\"amount\":\"1.00\",\"documentNo\":\"d\"}",
            "{\"id\":\"X\",\"name\":null,\"level\":\"CENTRAL\",\"fiscalYear\":2026,\"amount\":\"1.00\",\"documentNo\":\"d\"}",
            "[1,2,3]",
            "{\"id\":\"X\",",
            ""})
    void refusesMalformedOrInvalidBodiesAndAppendsNothing(String body) {
        long before = EventCount.now();
        LedgerClient.Response refused = ledger.post("/api/funds", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.code()).isNotEmpty();
        assertThat(EventCount.now()).isEqualTo(before);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheOriginalResultAndAppendsNothing() {
        String body = """
                {"id":"%s-F","name":"省级资金","level":"PROVINCIAL","fiscalYear":2026,"amount":"10.00","documentNo":"d"}"""
                .formatted(run);
        LedgerClient.Response first = ledger.post("/api/funds", body, run + "-key");
        long after = EventCount.now();
        LedgerClient.Response retry = ledger.post("/api/funds", body, run + "-key");
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(EventCount.now()).isEqualTo(after);
        LedgerClient.Response reused = ledger.post("/api/funds", body.replace("10.00", "11.00"), run + "-key");
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    private static void village(String id, String name) {
        ledger.registerVillage(id, name);
    }

    private static void fund(String id, String amount) {
        ledger.registerFund(id, amount);
    }
}
