package org.fupin.ledger.query.fund;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.fupin.ledger.shared.fund.FundsAllocated;
import org.fupin.ledger.shared.village.FundsReturned;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Keeps {@code fund_movement_view}: one row per allocation a fund decided and per return a village decided,
 * so a fund's page can list them. Replaying an event writes the same row again.
 */
@Component
@ProcessingGroup("ledger-projections")
class FundMovementProjection {

    private final JdbcClient jdbc;

    FundMovementProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(FundsAllocated event, @Timestamp Instant recordedAt) {
        record(event.fundId().value(), FundMovements.Kind.ALLOCATION, event.allocationId(),
                event.villageId().value(), event.amount().fen(), event.purpose(), event.documentNo(), recordedAt);
    }

    @EventHandler
    void on(FundsReturned event, @Timestamp Instant recordedAt) {
        record(event.fundId().value(), FundMovements.Kind.RETURN, event.returnId(), event.villageId().value(),
                event.amount().fen(), event.reason(), null, recordedAt);
    }

    private void record(String fundId, FundMovements.Kind kind, String id, String villageId, long fen, String purpose,
                        String documentNo, Instant recordedAt) {
        jdbc.sql("""
                        INSERT INTO fund_movement_view (fund_id, kind, movement_id, village_id, amount, purpose,
                                                        document_no, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (fund_id, kind, village_id, movement_id) DO NOTHING""")
                .params(fundId, kind.name(), id, villageId, fen, purpose, documentNo, recordedAt.atOffset(ZoneOffset.UTC))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE fund_movement_view").update();
    }
}
