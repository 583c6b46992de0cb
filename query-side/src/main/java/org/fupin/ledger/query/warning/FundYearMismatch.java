package org.fupin.ledger.query.warning;

import org.fupin.ledger.query.Amounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * FUND_YEAR_MISMATCH: an allocation effective in another year than its fund's fiscal year (money of one
 * budget year spent as another's). It holds from the allocation's effective day.
 */
@Component
class FundYearMismatch implements WarningCheck {

    private final JdbcClient jdbc;

    FundYearMismatch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "FUND_YEAR_MISMATCH";
    }

    @Override
    public Set<String> parameters() {
        return Set.of();
    }

    @Override
    public List<Warning> evaluate(WarningRule rule, LocalDate today) {
        return jdbc.sql("""
                        SELECT a.fund_id, a.allocation_id, a.village_id, v.town, a.amount, a.effective_on,
                               f.fiscal_year
                        FROM warning_allocation a JOIN fund_view f ON f.fund_id = a.fund_id
                        LEFT JOIN village_view v ON v.village_id = a.village_id
                        WHERE a.effective_on <= ? AND f.fiscal_year IS NOT NULL
                          AND extract(YEAR FROM a.effective_on) <> f.fiscal_year
                        ORDER BY a.fund_id, a.allocation_id""")
                .param(today)
                .query((row, n) -> {
                    LocalDate effective = row.getObject("effective_on", LocalDate.class);
                    Map<String, String> detail = new LinkedHashMap<>();
                    detail.put("fundId", row.getString("fund_id"));
                    detail.put("fiscalYear", String.valueOf(row.getInt("fiscal_year")));
                    detail.put("effectiveOn", effective.toString());
                    detail.put("amount", Amounts.format(row.getLong("amount")));
                    return Warning.raised(rule, new Warning.Subject("ALLOCATION",
                                    row.getString("fund_id") + "/" + row.getString("allocation_id")), effective, detail,
                            row.getString("village_id"), row.getString("town"));
                })
                .list();
    }
}
