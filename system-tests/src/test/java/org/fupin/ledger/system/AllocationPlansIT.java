package org.fupin.ledger.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Allocation plans over HTTP against the whole ledger: upload, preview, confirm; the same file twice; a bad
 * row; an over-allocating plan; the encodings; the limits. Each refusal is checked to have appended nothing.
 */
class AllocationPlansIT {

    private static final String PLANS = "/api/funds/allocation-plans";
    private static final String HEADER = "资金编号,村编号,金额,用途,文号\r\n";

    private static LedgerClient ledger;
    private final String run = "p" + System.nanoTime();

    @BeforeAll
    static void start() throws Exception {
        ledger = RunningLedger.client();
    }

    @Test
    void theSameFileTwiceRecordsEachAllocationOnce() {
        zTown("100000.00");
        byte[] plan = csv("""
                %1$s-F,%1$s-DG,30000.00,东沟村道路硬化,晋财农〔2026〕12号
                %1$s-F,%1$s-XG,"20,000.50",西沟村饮水工程,晋财农〔2026〕12号
                """);

        LedgerClient.Response preview = ledger.upload(PLANS, "分配表.csv", plan);
        assertThat(preview.status()).as(preview.body().toString()).isEqualTo(200);
        assertThat(preview.body().path("valid").asBoolean()).isTrue();
        assertThat(preview.body().path("rows").get(0).path("villageName").asString()).isEqualTo("东沟村");
        assertThat(preview.body().path("totals").get(0).path("amount").asString()).isEqualTo("50000.50");
        String planId = preview.body().path("planId").asString();

        LedgerClient.Response confirmed = ledger.post(PLANS + "/" + planId + "/confirmation", "");
        assertThat(confirmed.status()).as(confirmed.body().toString()).isEqualTo(200);
        assertThat(confirmed.body().path("recorded").asInt()).isEqualTo(2);
        JsonNode fund = ledger.await("/api/funds/" + run + "-F",
                f -> f.path("allocated").asString().equals("50000.50"));
        assertThat(fund.path("unallocated").asString()).isEqualTo("49999.50");
        ledger.await("/api/villages/" + run + "-XG", v -> v.path("received").asString().equals("20000.50"));
        long events = EventCount.settled();

        LedgerClient.Response again = ledger.upload(PLANS, "分配表 (1).csv", plan);
        assertThat(again.body().path("planId").asString()).isEqualTo(planId);
        assertThat(again.body().path("valid").asBoolean()).isTrue();
        assertThat(again.body().path("rows")).allSatisfy(row -> assertThat(row.path("alreadyRecorded").asBoolean()).isTrue());
        LedgerClient.Response twice = ledger.post(PLANS + "/" + planId + "/confirmation", "");
        assertThat(twice.status()).isEqualTo(200);
        assertThat(twice.body().path("recorded").asInt()).isZero();
        assertThat(twice.body().path("alreadyRecorded").asInt()).isEqualTo(2);
        assertThat(EventCount.settled()).isEqualTo(events);
        assertThat(ledger.get("/api/funds/" + run + "-F").body().path("allocated").asString()).isEqualTo("50000.50");
    }

