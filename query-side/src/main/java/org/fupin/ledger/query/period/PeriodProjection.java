package org.fupin.ledger.query.period;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.fupin.ledger.query.projection.ProjectionRows;
import org.fupin.ledger.query.projection.RowTable;
import org.fupin.ledger.shared.EventMetadata;
import org.fupin.ledger.shared.period.PeriodClosed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * Keeps the closes of the books in {@code period_close_view}, with the global position of each close event:
 * its link in the hash chain is the integrity head pinned at the close, and in {@code ledger_month_view} the months money entries
 * took effect in, so the period list starts at the ledger's first month.
 */
@Component
@ProcessingGroup("ledger-projections")
class PeriodProjection {

    private static final RowTable MONTHS = RowTable.upserted("ledger_month_view", "period");

    private final JdbcClient jdbc;
    private final ProjectionRows rows;

    PeriodProjection(JdbcClient jdbc, ProjectionRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @EventHandler
    void on(PeriodClosed event, EventMessage<?> message, @MetaDataValue(EventMetadata.ACTOR) String actor,
            TrackingToken token) {
        jdbc.sql("""
                        INSERT INTO period_close_view (period, closed_at, closed_by, note, event_id, position)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(event.period(), java.sql.Timestamp.from(message.getTimestamp()), actor,
                        event.note() == null ? "" : event.note(), message.getIdentifier(),
                        token.position().orElseThrow())
                .update();
    }

    /** Any other event: a money entry marks the month it took effect in as one of the ledger's. */
    @EventHandler
    void on(Object payload, @Timestamp Instant recorded) {
        EffectiveDate.of(payload, recorded).ifPresent(date ->
                rows.change(MONTHS, List.of(YearMonth.from(date).toString()), month -> { }));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE period_close_view, ledger_month_view").update();
    }
}
