package org.fupin.ledger.query.fund;

import org.fupin.ledger.query.Amounts;
import org.fupin.ledger.query.http.NotFound;
import org.fupin.ledger.query.position.FundPosition;
import org.fupin.ledger.query.position.FundSourcePosition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.fupin.ledger.query.spreadsheet.Spreadsheet;
import org.fupin.ledger.query.spreadsheet.XlsxDownloads;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Where a fund's money is now: still unallocated (including what villages gave back), available in each
 * village, held by each project, paid to each payee, and reserved by allocations and payments waiting for a
 * second finance officer. The parts sum exactly to the fund's amount.
 */
@RestController
class FundTraceController {

    private final JdbcClient jdbc;
    private final FundMovements movements;
    private final XlsxDownloads xlsx;
    private final TransactionTemplate snapshot;

    FundTraceController(JdbcClient jdbc, FundMovements movements, XlsxDownloads xlsx,
                        PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.movements = movements;
        this.xlsx = xlsx;
        // The trace reads five tables; one snapshot keeps a projection batch committing between two of those
        // reads from tearing the figures apart (the fund before an allocation, the village after it).
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
    }

    /** The fund's whole workbook: where its money is, its allocations and its returns. */
    @GetMapping(path = "/api/funds/{id}/trace", produces = XlsxDownloads.XLSX_VALUE)
    ResponseEntity<byte[]> traceWorkbook(@PathVariable String id) {
        Trace trace = trace(id);
        FundMovements.FundAllocations fund = movements.of(id);
        return xlsx.download(Spreadsheet.of(fund.fundName() + "_资金去向", FundWorkbook.trace(fund.fundName(), trace),
                FundWorkbook.allocations(fund), FundWorkbook.returns(fund)));
    }

    record Part(String id, String amount) {
    }

    /** {@code pendingApproval}: reserved by allocations and payments of this fund waiting for approval. */
    record Trace(String fundId, String amount, String unallocated, String returned, List<Part> villages,
                 List<Part> projects, List<Part> payees, String traced, boolean balanced, String pendingApproval) {
    }

    /** A place the money is and how much of it, in fen. */
    private record Share(String id, long fen) {
        Part part() {
            return new Part(id, Amounts.format(fen));
        }
    }

    @GetMapping("/api/funds/{id}/trace")
    Trace trace(@PathVariable String id) {
        return snapshot.execute(status -> traceInSnapshot(id));
    }

    private Trace traceInSnapshot(String id) {
        FundSourcePosition fund = jdbc.sql("SELECT " + FundSourcePosition.COLUMNS
                        + " FROM fund_view WHERE fund_id = ? AND name IS NOT NULL")
                .param(id).query((row, n) -> FundSourcePosition.read(row))
                .optional().orElseThrow(() -> new NotFound("fund", id));
        List<Share> villages = positions("SELECT village_id AS id, " + FundPosition.VILLAGE_COLUMNS
                + " FROM village_fund_view WHERE fund_id = ? ORDER BY village_id", id, FundPosition::available);
        List<Share> projects = positions("SELECT project_id AS id, " + FundPosition.PROJECT_COLUMNS
                + " FROM project_fund_view WHERE fund_id = ? ORDER BY project_id", id, FundPosition::held);
        List<Share> payees = jdbc.sql("""
                        SELECT p.payee AS id, SUM(s.amount) AS amount
                        FROM payment_split_view s JOIN payment_view p
                          ON p.project_id = s.project_id AND p.disbursement_id = s.disbursement_id
                        WHERE s.fund_id = ? AND NOT p.reversed GROUP BY p.payee ORDER BY p.payee""")
                .param(id).query((row, n) -> new Share(row.getString("id"), row.getLong("amount"))).list();
        long pendingPayments = jdbc.sql("SELECT COALESCE(SUM(pending_approval), 0) FROM project_fund_view WHERE fund_id = ?")
                .param(id).query(Long.class).single();
        long pending = fund.pendingApproval() + pendingPayments;
        long traced = fund.unallocated() + pending + sum(villages) + sum(projects) + sum(payees);
        return new Trace(id, Amounts.format(fund.amount()), Amounts.format(fund.unallocated()),
                Amounts.format(fund.returned()), parts(villages), parts(projects), parts(payees),
                Amounts.format(traced), traced == fund.amount(), Amounts.format(pending));
    }

    /** The non-zero shares of the fund's money, one per row, as {@code figure} derives it from the position. */
    private List<Share> positions(String sql, String fundId, ToLongFunction<FundPosition> figure) {
        return jdbc.sql(sql).param(fundId)
                .query((row, n) -> new Share(row.getString("id"), figure.applyAsLong(FundPosition.read(row))))
                .list().stream().filter(share -> share.fen() != 0).toList();
    }

    private static List<Part> parts(List<Share> shares) {
        return shares.stream().map(Share::part).toList();
    }

    private static long sum(List<Share> shares) {
        return shares.stream().mapToLong(Share::fen).sum();
    }
}
