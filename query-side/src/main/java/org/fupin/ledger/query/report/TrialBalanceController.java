package org.fupin.ledger.query.report;

import org.fupin.ledger.query.position.FundPosition;
import org.fupin.ledger.query.position.FundSourcePosition;
import org.fupin.ledger.query.spreadsheet.Spreadsheet;
import org.fupin.ledger.query.spreadsheet.XlsxDownloads;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The trial balance of all poverty funds. One statement sums each ledger's own table (so all are read
 * from the same snapshot), and {@link TrialBalance} derives the terms from those totals.
 */
@RestController
class TrialBalanceController {

    private final JdbcClient jdbc;
    private final XlsxDownloads xlsx;

    TrialBalanceController(JdbcClient jdbc, XlsxDownloads xlsx) {
        this.jdbc = jdbc;
        this.xlsx = xlsx;
    }

    @GetMapping(path = "/api/reports/trial-balance", produces = XlsxDownloads.XLSX_VALUE)
    ResponseEntity<byte[]> trialBalanceWorkbook() {
        TrialBalance balance = trialBalance();
        return xlsx.download(Spreadsheet.of("试算平衡表", ReportWorkbook.trialBalance(balance),
                ReportWorkbook.crossChecks(balance)));
    }

    @GetMapping("/api/reports/trial-balance")
    TrialBalance trialBalance() {
        return jdbc.sql("""
                        SELECT f.amount, f.allocated, f.returned AS fund_returned, f.pending AS fund_pending,
                               p.pending AS project_pending, a.pending AS listed_pending,
                               v.received, v.returned AS village_returned, v.committed AS village_committed,
                               v.released AS village_released,
                               p.committed AS project_committed, p.released AS project_released,
                               p.disbursed AS project_disbursed, pay.paid
                        FROM (SELECT COALESCE(SUM(amount), 0) AS amount, COALESCE(SUM(allocated), 0) AS allocated,
                                     COALESCE(SUM(returned), 0) AS returned,
                                     COALESCE(SUM(pending_approval), 0) AS pending FROM fund_view) f,
                             (SELECT COALESCE(SUM(received), 0) AS received, COALESCE(SUM(returned), 0) AS returned,
                                     COALESCE(SUM(committed), 0) AS committed, COALESCE(SUM(released), 0) AS released
                              FROM village_fund_view) v,
                             (SELECT COALESCE(SUM(committed), 0) AS committed, COALESCE(SUM(released), 0) AS released,
                                     COALESCE(SUM(disbursed), 0) AS disbursed,
                                     COALESCE(SUM(pending_approval), 0) AS pending FROM project_view) p,
                             (SELECT COALESCE(SUM(amount), 0) AS pending FROM approval_view
                              WHERE status = 'PENDING') a,
                             (SELECT COALESCE(SUM(amount), 0) AS paid FROM payment_view WHERE NOT reversed) pay""")
                .query((row, n) -> TrialBalance.of(
                        new FundSourcePosition(row.getLong("amount"), row.getLong("allocated"),
                                row.getLong("fund_returned"), row.getLong("fund_pending")),
                        new FundPosition(row.getLong("received"), row.getLong("village_returned"),
                                row.getLong("village_committed"), row.getLong("village_released"), 0),
                        FundPosition.ofProject(row.getLong("project_committed"), row.getLong("project_released"),
                                row.getLong("project_disbursed"), row.getLong("project_pending")),
                        row.getLong("paid"), row.getLong("listed_pending")))
                .single();
    }
}
