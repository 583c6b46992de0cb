package org.fupin.ledger.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Early warnings over HTTP against both running apps: a warning raised from real commands, listed with its
 * filters, acknowledged by an inspector through the command side (an event) and listed as acknowledged by the
 * query side; refusals append nothing.
 */
class WarningsIT {

    private static LedgerClient ledger;
    private static String village;
    private static String fund;

    @BeforeAll
    static void start() throws Exception {
        ledger = RunningLedger.client();
        String run = "warn" + System.nanoTime();
        village = run + "-V";
        fund = run + "-F";
        int lastYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;
        ledger.registerVillage(village, "丁村");
        LedgerClient.expectCreated(ledger.post("/api/funds", """
                {"id":"%s","name":"县级扶贫资金结转","level":"COUNTY","fiscalYear":%d,"amount":"5000.00","documentNo":"县财〔%d〕9号"}"""
                .formatted(fund, lastYear, lastYear)));
        ledger.allocate(fund, "A1", village, "5000.00");
    }

    private static JsonNode yearMismatch() {
        return ledger.await("/api/warnings?villageId=" + village + "&rule=FUND_YEAR_MISMATCH", w -> w.size() == 1)
                .get(0);
    }

    @Test
    void anAllocationOfLastYearsFundIsListedAndAnInspectorAcknowledgesIt() {
        JsonNode warning = yearMismatch();
        String id = warning.path("id").asString();
        assertThat(id).startsWith("FUND_YEAR_MISMATCH-");
        assertThat(warning.path("ruleVersion").asInt()).isEqualTo(1);
        assertThat(warning.path("severity").asString()).isEqualTo("MEDIUM");
        assertThat(warning.path("subject").path("type").asString()).isEqualTo("ALLOCATION");
        assertThat(warning.path("subject").path("id").asString()).isEqualTo(fund + "/A1");
        assertThat(warning.path("since").asString()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        assertThat(warning.path("acknowledged").asBoolean()).isFalse();
        assertThat(ledger.get("/api/warnings?town=Z镇&acknowledged=false").body().findValuesAsString("id")).contains(id);

        long events = EventCount.settled();
        String path = "/api/warnings/" + id + "/acknowledgement";
        for (String notInspector : new String[]{"finance", "secretary", "admin"}) {
            LedgerClient.Response refused = ledger.as(notInspector).post(path, "{\"note\":\"看过了\"}");
            assertThat(refused.status()).as(notInspector).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        LedgerClient.Response blank = ledger.as("inspector").post(path, "{\"note\":\" \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.code()).isEqualTo("VALIDATION_FAILED");
        LedgerClient.Response malformed = ledger.as("inspector").post("/api/warnings/not-a-warning/acknowledgement",
                "{\"note\":\"x\"}");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(EventCount.settled()).isEqualTo(events);

        LedgerClient.Response acknowledged = ledger.as("inspector").post(path, "{\"note\":\"上年结转资金，已核实文号\"}",
                "ack-" + id);
        assertThat(acknowledged.status()).isEqualTo(200);
        assertThat(acknowledged.body().path("status").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(ledger.as("inspector").post(path, "{\"note\":\"上年结转资金，已核实文号\"}", "ack-" + id).status())
                .as("the same request retried").isEqualTo(200);
        LedgerClient.Response again = ledger.as("inspector").post(path, "{\"note\":\"再看一次\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ALREADY_ACKNOWLEDGED");

        JsonNode listed = ledger.await("/api/warnings?villageId=" + village + "&acknowledged=true",
                w -> w.size() == 1).get(0);
        assertThat(listed.path("id").asString()).isEqualTo(id);
        assertThat(listed.path("acknowledged").asBoolean()).isTrue();
        assertThat(listed.path("acknowledgement").path("by").asString()).isEqualTo("inspector");
        assertThat(listed.path("acknowledgement").path("note").asString()).isEqualTo("上年结转资金，已核实文号");
        assertThat(ledger.get("/api/warnings?villageId=" + village + "&acknowledged=false").body()).isEmpty();
        assertThat(ledger.get("/api/villages/" + village + "/history").body().toString()).doesNotContain("Warning");
    }

    @Test
    void secretariesDoNotReadWarningsAndBadFiltersAreRefused() {
        yearMismatch();
        assertThat(ledger.as("secretary").get("/api/warnings").status()).isEqualTo(403);
        assertThat(ledger.as("finance").get("/api/warnings?villageId=" + village).status()).isEqualTo(200);
        LedgerClient.Response unknownRule = ledger.get("/api/warnings?rule=NO_SUCH_RULE");
        assertThat(unknownRule.status()).isEqualTo(400);
        assertThat(unknownRule.code()).isEqualTo("INVALID_PARAMETER");
        assertThat(ledger.get("/api/warnings?acknowledged=maybe").status()).isEqualTo(400);
        assertThat(ledger.get("/api/warnings/rules").body().findValuesAsString("name"))
                .contains("IDLE_FUNDS", "CONCENTRATED_PAYEE");
    }
}
