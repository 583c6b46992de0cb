package org.fupin.ledger.command.plan;

import org.fupin.ledger.command.plan.PlanPreview.FundTotal;
import org.fupin.ledger.command.plan.PlanPreview.PlannedRow;
import org.fupin.ledger.command.plan.PlanPreview.RowError;
import org.fupin.ledger.command.plan.PlanTargets.FundStanding;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Identifiers;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.VillageId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.fupin.ledger.command.http.RequestFields.NAME_LIMIT;
import static org.fupin.ledger.command.http.RequestFields.TEXT_LIMIT;

/**
 * Checks every line of a plan and the plan as a whole: each row names a registered fund and village by id,
 * an amount greater than zero with at most two decimals, a purpose; no fund and village pair appears twice;
 * and no fund is asked for more than it has unallocated. Rows already recorded from this file count for
 * nothing, so a second upload of a confirmed file is valid and adds nothing.
 */
final class PlanCheck {

    private final String planId;
    private final PlanTargets.Lookup targets;
    private final List<Draft> drafts = new ArrayList<>();
    private final Map<String, Integer> firstRowOfPair = new HashMap<>();

    private PlanCheck(String planId, PlanTargets.Lookup targets) {
        this.planId = planId;
        this.targets = targets;
    }

    static PlanPreview of(String planId, List<PlanLine> lines, PlanTargets.Lookup targets) {
        PlanCheck check = new PlanCheck(planId, targets);
        lines.forEach(check::row);
        List<FundTotal> totals = check.totals();
        List<PlannedRow> rows = check.drafts.stream().map(Draft::planned).toList();
        return new PlanPreview(planId, rows, rows.stream().allMatch(row -> row.errors().isEmpty()), totals);
    }

    /** The allocation id a row of a plan goes in under: the same for the same file and row, every time. */
    static String allocationId(String planId, int row) {
        return "AP-" + planId.substring(0, 20) + "-" + row;
    }

    private void row(PlanLine line) {
        Draft draft = new Draft(line, allocationId(planId, line.row()));
        if (line.hidden()) {
            draft.error("row", "HIDDEN_ROW", "此行在表格中被隐藏；请取消隐藏或删除后再上传");
        }
        line.formulas().forEach(column -> draft.error(column.field(), "FORMULA_NOT_ALLOWED",
                "“" + column.header() + "”是公式，不予计算；请复制后“粘贴为数值”再上传"));
        draft.fund = fund(draft, line.text(PlanColumn.FUND));
        draft.villageName = village(draft, line.text(PlanColumn.VILLAGE));
        draft.amount = amount(draft, line.text(PlanColumn.AMOUNT));
        text(draft, PlanColumn.PURPOSE, true, TEXT_LIMIT);
        text(draft, PlanColumn.DOCUMENT_NUMBER, false, NAME_LIMIT);
        draft.alreadyRecorded = draft.fund != null && draft.fund.allocationIds().contains(draft.allocationId);
        duplicate(draft);
        drafts.add(draft);
    }

    private FundStanding fund(Draft draft, String id) {
        if (!present(draft, PlanColumn.FUND, id) || !validId(draft, PlanColumn.FUND, id)) {
            return null;
        }
        Optional<FundStanding> fund = targets.fund(FundId.of(id));
        if (fund.isEmpty()) {
            draft.error(PlanColumn.FUND.field(), "FUND_NOT_FOUND", "没有编号为“" + id + "”的资金");
        }
        return fund.orElse(null);
    }

    private String village(Draft draft, String id) {
        if (!present(draft, PlanColumn.VILLAGE, id) || !validId(draft, PlanColumn.VILLAGE, id)) {
            return null;
        }
        Optional<String> name = targets.villageName(VillageId.of(id));
        if (name.isEmpty()) {
            draft.error(PlanColumn.VILLAGE.field(), "VILLAGE_NOT_FOUND", "没有编号为“" + id + "”的村");
        }
        return name.orElse(null);
    }

