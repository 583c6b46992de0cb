package org.fupin.ledger.query.project;

import org.fupin.ledger.query.Amounts;
import org.fupin.ledger.query.http.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every payment of a project, split by the fund sources it was drawn from; the splits sum to the payment. */
@RestController
class ProjectFundingController {

    private final JdbcClient jdbc;

    ProjectFundingController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Split(String fundId, String amount) {
    }

    record Payment(String id, String payee, String voucherNo, String amount, boolean reversed, String reversalReason,
                   List<Split> byFund) {
    }

    record Funding(String projectId, List<Payment> payments) {
    }

    @GetMapping("/api/projects/{id}/funding")
    Funding funding(@PathVariable String id) {
        boolean known = jdbc.sql("SELECT count(*) FROM project_view WHERE project_id = ?").param(id)
                .query(Long.class).single() > 0;
        if (!known) {
            throw new NotFound("project", id);
        }
        Map<String, List<Split>> splits = splits(id);
        List<Payment> payments = jdbc.sql("""
                        SELECT disbursement_id, payee, voucher_no, amount, reversed, reversal_reason FROM payment_view
                        WHERE project_id = ? ORDER BY recorded_at, disbursement_id""")
                .param(id)
                .query((row, n) -> new Payment(row.getString("disbursement_id"), row.getString("payee"),
                        row.getString("voucher_no"), Amounts.format(row.getLong("amount")), row.getBoolean("reversed"),
                        row.getString("reversal_reason"),
                        splits.getOrDefault(row.getString("disbursement_id"), List.of())))
                .list();
        return new Funding(id, payments);
    }

    /** Every payment's splits, read at once. */
    private Map<String, List<Split>> splits(String projectId) {
        Map<String, List<Split>> splits = new HashMap<>();
        jdbc.sql("""
                        SELECT disbursement_id, fund_id, amount FROM payment_split_view WHERE project_id = ?
                        ORDER BY disbursement_id, fund_id""")
                .param(projectId)
                .query((ResultSet row) -> {
                    splits.computeIfAbsent(row.getString("disbursement_id"), key -> new ArrayList<>())
                            .add(new Split(row.getString("fund_id"), Amounts.format(row.getLong("amount"))));
                });
        return splits;
    }
}
