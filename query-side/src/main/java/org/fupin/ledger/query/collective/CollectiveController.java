package org.fupin.ledger.query.collective;

import org.fupin.ledger.query.Amounts;
import org.fupin.ledger.query.http.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.fupin.ledger.query.spreadsheet.ChineseNames;
import org.fupin.ledger.query.spreadsheet.SheetTable;
import org.fupin.ledger.query.spreadsheet.Spreadsheet;
import org.fupin.ledger.query.spreadsheet.XlsxDownloads;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** The collective account of a village, as the village committee discloses it. */
@RestController
class CollectiveController {

    /**
     * The month an entry took effect in; entries projected before effective dates existed count on their
     * recording day in Asia/Shanghai.
     */
    private static final String EFFECTIVE_MONTH = "to_char(COALESCE(effective_date, "
            + "(recorded_at AT TIME ZONE 'Asia/Shanghai')::date), 'YYYY-MM')";

    private final JdbcClient jdbc;
    private final XlsxDownloads xlsx;

    CollectiveController(JdbcClient jdbc, XlsxDownloads xlsx) {
        this.jdbc = jdbc;
        this.xlsx = xlsx;
    }

    /** Income and spending entries and income per asset project and per month, one sheet each. */
    @GetMapping(path = "/api/villages/{villageId}/collective", produces = XlsxDownloads.XLSX_VALUE)
    ResponseEntity<byte[]> collectiveWorkbook(@PathVariable String villageId) {
        CollectiveView view = collective(villageId);
        String village = jdbc.sql("SELECT name FROM village_view WHERE village_id = ?").param(villageId)
                .query(String.class).single();
        return xlsx.download(Spreadsheet.of(village + "_集体经济收支",
                entries(village + " 集体经济收入", "收入类别", view.incomeEntries(), view.income()),
                entries(village + " 集体经济支出", "支出用途", view.spendingEntries(), view.spent()),
                totals(village + " 收入按资产项目", "资产项目", view.incomeByAssetProject()),
                totals(village + " 收入按期间", "期间", view.incomeByPeriod())));
    }

    private static SheetTable entries(String title, String category, List<CollectiveView.Entry> entries,
                                      String total) {
        SheetTable table = SheetTable.titled(title).text("编号").text(category).text("资产项目").text("期间")
                .text("票据号或备注").money("金额（元）");
        for (CollectiveView.Entry e : entries) {
            table.row(e.id(), ChineseNames.of(e.category()), e.assetProjectId(), e.period(), e.reference(),
                    e.amount());
        }
        return table.row("合计", null, null, null, null, total);
    }

    private static SheetTable totals(String title, String key, List<CollectiveView.Total> totals) {
        SheetTable table = SheetTable.titled(title).text(key).money("收入（元）");
        totals.forEach(t -> table.row(t.key(), t.amount()));
        return table;
    }

    @GetMapping("/api/villages/{villageId}/collective")
    CollectiveView collective(@PathVariable String villageId) {
        boolean known = jdbc.sql("SELECT count(*) FROM village_view WHERE village_id = ?").param(villageId)
                .query(Long.class).single() > 0;
        if (!known) {
            throw new NotFound("village", villageId);
        }
        List<CollectiveView.Entry> income = entries(villageId, "INCOME");
        List<CollectiveView.Entry> spending = entries(villageId, "SPENDING");
        long in = sum(villageId, "INCOME");
        long out = sum(villageId, "SPENDING");
        return new CollectiveView(villageId, Amounts.format(in), Amounts.format(out), Amounts.format(in - out),
                income, spending, totals(villageId, "asset_project_id"), totals(villageId, "period"),
                totals(villageId, EFFECTIVE_MONTH));
    }

    private List<CollectiveView.Entry> entries(String villageId, String kind) {
        return jdbc.sql("""
                        SELECT entry_id, amount, category, asset_project_id, period, reference,
                               COALESCE(effective_date, (recorded_at AT TIME ZONE 'Asia/Shanghai')::date) AS effective_date
                        FROM collective_entry_view WHERE village_id = ? AND kind = ? ORDER BY recorded_at, entry_id""")
                .params(villageId, kind)
                .query((row, n) -> new CollectiveView.Entry(row.getString("entry_id"),
                        Amounts.format(row.getLong("amount")), row.getString("category"),
                        row.getString("asset_project_id"), row.getString("period"), row.getString("reference"),
                        row.getObject("effective_date", LocalDate.class)))
                .list();
    }

    private long sum(String villageId, String kind) {
        return jdbc.sql("SELECT COALESCE(SUM(amount), 0) FROM collective_entry_view WHERE village_id = ? AND kind = ?")
                .params(villageId, kind).query(Long.class).single();
    }

    /** Income summed by {@code column}, which is one of three fixed expressions, never user input. */
    private List<CollectiveView.Total> totals(String villageId, String column) {
        return jdbc.sql("SELECT " + column + " AS key, SUM(amount) AS amount FROM collective_entry_view "
                        + "WHERE village_id = ? AND kind = 'INCOME' AND " + column + " IS NOT NULL "
                        + "GROUP BY " + column + " ORDER BY " + column)
                .param(villageId)
                .query((row, n) -> new CollectiveView.Total(row.getString("key"), Amounts.format(row.getLong("amount"))))
                .list();
    }
}
