package org.fupin.ledger.system;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A village and a fund with more events than the snapshot threshold (500) are snapshotted, and after a
 * restart, loaded from their snapshots, they still know every allocation and every fen they hold.
 */
class SnapshotsIT {

    private static final int ALLOCATIONS = 510;

    @Test
    void aSnapshottedVillageAndFundKeepTheirMoneyAndTheirAllocationIdsAcrossARestart() throws Exception {
        LedgerClient ledger = RunningLedger.client();
        String run = "snap" + System.nanoTime();
        String village = run + "-V";
        String fund = run + "-F";
        ledger.registerVillage(village, "长寿村");
        ledger.registerFund(fund, "100000.00");
        for (int i = 0; i < ALLOCATIONS; i++) {
            ledger.allocate(fund, "A" + i, village, "1.00");
        }
        ledger.await("/api/villages/" + village, v -> v.path("received").asString().equals("510.00"));
        awaitSnapshot("village:" + village);
        awaitSnapshot("fund:" + fund);

        RunningLedger.restart();

        assertThat(ledger.post("/api/funds/" + fund + "/allocations", """
                {"id":"A7","villageId":"%s","amount":"1.00","purpose":"again"}""".formatted(village)).status())
                .isEqualTo(409);
        LedgerClient.expectCreated(ledger.postWhenCredited("/api/villages/" + village + "/returns",
                "{\"id\":\"R1\",\"fundId\":\"" + fund + "\",\"amount\":\"510.00\",\"reason\":\"结余\"}"));
        LedgerClient.Response tooMuch = ledger.post("/api/villages/" + village + "/returns",
                "{\"id\":\"R2\",\"fundId\":\"" + fund + "\",\"amount\":\"0.01\",\"reason\":\"结余\"}");
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.code()).isEqualTo("INSUFFICIENT_VILLAGE_BALANCE");
        LedgerClient.expectCreated(ledger.post("/api/funds/" + fund + "/allocations", """
                {"id":"A-after","villageId":"%s","amount":"99490.00","purpose":"all the rest"}""".formatted(village)));
        LedgerClient.Response beyond = ledger.post("/api/funds/" + fund + "/allocations", """
                {"id":"A-beyond","villageId":"%s","amount":"510.01","purpose":"one fen too many"}""".formatted(village));
        assertThat(beyond.code()).isEqualTo("INSUFFICIENT_FUND_BALANCE");
    }

    /** Snapshots are taken just after a command commits; this waits for one of {@code aggregateId}. */
    private static void awaitSnapshot(String aggregateId) throws Exception {
        for (int i = 0; i < 100; i++) {
            try (Connection db = DriverManager.getConnection(RunningLedger.system().jdbcUrl());
                 PreparedStatement query = db.prepareStatement(
                         "SELECT COUNT(*) FROM event_store.snapshot_event_entry WHERE aggregateidentifier = ?")) {
                query.setString(1, aggregateId);
                try (ResultSet count = query.executeQuery()) {
                    count.next();
                    if (count.getLong(1) > 0) {
                        return;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No snapshot of " + aggregateId + " after " + ALLOCATIONS + " events");
    }
}
