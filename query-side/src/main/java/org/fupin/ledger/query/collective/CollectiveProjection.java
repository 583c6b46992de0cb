package org.fupin.ledger.query.collective;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.fupin.ledger.query.period.EffectiveDate;
import org.fupin.ledger.shared.collective.CollectiveIncomeRecorded;
import org.fupin.ledger.shared.collective.CollectiveSpendingRecorded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Keeps the entries of each village's collective account in {@code collective_entry_view}. */
@Component
@ProcessingGroup("ledger-projections")
class CollectiveProjection {

    private static final String INSERT = """
            INSERT INTO collective_entry_view (village_id, entry_id, kind, amount, category, asset_project_id, period,
                                               reference, recorded_at, effective_date)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";

    private final JdbcClient jdbc;

    CollectiveProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CollectiveIncomeRecorded event, @Timestamp Instant recordedAt) {
        jdbc.sql(INSERT).params(event.villageId().value(), event.incomeId(), "INCOME", event.amount().fen(),
                event.category().name(), event.assetProjectId() == null ? null : event.assetProjectId().value(),
                event.period(), event.receiptNo(), java.sql.Timestamp.from(recordedAt),
                EffectiveDate.of(event, recordedAt).orElseThrow()).update();
    }

    @EventHandler
    void on(CollectiveSpendingRecorded event, @Timestamp Instant recordedAt) {
        jdbc.sql(INSERT).params(event.villageId().value(), event.spendingId(), "SPENDING", event.amount().fen(),
                event.purpose().name(), null, null, event.note() == null ? "" : event.note(),
                java.sql.Timestamp.from(recordedAt), EffectiveDate.of(event, recordedAt).orElseThrow()).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE collective_entry_view").update();
    }
}
