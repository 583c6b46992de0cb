package org.fupin.ledger.system;

import org.fupin.ledger.launcher.DemoData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The Z Town demo goes in through the HTTP commands, and a second load changes nothing. */
class DemoDataIT {

    @Test
    void loadsZTownOnceHoweverOftenItIsLoaded() throws Exception {
        LedgerClient ledger = RunningLedger.client();
        DemoData demo = new DemoData(RunningLedger.system().commandSide().baseUrl());
        demo.load();
        long events = EventCount.settled();

        demo.load();

        assertThat(EventCount.settled()).isEqualTo(events);
        JsonNode villages = ledger.await("/api/villages", v -> v.findValuesAsString("id").contains("ZT-LIUSHUWAN"));
        assertThat(villages.findValuesAsString("name")).contains("东沟村", "柳树湾村");
        JsonNode pv = ledger.await("/api/projects/P-NP-PV", p -> p.path("status").asString().equals("COMPLETED"));
        assertThat(pv.path("disbursed").asString()).isEqualTo("480000.00");
        assertThat(pv.path("verifiedProgressPercent").asInt()).isEqualTo(100);
        assertThat(ledger.await("/api/approvals?status=PENDING", list -> list.toString().contains("A-010")).toString())
                .contains("F-2026-CENTRAL-01");
        assertThat(ledger.get("/api/funds/F-2026-CENTRAL-01").body().path("pendingApproval").asString())
                .isEqualTo("600000.00");
        assertThat(ledger.get("/api/villages/ZT-NANPO/collective").body().path("income").asString()).isEqualTo("45330.50");
        assertThat(ledger.get("/api/reports/trial-balance").body().path("balanced").asBoolean()).isTrue();
        JsonNode september = ledger.await("/api/periods", months -> months.findValuesAsString("period")
                .contains("2026-09")).findParents("period").stream()
                .filter(month -> month.path("period").asString().equals("2026-09")).findFirst().orElseThrow();
        assertThat(september.path("status").asString()).as("the demo closes its books through September")
                .isEqualTo("CLOSED");
        for (String village : new String[]{"ZT-DONGGOU", "ZT-NANPO"}) {
            assertThat(ledger.await("/api/villages/" + village + "/secretaries", s -> s.size() == 1)
                    .get(0).path("username").asString()).isEqualTo("secretary");
        }
        assertThat(ledger.await("/api/villages/ZT-XILING/secretaries", s -> s.size() == 1)
                .get(0).path("username").asString()).isEqualTo("secretary2");
        assertThat(ledger.as("secretary2").get("/api/villages/ZT-DONGGOU").status()).isEqualTo(403);
        assertThat(ledger.as("secretary2").get("/api/villages/ZT-XILING").status()).isEqualTo(200);
        assertThat(ledger.await("/api/warnings?villageId=ZT-LIUSHUWAN&rule=FUND_YEAR_MISMATCH", w -> w.size() == 1)
                .get(0).path("subject").path("id").asString()).isEqualTo("F-2025-COUNTY-02/A-010");
        assertThat(ledger.get("/api/warnings?town=Z镇&rule=OVERDUE_PROJECT").body().findValuesAsString("id"))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(ledger.get("/api/warnings?villageId=ZT-DONGGOU&rule=STALLED_PROJECT").body()
                .findPath("subject").path("id").asString()).isEqualTo("P-DG-ROAD");
    }
}
