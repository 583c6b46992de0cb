package org.fupin.ledger.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what, over HTTP against both running apps. Write permissions are probed with an empty body:
 * a caller the role table lets through gets 400 for the missing fields, anyone else 403, and nothing is
 * appended either way. A secretary's own-village limit is checked with real commands.
 */
class AccessIT {

    private static final List<String> USERS = List.of("finance", "secretary", "inspector", "admin");
    private static LedgerClient ledger;
    private static String village;
    private static String otherVillage;
    private static String project;
    private static String fund;

    @BeforeAll
    static void start() throws Exception {
        ledger = RunningLedger.client();
        String run = "acc" + System.nanoTime();
        village = run + "-V";
        otherVillage = run + "-W";
        project = run + "-P";
        fund = run + "-F";
        ledger.registerVillage(village, "甲村");
        LedgerClient.expectCreated(ledger.post("/api/villages", """
                {"id":"%s","name":"乙村","town":"Z镇","county":"Z县","povertyHouseholds":80}""".formatted(otherVillage)));
        ledger.assignSecretary(otherVillage, "secretary2");
        ledger.registerFund(fund, "1000.00");
        LedgerClient.expectCreated(ledger.post("/api/projects", projectJson(project, village)));
        LedgerClient.expectCreated(ledger.as("secretary2").post("/api/projects", projectJson(project + "-W0", otherVillage)));
        ledger.await("/api/projects/" + project, p -> true);
        ledger.await("/api/projects/" + project + "-W0", p -> true);
        ledger.await("/api/villages/" + village + "/secretaries", s -> s.size() == 1);
        ledger.await("/api/villages/" + otherVillage + "/secretaries", s -> s.size() == 1);
    }

    private static String projectJson(String id, String villageId) {
        return """
                {"id":"%s","villageId":"%s","type":"OTHER","name":"村部修缮","budget":"100.00",
                 "plannedStart":"2026-01-01","plannedEnd":"2026-12-31"}""".formatted(id, villageId);
    }

    /** Every write endpoint and the one role the table gives it. */
    private static Map<String, String> writes() {
        Map<String, String> writes = new LinkedHashMap<>();
        writes.put("/api/villages", "admin");
        writes.put("/api/villages/" + village + "/secretaries", "admin");
        writes.put("/api/villages/" + village + "/secretaries/secretary/recall", "admin");
        writes.put("/api/funds", "finance");
        writes.put("/api/funds/" + fund + "/allocations", "finance");
        writes.put("/api/villages/" + village + "/returns", "finance");
        writes.put("/api/projects/" + project + "/approve", "finance");
        writes.put("/api/projects/" + project + "/cancel", "finance");
        writes.put("/api/projects/" + project + "/commitments", "finance");
        writes.put("/api/projects/" + project + "/disbursements", "finance");
        writes.put("/api/projects/" + project + "/disbursements/D1/reversal", "finance");
        writes.put("/api/projects/" + project + "/disbursements/D1/approval", "finance");
        writes.put("/api/projects/" + project + "/disbursements/D1/rejection", "finance");
        writes.put("/api/funds/" + fund + "/allocations/A1/approval", "finance");
        writes.put("/api/funds/" + fund + "/allocations/A1/rejection", "finance");
        writes.put("/api/projects/" + project + "/accept", "inspector");
        writes.put("/api/warnings/OVERDUE_PROJECT-0123456789abcdef/acknowledgement", "inspector");
        writes.put("/api/projects", "secretary");
        writes.put("/api/projects/" + project + "/start", "secretary");
        writes.put("/api/projects/" + project + "/milestones", "secretary");
        writes.put("/api/projects/" + project + "/complete", "secretary");
        writes.put("/api/projects/" + project + "/suspend", "secretary");
        writes.put("/api/projects/" + project + "/resume", "secretary");
        writes.put("/api/villages/" + village + "/collective-income", "secretary");
        writes.put("/api/villages/" + village + "/collective-spending", "secretary");
        return writes;
    }

    @Test
    void eachWriteIsOpenToItsRoleOnlyAndNothingIsAppendedOtherwise() {
        long events = EventCount.settled();
        for (Map.Entry<String, String> write : writes().entrySet()) {
            for (String user : USERS) {
                LedgerClient.Response response = ledger.as(user).post(write.getKey(), "{\"unexpected\":[]}");
                int expected = user.equals(write.getValue()) ? 400 : 403;
                assertThat(response.status()).as(user + " POST " + write.getKey()).isEqualTo(expected);
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
            LedgerClient.Response anonymous = ledger.as("").post(write.getKey(), "{}");
            assertThat(anonymous.status()).as("anonymous POST " + write.getKey()).isEqualTo(401);
            assertThat(anonymous.code()).isEqualTo("UNAUTHENTICATED");
        }
        assertThat(EventCount.settled()).isEqualTo(events);
    }

    @Test
    void aSecretaryWritesOnlyToTheirOwnVillages() {
        long events = EventCount.settled();
        LedgerClient secretary = ledger.as("secretary");
        LedgerClient.Response elsewhere = secretary.post("/api/projects", projectJson(project + "-X", otherVillage));
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.code()).isEqualTo("NOT_YOUR_VILLAGE");
        assertThat(secretary.post("/api/villages/" + otherVillage + "/collective-income", """
                {"id":"I1","amount":"10.00","category":"OTHER","period":"2026-09","receiptNo":"R1"}""").status())
                .isEqualTo(403);
        assertThat(ledger.as("secretary2").post("/api/projects/" + project + "/milestones", """
                {"id":"M1","title":"开工","date":"2026-02-01","progressPercent":10}""").status()).isEqualTo(403);
        assertThat(EventCount.settled()).isEqualTo(events);

        LedgerClient.expectCreated(ledger.as("secretary2").post("/api/projects", projectJson(project + "-W", otherVillage)));
    }