    /** Thousands separators as Excel shows them ({@code 1,200,000.00}) are accepted; nothing else is loose. */
    private static Money amount(Draft draft, String text) {
        if (!present(draft, PlanColumn.AMOUNT, text)) {
            return null;
        }
        String digits = text.matches("[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]*)?") ? text.replace(",", "") : text;
        try {
            return Money.parseAmount(digits);
        } catch (IllegalArgumentException e) {
            draft.error(PlanColumn.AMOUNT.field(), "INVALID_AMOUNT",
                    "金额须为大于 0 的数字，最多两位小数，不超过 " + Money.MAX_COMMAND_AMOUNT + " 元，如 120000.00");
            return null;
        }
    }

    private static void text(Draft draft, PlanColumn column, boolean required, int limit) {
        String value = draft.line.text(column);
        if (required && !present(draft, column, value)) {
            return;
        }
        if (value.codePointCount(0, value.length()) > limit) {
            draft.error(column.field(), "TOO_LONG", "“" + column.header() + "”最多 " + limit + " 个字");
        } else if (value.codePoints().anyMatch(Character::isISOControl)) {
            draft.error(column.field(), "INVALID_TEXT", "“" + column.header() + "”含有控制字符");
        }
    }

    private static boolean present(Draft draft, PlanColumn column, String value) {
        if (value.isEmpty() && !draft.line.formulas().contains(column)) {
            draft.error(column.field(), "REQUIRED", "“" + column.header() + "”不能为空");
        }
        return !value.isEmpty();
    }

    private static boolean validId(Draft draft, PlanColumn column, String id) {
        if (!Identifiers.isValid(id)) {
            draft.error(column.field(), "INVALID_ID",
                    "“" + column.header() + "”须为台账中的编号：字母、数字、点、下划线或连字符，最长 64 位");
            return false;
        }
        return true;
    }

    private void duplicate(Draft draft) {
        if (draft.fund == null || draft.villageName == null) {
            return;
        }
        String pair = draft.fund.fundId().value() + "\n" + draft.line.text(PlanColumn.VILLAGE);
        Integer first = firstRowOfPair.putIfAbsent(pair, draft.line.row());
        if (first != null) {
            draft.error(PlanColumn.VILLAGE.field(), "DUPLICATE_ROW",
                    "与第 " + first + " 行重复：同一资金拨付同一村只能有一行");
        }
    }

    private List<FundTotal> totals() {
        Map<String, Money> planned = new LinkedHashMap<>();
        Map<String, FundStanding> funds = new HashMap<>();
        for (Draft draft : drafts) {
            if (draft.fund != null && draft.amount != null && !draft.alreadyRecorded) {
                String fundId = draft.fund.fundId().value();
                planned.merge(fundId, draft.amount, Money::plus);
                funds.put(fundId, draft.fund);
            }
        }
        List<FundTotal> totals = new ArrayList<>();
        planned.forEach((fundId, total) -> {
            FundStanding fund = funds.get(fundId);
            boolean over = total.isGreaterThan(fund.unallocated());
            totals.add(new FundTotal(fundId, fund.name(), total.toString(), fund.unallocated().toString(), over));
            if (over) {
                drafts.stream().filter(draft -> draft.fund == fund && draft.amount != null && !draft.alreadyRecorded)
                        .forEach(draft -> draft.error(PlanColumn.AMOUNT.field(), "FUND_OVER_ALLOCATED",
                                "资金“" + fund.name() + "”本表合计 " + total + " 元，超过其可分配余额 "
                                        + fund.unallocated() + " 元；整张表不予记录"));
            }
        });
        return totals;
    }

    private static final class Draft {

        private final PlanLine line;
        private final String allocationId;
        private final List<RowError> errors = new ArrayList<>();
        private FundStanding fund;
        private String villageName;
        private Money amount;
        private boolean alreadyRecorded;

        Draft(PlanLine line, String allocationId) {
            this.line = line;
            this.allocationId = allocationId;
        }

        void error(String field, String code, String message) {
            errors.add(new RowError(field, code, message));
        }

        PlannedRow planned() {
            return new PlannedRow(line.row(), line.text(PlanColumn.FUND), fund == null ? null : fund.name(),
                    line.text(PlanColumn.VILLAGE), villageName,
                    amount == null ? line.text(PlanColumn.AMOUNT) : amount.toString(),
                    line.text(PlanColumn.PURPOSE), line.text(PlanColumn.DOCUMENT_NUMBER), allocationId,
                    alreadyRecorded, List.copyOf(errors));
        }
    }
}
