package org.fupin.ledger.query.fund;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.fupin.ledger.shared.fund.AllocationApproved;
import org.fupin.ledger.shared.fund.AllocationRejected;
import org.fupin.ledger.shared.fund.AllocationRequested;
import org.fupin.ledger.shared.fund.FundSourceRegistered;
import org.fupin.ledger.shared.fund.FundsAllocated;
import org.fupin.ledger.shared.village.FundsReturned;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code fund_view}. A return counts when the village decides it ({@link FundsReturned}), not when
 * the fund's relay step lands, so the trial balance ties out once both are projected. Every write is an
 * upsert: the village's events may be projected before the fund's registration.
 */
@Component
@ProcessingGroup("ledger-projections")
class FundProjection {

    private final JdbcClient jdbc;

    FundProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(FundSourceRegistered event) {
        jdbc.sql("""
                        INSERT INTO fund_view (fund_id, name, level, fiscal_year, document_no, amount)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (fund_id) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level,
                            fiscal_year = EXCLUDED.fiscal_year, document_no = EXCLUDED.document_no,
                            amount = EXCLUDED.amount""")
                .params(event.fundId().value(), event.name(), event.level().name(), event.fiscalYear(),
                        event.documentNo(), event.amount().fen())
                .update();
    }

    @EventHandler
    void on(FundsAllocated event) {
        jdbc.sql("""
                        INSERT INTO fund_view (fund_id, allocated) VALUES (?, ?)
                        ON CONFLICT (fund_id) DO UPDATE SET allocated = fund_view.allocated + EXCLUDED.allocated""")
                .params(event.fundId().value(), event.amount().fen()).update();
    }

    /** A request reserves its amount; its approval (then {@link FundsAllocated}) or rejection releases it. */
    @EventHandler
    void on(AllocationRequested event) {
        reserve(event.fundId().value(), event.amount().fen());
    }

    @EventHandler
    void on(AllocationApproved event) {
        reserve(event.fundId().value(), -event.amount().fen());
    }

    @EventHandler
    void on(AllocationRejected event) {
        reserve(event.fundId().value(), -event.amount().fen());
    }

    private void reserve(String fundId, long fen) {
        jdbc.sql("""
                        INSERT INTO fund_view (fund_id, pending_approval) VALUES (?, ?)
                        ON CONFLICT (fund_id) DO UPDATE
                        SET pending_approval = fund_view.pending_approval + EXCLUDED.pending_approval""")
                .params(fundId, fen).update();
    }

    @EventHandler
    void on(FundsReturned event) {
        jdbc.sql("""
                        INSERT INTO fund_view (fund_id, returned) VALUES (?, ?)
                        ON CONFLICT (fund_id) DO UPDATE SET returned = fund_view.returned + EXCLUDED.returned""")
                .params(event.fundId().value(), event.amount().fen()).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE fund_view").update();
    }
}
