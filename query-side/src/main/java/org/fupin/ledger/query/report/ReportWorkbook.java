package org.fupin.ledger.query.report;

import org.fupin.ledger.query.spreadsheet.ChineseNames;
import org.fupin.ledger.query.spreadsheet.SheetTable;
import org.fupin.ledger.shared.project.ProjectStatus;

/** The reports as workbook sheets: the project board and the trial balance. */
final class ReportWorkbook {

    private ReportWorkbook() {
    }

    /** One row per village and project type: a count per status, then the money budgeted, committed and paid. */
    static SheetTable board(ProjectBoard board) {
        SheetTable table = SheetTable.titled(board.town() == null ? "项目进度一览" : board.town() + " 项目进度一览")
                .text("村编号").text("村名").text("乡镇").text("项目类型");
        for (ProjectStatus status : ProjectStatus.values()) {
            table.column(ChineseNames.of(status.name()), SheetTable.Kind.NUMBER);
        }
        table.money("预算（元）").money("已落实（元）").money("已支付（元）");
        for (ProjectBoard.VillageRow village : board.villages()) {
            for (ProjectBoard.TypeRow type : village.byType()) {
                Object[] cells = new Object[4 + ProjectStatus.values().length + 3];
                cells[0] = village.villageId();
                cells[1] = village.name();
                cells[2] = village.town();
                cells[3] = ChineseNames.of(type.type());
                int c = 4;
                for (ProjectStatus status : ProjectStatus.values()) {
                    cells[c++] = type.countByStatus().get(status.name());
                }
                cells[c++] = type.budget();
                cells[c++] = type.committed();
                cells[c] = type.disbursed();
                table.row(cells);
            }
        }
        return table;
    }

    static SheetTable trialBalance(TrialBalance balance) {
        return SheetTable.titled("试算平衡表").text("项目").money("金额（元）")
                .row("资金总额", balance.fundsTotal())
                .row("未拨付", balance.unallocated())
                .row("村可用", balance.villageAvailable())
                .row("项目占用", balance.projectHeld())
                .row("已支付", balance.disbursed())
                .row("差额", balance.difference())
                .row(balance.balanced() ? "结论：平衡" : "结论：不平衡", null);
    }

    /** Each flow of money as both of its sides recorded it. */
    static SheetTable crossChecks(TrialBalance balance) {
        SheetTable table = SheetTable.titled("两方核对").text("资金流向").text("一方").money("一方金额（元）")
                .text("另一方").money("另一方金额（元）").money("差额（元）").text("是否一致");
        for (TrialBalance.CrossCheck check : balance.crossChecks()) {
            table.row(check.flow(), check.from(), check.fromAmount(), check.to(), check.toAmount(), check.difference(),
                    check.agrees() ? "一致" : "不一致");
        }
        return table;
    }
}
