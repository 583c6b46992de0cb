package org.fupin.ledger.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Both apps and the database stop and start again: everything recorded is still there. */
class RestartIT {

    @Test
    void keepsTheLedgerAcrossARestartOfEverything() throws Exception {
        LedgerClient ledger = RunningLedger.client();
        String run = "s" + System.nanoTime();
        ledger.registerVillage(run + "-V", "北庄村");
        ledger.registerFund(run + "-F", "500.00");
        ledger.allocate(run + "-F", "A1", run + "-V", "120.00");
        ledger.await("/api/villages/" + run + "-V", v -> v.path("received").asString().equals("120.00"));
        long events = EventCount.settled();

        RunningLedger.restart();

        assertThat(EventCount.now()).isEqualTo(events);
        assertThat(ledger.get("/api/villages/" + run + "-V").body().path("received").asString()).isEqualTo("120.00");
        assertThat(ledger.get("/api/funds/" + run + "-F").body().path("unallocated").asString()).isEqualTo("380.00");
        assertThat(ledger.post("/api/villages", """
                {"id":"%s-V","name":"again","town":"Z镇","county":"Z县","povertyHouseholds":1}""".formatted(run))
                .status()).isEqualTo(409);
        LedgerClient.expectCreated(ledger.postWhenCredited("/api/villages/" + run + "-V/returns",
                "{\"id\":\"R1\",\"fundId\":\"" + run + "-F\",\"amount\":\"20.00\",\"reason\":\"结余\"}"));
    }
}
