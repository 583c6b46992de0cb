package org.fupin.ledger.query.fund;

import org.fupin.ledger.query.Amounts;
import org.fupin.ledger.query.http.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Where a fund's money is now: still unallocated (including what villages gave back), available in each
 * village, held by each project, and paid to each payee. The parts sum exactly to the fund's amount.
 */
@RestController
class FundTraceController {

    private final JdbcClient jdbc;

    FundTraceController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Part(String id, String amount) {
    }

    record Trace(String fundId, String amount, String unallocated, String returned, List<Part> villages,
                 List<Part> projects, List<Part> payees, String traced, boolean balanced) {
    }

    @GetMapping("/api/funds/{id}/trace")
    Trace trace(@PathVariable String id) {
        long[] fund = jdbc.sql("SELECT amount, allocated, returned FROM fund_view WHERE fund_id = ? AND name IS NOT NULL")
                .param(id)
                .query((row, n) -> new long[]{row.getLong("amount"), row.getLong("allocated"), row.getLong("returned")})
                .optional().orElseThrow(() -> new NotFound("fund", id));
        long unallocated = fund[0] - fund[1] + fund[2];
        List<Part> villages = parts("""
                SELECT village_id AS id, received - returned - committed + released AS amount FROM village_fund_view
                WHERE fund_id = ? AND received - returned - committed + released <> 0 ORDER BY village_id""", id);
        List<Part> projects = parts("""
                SELECT project_id AS id, committed - released - disbursed AS amount FROM project_fund_view
                WHERE fund_id = ? AND committed - released - disbursed <> 0 ORDER BY project_id""", id);
        List<Part> payees = parts("""
                SELECT p.payee AS id, SUM(s.amount) AS amount
                FROM payment_split_view s JOIN payment_view p
                  ON p.project_id = s.project_id AND p.disbursement_id = s.disbursement_id
                WHERE s.fund_id = ? AND NOT p.reversed GROUP BY p.payee ORDER BY p.payee""", id);
        long traced = unallocated + sum(villages) + sum(projects) + sum(payees);
        return new Trace(id, Amounts.format(fund[0]), Amounts.format(unallocated), Amounts.format(fund[2]), villages,
                projects, payees, Amounts.format(traced), traced == fund[0]);
    }

    private List<Part> parts(String sql, String fundId) {
        return jdbc.sql(sql).param(fundId)
                .query((row, n) -> new Part(row.getString("id"), Amounts.format(row.getLong("amount")))).list();
    }

    private static long sum(List<Part> parts) {
        return parts.stream().mapToLong(part -> new java.math.BigDecimal(part.amount()).movePointRight(2).longValueExact())
                .sum();
    }
}
