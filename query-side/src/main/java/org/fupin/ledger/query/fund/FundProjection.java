package org.fupin.ledger.query.fund;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.fupin.ledger.query.projection.ProjectionRows;
import org.fupin.ledger.query.projection.RowTable;
import org.fupin.ledger.shared.fund.AllocationApproved;
import org.fupin.ledger.shared.fund.AllocationRejected;
import org.fupin.ledger.shared.fund.AllocationRequested;
import org.fupin.ledger.shared.fund.FundSourceRegistered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Keeps what {@code fund_view} sums: the fund's own columns in {@code fund_source_view}, and per village what
 * its allocation requests reserve in {@code fund_reservation_view}. What the fund allocated and got back is
 * summed from the villages' rows ({@code village_fund_view}): every village's events are projected on its
 * own segment, and no two segments write one row. A return counts when the village decides it, not when
 * the fund's relay step lands, so the trial balance ties out once both are projected.
 */
@Component
@ProcessingGroup("ledger-projections")
class FundProjection {

    private static final RowTable SOURCES = RowTable.upserted("fund_source_view", "fund_id");
    private static final RowTable RESERVATIONS = RowTable.upserted("fund_reservation_view", "fund_id", "village_id");

    private final JdbcClient jdbc;
    private final ProjectionRows rows;

    FundProjection(JdbcClient jdbc, ProjectionRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @EventHandler
    void on(FundSourceRegistered event) {
        rows.change(SOURCES, List.of(event.fundId().value()), row -> row.set("name", event.name())
                .set("level", event.level()).set("fiscal_year", event.fiscalYear())
                .set("document_no", event.documentNo()).set("amount", event.amount().fen()));
    }

    /** A request reserves its amount; its approval (then an allocation) or rejection releases it. */
    @EventHandler
    void on(AllocationRequested event) {
        reserve(event.fundId().value(), event.villageId().value(), event.amount().fen());
    }

    @EventHandler
    void on(AllocationApproved event) {
        reserve(event.fundId().value(), event.villageId().value(), -event.amount().fen());
    }

    @EventHandler
    void on(AllocationRejected event) {
        reserve(event.fundId().value(), event.villageId().value(), -event.amount().fen());
    }

    private void reserve(String fundId, String villageId, long fen) {
        rows.change(RESERVATIONS, List.of(fundId, villageId), row -> row.add("pending_approval", fen));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE fund_source_view, fund_reservation_view").update();
    }
}
