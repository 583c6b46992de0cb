package org.fupin.ledger.query.fund;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.fupin.ledger.query.projection.ProjectionRows;
import org.fupin.ledger.query.projection.RowTable;
import org.fupin.ledger.shared.fund.FundsAllocated;
import org.fupin.ledger.shared.village.FundsReturned;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Keeps {@code fund_movement_view}: one row per allocation a fund decided and per return a village decided,
 * so a fund's page can list them. Replaying an event writes the same row again.
 */
@Component
@ProcessingGroup("ledger-projections")
class FundMovementProjection {

    private static final RowTable MOVEMENTS = RowTable.inserted("fund_movement_view", "fund_id", "kind", "village_id",
            "movement_id");

    private final JdbcClient jdbc;
    private final ProjectionRows rows;

    FundMovementProjection(JdbcClient jdbc, ProjectionRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
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
        rows.change(MOVEMENTS, List.of(fundId, kind, villageId, id), row -> row.insert("amount", fen)
                .insert("purpose", purpose).insert("document_no", documentNo).insert("recorded_at", recordedAt));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE fund_movement_view").update();
    }
}
