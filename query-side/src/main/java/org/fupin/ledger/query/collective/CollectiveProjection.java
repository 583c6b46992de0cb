package org.fupin.ledger.query.collective;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.fupin.ledger.query.period.EffectiveDate;
import org.fupin.ledger.query.projection.ProjectionRows;
import org.fupin.ledger.query.projection.RowTable;
import org.fupin.ledger.shared.collective.CollectiveIncomeRecorded;
import org.fupin.ledger.shared.collective.CollectiveSpendingRecorded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** Keeps the entries of each village's collective account in {@code collective_entry_view}. */
@Component
@ProcessingGroup("ledger-projections")
class CollectiveProjection {

    private static final RowTable ENTRIES = RowTable.inserted("collective_entry_view", "village_id", "entry_id");

    private final JdbcClient jdbc;
    private final ProjectionRows rows;

    CollectiveProjection(JdbcClient jdbc, ProjectionRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @EventHandler
    void on(CollectiveIncomeRecorded event, @Timestamp Instant recordedAt) {
        rows.change(ENTRIES, List.of(event.villageId().value(), event.incomeId()), row -> row.insert("kind", "INCOME")
                .insert("amount", event.amount().fen()).insert("category", event.category())
                .insert("asset_project_id", event.assetProjectId() == null ? null : event.assetProjectId().value())
                .insert("period", event.period()).insert("reference", event.receiptNo())
                .insert("recorded_at", recordedAt)
                .insert("effective_date", EffectiveDate.of(event, recordedAt).orElseThrow()));
    }

    @EventHandler
    void on(CollectiveSpendingRecorded event, @Timestamp Instant recordedAt) {
        rows.change(ENTRIES, List.of(event.villageId().value(), event.spendingId()), row -> row.insert("kind", "SPENDING")
                .insert("amount", event.amount().fen()).insert("category", event.purpose())
                .insert("asset_project_id", null).insert("period", null)
                .insert("reference", event.note() == null ? "" : event.note()).insert("recorded_at", recordedAt)
                .insert("effective_date", EffectiveDate.of(event, recordedAt).orElseThrow()));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE collective_entry_view").update();
    }
}
