package org.fupin.ledger.query.village;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.fupin.ledger.shared.fund.FundsAllocated;
import org.fupin.ledger.shared.village.FundsReturned;
import org.fupin.ledger.shared.village.SecretaryAssigned;
import org.fupin.ledger.shared.village.SecretaryRecalled;
import org.fupin.ledger.shared.village.VillageRegistered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code village_view}, the per-fund money in {@code village_fund_view}, and the First Secretaries in
 * {@code village_secretary}. An allocation counts
 * when the fund decides it ({@link FundsAllocated}); the village's own crediting step carries no new money.
 * Per-fund rows are upserted: the fund's and the village's events are projected by different segments.
 */
@Component
@ProcessingGroup("ledger-projections")
class VillageProjection {

    private final JdbcClient jdbc;

    VillageProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(VillageRegistered event) {
        jdbc.sql("""
                        INSERT INTO village_view (village_id, name, town, county, province, poverty_households)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (village_id) DO NOTHING""")
                .params(event.villageId().value(), event.name(), event.town(), event.county(), event.province(),
                        event.povertyHouseholds())
                .update();
    }

    @EventHandler
    void on(FundsAllocated event) {
        jdbc.sql("""
                        INSERT INTO village_fund_view (village_id, fund_id, received) VALUES (?, ?, ?)
                        ON CONFLICT (village_id, fund_id) DO UPDATE SET received = village_fund_view.received + EXCLUDED.received""")
                .params(event.villageId().value(), event.fundId().value(), event.amount().fen())
                .update();
    }

    @EventHandler
    void on(FundsReturned event) {
        jdbc.sql("""
                        INSERT INTO village_fund_view (village_id, fund_id, returned) VALUES (?, ?, ?)
                        ON CONFLICT (village_id, fund_id) DO UPDATE SET returned = village_fund_view.returned + EXCLUDED.returned""")
                .params(event.villageId().value(), event.fundId().value(), event.amount().fen())
                .update();
    }

    @EventHandler
    void on(SecretaryAssigned event) {
        jdbc.sql("""
                        INSERT INTO village_secretary (village_id, username, name, dispatching_unit, since)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (village_id, username) DO UPDATE SET name = EXCLUDED.name,
                            dispatching_unit = EXCLUDED.dispatching_unit, since = EXCLUDED.since, recalled_on = NULL""")
                .params(event.villageId().value(), event.username(), event.name(), event.dispatchingUnit(),
                        event.since())
                .update();
    }

    @EventHandler
    void on(SecretaryRecalled event) {
        jdbc.sql("UPDATE village_secretary SET recalled_on = ? WHERE village_id = ? AND username = ?")
                .params(event.date(), event.villageId().value(), event.username())
                .update();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE village_view, village_fund_view, village_secretary").update();
    }
}
