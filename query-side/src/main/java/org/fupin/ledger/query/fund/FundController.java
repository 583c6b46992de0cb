package org.fupin.ledger.query.fund;

import org.fupin.ledger.query.Amounts;
import org.fupin.ledger.query.http.NotFound;
import org.fupin.ledger.query.position.FundSourcePosition;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Fund sources with what they allocated, what came back, and what is still unallocated. */
@RestController
@RequestMapping("/api/funds")
class FundController {

    private static final String SELECT = """
            SELECT fund_id, name, level, fiscal_year, document_no, amount, allocated, returned, pending_approval
            FROM fund_view
            WHERE name IS NOT NULL""";

    private static final RowMapper<FundView> ROW = (row, n) -> {
        FundSourcePosition money = FundSourcePosition.read(row);
        return new FundView(row.getString("fund_id"), row.getString("name"), row.getString("level"),
                row.getInt("fiscal_year"), row.getString("document_no"), Amounts.format(money.amount()),
                Amounts.format(money.allocated()), Amounts.format(money.returned()),
                Amounts.format(money.unallocated()), Amounts.format(money.pendingApproval()));
    };

    private final JdbcClient jdbc;

    FundController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping
    List<FundView> all() {
        return jdbc.sql(SELECT + " ORDER BY fund_id").query(ROW).list();
    }

    @GetMapping("/{id}")
    FundView one(@PathVariable String id) {
        return jdbc.sql(SELECT + " AND fund_id = ?").param(id).query(ROW).optional()
                .orElseThrow(() -> new NotFound("fund", id));
    }
}
