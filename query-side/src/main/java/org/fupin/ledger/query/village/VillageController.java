package org.fupin.ledger.query.village;

import org.fupin.ledger.access.Caller;
import org.fupin.ledger.query.http.NotFound;
import org.fupin.ledger.query.inspection.AsOf;
import org.fupin.ledger.query.inspection.VillageHistory;
import org.fupin.ledger.query.position.FundPosition;
import org.fupin.ledger.query.spreadsheet.Spreadsheet;
import org.fupin.ledger.query.spreadsheet.XlsxDownloads;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Villages with the money they received, returned, committed and still have, per fund source. */
@RestController
@RequestMapping("/api/villages")
class VillageController {

    private static final String SELECT = """
            SELECT v.village_id, v.name, v.town, v.county, v.province, v.poverty_households,
                   f.fund_id, f.received, f.returned, f.committed, f.released, f.disbursed, f.pending_approval,
                   c.income AS collective_income, c.spent AS collective_spent
            FROM village_view v
            LEFT JOIN village_fund_view f ON f.village_id = v.village_id
            LEFT JOIN (SELECT village_id,
                              SUM(CASE WHEN kind = 'INCOME' THEN amount ELSE 0 END) AS income,
                              SUM(CASE WHEN kind = 'SPENDING' THEN amount ELSE 0 END) AS spent
                       FROM collective_entry_view GROUP BY village_id) c ON c.village_id = v.village_id""";

    private final JdbcClient jdbc;
    private final VillageHistory history;
    private final Secretaries secretaries;
    private final XlsxDownloads xlsx;

    VillageController(JdbcClient jdbc, VillageHistory history, Secretaries secretaries, XlsxDownloads xlsx) {
        this.jdbc = jdbc;
        this.xlsx = xlsx;
        this.history = history;
        this.secretaries = secretaries;
    }

    /** Every village; a secretary sees only their own. */
    @GetMapping
    List<VillageView> all() {
        List<VillageView> all = views(SELECT + " ORDER BY v.village_id, f.fund_id", null);
        Caller caller = Caller.current();
        if (caller.readsEverything()) {
            return all;
        }
        Set<String> own = secretaries.villagesOf(caller.username());
        return all.stream().filter(village -> own.contains(village.id())).toList();
    }

    @GetMapping(produces = XlsxDownloads.XLSX_VALUE)
    ResponseEntity<byte[]> allWorkbook() {
        List<VillageView> villages = all();
        return xlsx.download(Spreadsheet.of("各村资金", VillageWorkbook.totals(villages),
                VillageWorkbook.byFund(villages, fundNames())));
    }

    @GetMapping(path = "/{id}", produces = XlsxDownloads.XLSX_VALUE)
    ResponseEntity<byte[]> oneWorkbook(@PathVariable String id, @RequestParam(required = false) String asOf) {
        VillageView village = one(id, asOf);
        return xlsx.download(Spreadsheet.of(village.name() + "_资金明细", VillageWorkbook.totals(List.of(village)),
                VillageWorkbook.byFund(List.of(village), fundNames())));
    }

    private Map<String, String> fundNames() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT fund_id, name FROM fund_view WHERE name IS NOT NULL")
                .query((ResultSet row) -> {
                    names.put(row.getString("fund_id"), row.getString("name"));
                });
        return names;
    }

    /** The village's First Secretaries, past and present. */
    @GetMapping("/{id}/secretaries")
    List<Secretaries.Assignment> secretaries(@PathVariable String id) {
        one(id, null);
        return secretaries.of(id);
    }

    /** The village now, or with {@code asOf} as it stood then, replayed from its own events. */
    @GetMapping("/{id}")
    VillageView one(@PathVariable String id, @RequestParam(required = false) String asOf) {
        if (asOf != null) {
            return history.replay(id, AsOf.parse("asOf", asOf)).village();
        }
        List<VillageView> found = views(SELECT + " WHERE v.village_id = ? ORDER BY f.fund_id", id);
        if (found.isEmpty()) {
            throw new NotFound("village", id);
        }
        return found.get(0);
    }

    private List<VillageView> views(String sql, String id) {
        Map<String, Builder> villages = new LinkedHashMap<>();
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        if (id != null) {
            statement = statement.param(id);
        }
        statement.query((ResultSet row) -> {
            villages.computeIfAbsent(row.getString("village_id"), key -> new Builder()).add(row);
        });
        return villages.values().stream().map(Builder::build).toList();
    }

    /** Folds the per-fund rows of one village into its view. */
    private static final class Builder {
        private String id;
        private String name;
        private String town;
        private String county;
        private String province;
        private int households;
        private FundPosition total = FundPosition.NONE;
        private long collectiveIncome;
        private long collectiveSpent;
        private final List<VillageView.FundMoney> byFund = new ArrayList<>();

        void add(ResultSet row) {
            try {
                id = row.getString("village_id");
                name = row.getString("name");
                town = row.getString("town");
                county = row.getString("county");
                province = row.getString("province");
                households = row.getInt("poverty_households");
                collectiveIncome = row.getLong("collective_income");
                collectiveSpent = row.getLong("collective_spent");
                String fundId = row.getString("fund_id");
                if (fundId != null) {
                    FundPosition fund = FundPosition.read(row);
                    total = total.plus(fund);
                    byFund.add(VillageView.FundMoney.of(fundId, fund));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        VillageView build() {
            return VillageView.of(id, name, town, county, province, households, total, collectiveIncome,
                    collectiveSpent, byFund);
        }
    }
}
