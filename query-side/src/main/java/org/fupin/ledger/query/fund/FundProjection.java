package org.fupin.ledger.query.fund;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.fupin.ledger.shared.fund.FundSourceRegistered;
import org.fupin.ledger.shared.fund.FundsAllocated;
import org.fupin.ledger.shared.village.FundsReturned;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code fund_view}. A return counts when the village decides it ({@link FundsReturned}), not when
 * the fund's relay step lands, so the trial balance ties out at every moment.
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
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (fund_id) DO NOTHING""")
                .params(event.fundId().value(), event.name(), event.level().name(), event.fiscalYear(),
                        event.documentNo(), event.amount().fen())
                .update();
    }

    @EventHandler
    void on(FundsAllocated event) {
        jdbc.sql("UPDATE fund_view SET allocated = allocated + ? WHERE fund_id = ?")
                .params(event.amount().fen(), event.fundId().value()).update();
    }

    @EventHandler
    void on(FundsReturned event) {
        jdbc.sql("UPDATE fund_view SET returned = returned + ? WHERE fund_id = ?")
                .params(event.amount().fen(), event.fundId().value()).update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE fund_view").update();
    }
}
