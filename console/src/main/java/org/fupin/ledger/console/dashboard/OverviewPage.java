package org.fupin.ledger.console.dashboard;

import org.fupin.ledger.console.api.LedgerApi;
import org.fupin.ledger.console.fund.FundView;
import org.fupin.ledger.console.project.ProjectView;
import org.fupin.ledger.console.village.VillageView;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** 资金总览: totals per fund level, the trial balance and its tie-out, and the flow of money as a Sankey. */
@Controller
class OverviewPage {

    private static final ParameterizedTypeReference<List<FundView>> FUNDS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<VillageView>> VILLAGES =
            new ParameterizedTypeReference<>() {
            };
    private static final ParameterizedTypeReference<List<ProjectView>> PROJECTS =
            new ParameterizedTypeReference<>() {
            };

    private final LedgerApi api;

    OverviewPage(LedgerApi api) {
        this.api = api;
    }

    @GetMapping("/overview")
    String overview(Model model) {
        List<FundView> funds = api.read("/api/funds", FUNDS);
        List<VillageView> villages = api.read("/api/villages", VILLAGES);
        List<ProjectView> projects = api.read("/api/projects", PROJECTS);
        model.addAttribute("levels", totalsPerLevel(funds));
        model.addAttribute("balance", api.read("/api/reports/trial-balance", TrialBalanceView.class));
        model.addAttribute("flow", MoneyFlow.of(funds, villages, projects));
        return "dashboard/overview";
    }

    /** The funds' amounts added up per level (CENTRAL, PROVINCIAL, ...), as decimal strings. */
    private static Map<String, String> totalsPerLevel(List<FundView> funds) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        funds.forEach(fund -> totals.merge(fund.level(), new BigDecimal(fund.amount()), BigDecimal::add));
        Map<String, String> shown = new TreeMap<>();
        totals.forEach((level, total) -> shown.put(level, total.toPlainString()));
        return shown;
    }
}