    @Test
    void oneBadRowBlocksTheWholePlanAndShowsThatRowsError() {
        zTown("100000.00");
        byte[] plan = csv("""
                %1$s-F,%1$s-DG,100.00,道路,
                %1$s-F,%1$s-NOWHERE,100.00,饮水,
                """);
        long events = EventCount.settled();

        LedgerClient.Response preview = ledger.upload(PLANS, "plan.csv", plan);
        assertThat(preview.body().path("valid").asBoolean()).isFalse();
        JsonNode bad = preview.body().path("rows").get(1);
        assertThat(bad.path("row").asInt()).isEqualTo(3);
        assertThat(bad.path("errors").get(0).path("code").asString()).isEqualTo("VILLAGE_NOT_FOUND");
        assertThat(bad.path("errors").get(0).path("message").asString()).contains("没有编号为");
        assertThat(preview.body().path("rows").get(0).path("errors")).isEmpty();

        LedgerClient.Response refused = ledger.post(PLANS + "/" + preview.body().path("planId").asString()
                + "/confirmation", "");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.code()).isEqualTo("ALLOCATION_PLAN_INVALID");
        assertThat(refused.body().path("rows").get(0).path("row").asInt()).isEqualTo(3);
        assertThat(EventCount.settled()).isEqualTo(events);
    }

    @Test
    void aPlanThatOverAllocatesAFundIsRefusedWholeAtPreviewAndAtConfirmation() {
        zTown("1000.00");
        byte[] fits = csv("%1$s-F,%1$s-DG,600.00,道路,\n");
        String planId = ledger.upload(PLANS, "plan.csv", fits).body().path("planId").asString();
        // Meanwhile another allocation takes money from the fund: the confirmation checks the balance again.
        ledger.allocate(run + "-F", "A-ELSEWHERE", run + "-XG", "500.00");
        long events = EventCount.settled();

        LedgerClient.Response refused = ledger.post(PLANS + "/" + planId + "/confirmation", "");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("ALLOCATION_PLAN_INVALID");
        assertThat(refused.body().path("totals").get(0).path("overAllocated").asBoolean()).isTrue();

        LedgerClient.Response over = ledger.upload(PLANS, "plan.csv", csv("""
                %1$s-F,%1$s-DG,300.00,道路,
                %1$s-F,%1$s-XG,200.01,饮水,
                """));
        assertThat(over.body().path("valid").asBoolean()).isFalse();
        assertThat(over.body().path("rows")).allSatisfy(row ->
                assertThat(row.path("errors").get(0).path("code").asString()).isEqualTo("FUND_OVER_ALLOCATED"));
        assertThat(ledger.post(PLANS + "/" + over.body().path("planId").asString() + "/confirmation", "").status())
                .isEqualTo(422);
        assertThat(EventCount.settled()).isEqualTo(events);
    }

    @Test
    void gbkAndUtf8FilesReadTheSameChinese() {
        zTown("1000.00");
        String rows = "%1$s-F,%1$s-DG,1.00,东沟村道路硬化,晋财农〔2026〕12号\n".formatted(run);
        byte[] utf8 = (HEADER + rows).getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        for (byte[] file : new byte[][]{utf8, bom, (HEADER + rows).getBytes(Charset.forName("GBK"))}) {
            JsonNode row = ledger.upload(PLANS, "plan.csv", file).body().path("rows").get(0);
            assertThat(row.path("purpose").asString()).isEqualTo("东沟村道路硬化");
            assertThat(row.path("documentNumber").asString()).isEqualTo("晋财农〔2026〕12号");
            assertThat(row.path("errors")).isEmpty();
        }
    }

    @Test
    void aFileOverTenMegabytesIsRefusedWith413() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        LedgerClient.Response refused = ledger.upload(PLANS, "plan.csv", big);
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.code()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void aPlanOfMoreThanFiveThousandRowsIsRefusedWith422() {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i <= 5000; i++) {
            rows.append("F,V-").append(i).append(",1.00,用途,\n");
        }
        LedgerClient.Response refused = ledger.upload(PLANS, "plan.csv",
                (HEADER + rows).getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("PLAN_TOO_MANY_ROWS");
    }

    @Test
    void onlyAFinanceOfficerUploadsPlans() {
        assertThat(ledger.as("secretary").upload(PLANS, "plan.csv", csv("F,V,1,x,\n")).status()).isEqualTo(403);
        assertThat(ledger.as("").upload(PLANS, "plan.csv", csv("F,V,1,x,\n")).status()).isEqualTo(401);
    }

    @Test
    void theTemplatesHeadersAreTheOnesAnUploadReads() {
        LedgerClient.Text template = ledger.readingCommandSide().as("finance").getText(PLANS + "/template.csv", "text/csv");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.body()).isEqualTo("\uFEFF资金编号,村编号,金额,用途,文号\r\n");
        LedgerClient.Response empty = ledger.upload(PLANS, "资金分配表模板.csv", template.body().getBytes(StandardCharsets.UTF_8));
        assertThat(empty.code()).isEqualTo("PLAN_EMPTY");
    }

    @Test
    void anUnknownPlanIsA404() {
        LedgerClient.Response missing = ledger.post(PLANS + "/" + "0".repeat(64) + "/confirmation", "");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("PLAN_NOT_FOUND");
    }

    private void zTown(String fundAmount) {
        ledger.registerVillage(run + "-DG", "东沟村");
        ledger.registerVillage(run + "-XG", "西沟村");
        ledger.registerFund(run + "-F", fundAmount);
    }

    private byte[] csv(String rows) {
        return (HEADER + rows.formatted(run)).getBytes(StandardCharsets.UTF_8);
    }
}
