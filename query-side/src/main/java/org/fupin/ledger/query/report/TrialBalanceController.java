package org.fupin.ledger.query.report;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.fupin.ledger.query.Amounts.format;

/** The trial balance of all poverty funds, summed by PostgreSQL in whole fen. */
@RestController
class TrialBalanceController {

    private final JdbcClient jdbc;

    TrialBalanceController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/reports/trial-balance")
    TrialBalance trialBalance() {
        return jdbc.sql("""
                        SELECT (SELECT COALESCE(SUM(amount), 0) FROM fund_view) AS funds_total,
                               (SELECT COALESCE(SUM(amount - allocated + returned), 0) FROM fund_view) AS unallocated,
                               COALESCE(SUM(received - returned - committed + released), 0) AS village_available,
                               COALESCE(SUM(committed - released - disbursed), 0) AS project_held,
                               COALESCE(SUM(disbursed), 0) AS disbursed
                        FROM village_fund_view""")
                .query((row, n) -> {
                    long total = row.getLong("funds_total");
                    long unallocated = row.getLong("unallocated");
                    long available = row.getLong("village_available");
                    long held = row.getLong("project_held");
                    long disbursed = row.getLong("disbursed");
                    return new TrialBalance(format(total), format(unallocated), format(available), format(held),
                            format(disbursed), total == unallocated + available + held + disbursed);
                })
                .single();
    }
}
