package org.fupin.ledger.query.warning;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.fupin.ledger.query.projection.ProjectionRows;
import org.fupin.ledger.query.projection.RowTable;
import org.fupin.ledger.shared.EventMetadata;
import org.fupin.ledger.shared.fund.FundsAllocated;
import org.fupin.ledger.shared.warning.WarningAcknowledged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Keeps what the warnings need and no other read model has: each allocation with the day it counts from
 * ({@code warning_allocation}), and the inspectors' acknowledgements ({@code warning_acknowledgement}). Part of
 * {@code ledger-projections}, so an event it cannot handle is parked with the others' handling of it, and a
 * rebuild refills it; on a ledger that held events before this projection existed, a rebuild fills it.
 */
@Component
@ProcessingGroup("ledger-projections")
class WarningProjection {

    private static final RowTable ALLOCATIONS = RowTable.inserted("warning_allocation", "fund_id", "allocation_id");

    private final JdbcClient jdbc;
    private final ProjectionRows rows;

    WarningProjection(JdbcClient jdbc, ProjectionRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @EventHandler
    void on(FundsAllocated event, @Timestamp Instant recordedAt) {
        rows.change(ALLOCATIONS, List.of(event.fundId().value(), event.allocationId()), row -> row
                .insert("village_id", event.villageId().value()).insert("amount", event.amount().fen())
                .insert("effective_on", EffectiveDay.of(event, recordedAt)));
    }

    @EventHandler
    void on(WarningAcknowledged event, @Timestamp Instant recordedAt,
            @MetaDataValue(EventMetadata.ACTOR) String actor) {
        jdbc.sql("""
                        INSERT INTO warning_acknowledgement (warning_id, note, acknowledged_by, acknowledged_at)
                        VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(event.warningId().value(), event.note(), actor == null ? "" : actor,
                        java.sql.Timestamp.from(recordedAt))
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE warning_allocation, warning_acknowledgement").update();
    }
}
