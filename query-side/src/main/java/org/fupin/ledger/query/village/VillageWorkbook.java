package org.fupin.ledger.query.village;

import org.fupin.ledger.query.spreadsheet.SheetTable;

import java.util.List;
import java.util.Map;

/** Villages' money as workbook sheets: one row per village, and one per village and fund source. */
final class VillageWorkbook {

    private VillageWorkbook() {
    }

    static SheetTable totals(List<VillageView> villages) {
        SheetTable table = SheetTable.titled("村级资金汇总").text("村编号").text("村名").text("乡镇")
                .money("收到（元）").money("退回（元）").money("落实到项目（元）").money("已支付（元）").money("可用（元）")
                .money("集体收入（元）").money("集体支出（元）").money("集体余额（元）");
        for (VillageView v : villages) {
            table.row(v.id(), v.name(), v.town(), v.received(), v.returned(), v.committed(), v.disbursed(),
                    v.available(), v.collectiveIncome(), v.collectiveSpent(), v.collectiveBalance());
        }
        return table;
    }

    static SheetTable byFund(List<VillageView> villages, Map<String, String> fundNames) {
        SheetTable table = SheetTable.titled("分资金来源明细").text("村编号").text("村名").text("资金编号")
                .text("资金名称").money("收到（元）").money("退回（元）").money("落实到项目（元）").money("已支付（元）")
                .money("可用（元）");
        for (VillageView v : villages) {
            for (VillageView.FundMoney f : v.byFund()) {
                table.row(v.id(), v.name(), f.fundId(), fundNames.get(f.fundId()), f.received(), f.returned(),
                        f.committed(), f.disbursed(), f.available());
            }
        }
        return table;
    }
}
