package org.fupin.ledger.query.fund;

import org.fupin.ledger.query.spreadsheet.SheetTable;

/** A fund's tables as workbook sheets: its allocations, its returns, and where its money is now. */
final class FundWorkbook {

    private FundWorkbook() {
    }

    static SheetTable allocations(FundMovements.FundAllocations fund) {
        SheetTable table = SheetTable.titled(fund.fundName() + " 拨付明细")
                .text("拨付编号").text("村编号").text("村名").money("金额（元）").text("用途").text("文号")
                .column("记录时间", SheetTable.Kind.DATE_TIME);
        for (FundMovements.Allocation a : fund.allocations()) {
            table.row(a.allocationId(), a.villageId(), a.villageName(), a.amount(), a.purpose(), a.documentNo(),
                    a.recordedAt());
        }
        return table.row("合计", null, null, fund.allocatedTotal(), null, null, null);
    }

    static SheetTable returns(FundMovements.FundAllocations fund) {
        SheetTable table = SheetTable.titled(fund.fundName() + " 退回明细")
                .text("退回编号").text("村编号").text("村名").money("金额（元）").text("原因")
                .column("记录时间", SheetTable.Kind.DATE_TIME);
        for (FundMovements.Return r : fund.returns()) {
            table.row(r.returnId(), r.villageId(), r.villageName(), r.amount(), r.reason(), r.recordedAt());
        }
        return table.row("合计", null, null, fund.returnedTotal(), null, null);
    }

    /** One row per place the money is: unallocated, each village, each project, each payee; then the total. */
    static SheetTable trace(String fundName, FundTraceController.Trace trace) {
        SheetTable table = SheetTable.titled(fundName + " 资金去向").text("去向").text("编号或收款人").money("金额（元）");
        table.row("资金总额", trace.fundId(), trace.amount());
        table.row("未拨付", null, trace.unallocated());
        trace.villages().forEach(part -> table.row("村可用", part.id(), part.amount()));
        trace.projects().forEach(part -> table.row("项目占用", part.id(), part.amount()));
        trace.payees().forEach(part -> table.row("已支付", part.id(), part.amount()));
        table.row("已退回（含在未拨付中）", null, trace.returned());
        return table.row(trace.balanced() ? "合计（与资金总额相符）" : "合计（与资金总额不符）", null, trace.traced());
    }
}
