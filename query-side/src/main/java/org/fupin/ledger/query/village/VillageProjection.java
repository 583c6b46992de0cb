package org.fupin.ledger.query.village;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.fupin.ledger.query.projection.ProjectionRows;
import org.fupin.ledger.query.projection.RowTable;
import org.fupin.ledger.shared.fund.FundsAllocated;
import org.fupin.ledger.shared.village.FundsReturned;
import org.fupin.ledger.shared.village.SecretaryAssigned;
import org.fupin.ledger.shared.village.SecretaryRecalled;
import org.fupin.ledger.shared.village.VillageRegistered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Keeps {@code village_view}, the per-fund money in {@code village_fund_view}, and the First Secretaries in
 * {@code village_secretary}. An allocation counts
 * when the fund decides it ({@link FundsAllocated}); the village's own crediting step carries no new money.
 * A fund's allocated and returned totals are the sums of its villages' rows here ({@code fund_view}).
 * Secretaries change rarely and are written at once; the rest is written per batch ({@link ProjectionRows}).
 */
@Component
@ProcessingGroup("ledger-projections")
class VillageProjection {

    static final RowTable VILLAGES = RowTable.inserted("village_view", "village_id");
    /** Also written by {@code ProjectProjection}: a village's money per fund. */
    static final RowTable VILLAGE_FUNDS = RowTable.upserted("village_fund_view", "village_id", "fund_id");

    private final JdbcClient jdbc;
    private final ProjectionRows rows;

    VillageProjection(JdbcClient jdbc, ProjectionRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    @EventHandler
    void on(VillageRegistered event) {
        rows.change(VILLAGES, List.of(event.villageId().value()), row -> row.insert("name", event.name())
                .insert("town", event.town()).insert("county", event.county()).insert("province", event.province())
                .insert("poverty_households", event.povertyHouseholds()));
    }

    @EventHandler
    void on(FundsAllocated event) {
        rows.change(VILLAGE_FUNDS, List.of(event.villageId().value(), event.fundId().value()),
                row -> row.add("received", event.amount().fen()));
    }

    @EventHandler
    void on(FundsReturned event) {
        rows.change(VILLAGE_FUNDS, List.of(event.villageId().value(), event.fundId().value()),
                row -> row.add("returned", event.amount().fen()));
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