    @Test
    void aRecalledSecretaryLosesTheirVillage() {
        String run = "rec" + System.nanoTime();
        ledger.registerVillage(run, "丙村");
        ledger.assignSecretary(run, "secretary2");
        assertThat(ledger.as("admin").post("/api/villages/" + run + "/secretaries/secretary2/recall",
                "{\"date\":\"2026-10-01\",\"reason\":\"任期届满\"}").status()).isEqualTo(200);
        assertThat(ledger.as("secretary2").post("/api/projects", projectJson(run + "-P", run)).status()).isEqualTo(403);
        ledger.await("/api/villages/" + run + "/history", h -> h.path("total").asLong() == 4);
        assertThat(ledger.get("/api/villages/" + run + "/history").body().path("entries").get(3).path("type")
                .asString()).isEqualTo("SecretaryRecalled");
        // Both secretaries are listed from the assignment on; wait for the recall itself to be projected.
        assertThat(ledger.await("/api/villages/" + run + "/secretaries",
                        s -> s.size() == 2 && !s.get(1).path("recalledOn").asString().isEmpty()).get(1)
                .path("recalledOn").asString()).isEqualTo("2026-10-01");
    }

    @Test
    void readsFollowTheRoleTable() {
        Map<String, List<String>> allowed = new LinkedHashMap<>();
        String[] staffOnly = {"/api/funds/" + fund, "/api/funds/" + fund + "/trace", "/api/reports/trial-balance",
                "/api/reports/projects", "/api/integrity", "/api/admin/projections", "/api/warnings"};
        for (String path : staffOnly) {
            allowed.put(path, List.of("finance", "inspector", "admin"));
        }
        String[] everyone = {"/api/funds", "/api/villages", "/api/villages/" + village,
                "/api/villages/" + village + "/history", "/api/villages/" + village + "/compare?from=2026-01-01&to=2030-01-01",
                "/api/villages/" + village + "/collective", "/api/villages/" + village + "/disclosure?period=" + YearMonth.now(ZoneId.of("Asia/Shanghai")),
                "/api/projects/" + project, "/api/projects/" + project + "/funding", "/api/projects?villageId=" + village,
                "/api/projects"};
        for (String path : everyone) {
            allowed.put(path, USERS);
        }
        String[] othersVillage = {"/api/villages/" + otherVillage, "/api/villages/" + otherVillage + "/history",
                "/api/villages/" + otherVillage + "/disclosure?period=" + YearMonth.now(ZoneId.of("Asia/Shanghai")), "/api/projects?villageId=" + otherVillage,
                "/api/villages/" + otherVillage + "/collective"};
        for (String path : othersVillage) {
            allowed.put(path, List.of("finance", "inspector", "admin"));
        }
        for (Map.Entry<String, List<String>> read : allowed.entrySet()) {
            for (String user : USERS) {
                int status = ledger.as(user).get(read.getKey()).status();
                if (read.getValue().contains(user)) {
                    assertThat(status).as(user + " GET " + read.getKey()).isEqualTo(200);
                } else {
                    assertThat(status).as(user + " GET " + read.getKey()).isEqualTo(403);
                }
            }
            assertThat(ledger.as("").get(read.getKey()).status()).as("anonymous GET " + read.getKey()).isEqualTo(401);
        }
        assertThat(values(ledger.as("secretary").get("/api/villages").body(), "id"))
                .contains(village).doesNotContain(otherVillage);
        assertThat(values(ledger.as("secretary").get("/api/projects").body(), "villageId"))
                .contains(village).doesNotContain(otherVillage);
        assertThat(values(ledger.as("secretary2").get("/api/projects").body(), "villageId"))
                .contains(otherVillage).doesNotContain(village);
        for (String user : List.of("finance", "secretary", "inspector")) {
            assertThat(ledger.as(user).postToQuerySide("/api/admin/projections/rebuild", "{}").status())
                    .as(user + " rebuild").isEqualTo(403);
        }
    }

    private static List<String> values(JsonNode list, String field) {
        List<String> values = new ArrayList<>();
        list.forEach(item -> values.add(item.path(field).asString()));
        return values;
    }

    @Test
    void healthIsOpenAndTheRestOfActuatorIsForAdministrators() {
        assertThat(ledger.as("").get("/actuator/health").status()).isEqualTo(200);
        assertThat(ledger.as("").get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(ledger.as("finance").get("/actuator/prometheus").status()).isEqualTo(403);
        assertThat(ledger.as("admin").getText("/actuator/prometheus", "text/plain").status()).isEqualTo(200);
        assertThat(ledger.as("nobody").get("/api/funds").status()).isEqualTo(401);
    }
}
