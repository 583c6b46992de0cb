package org.fupin.ledger.console.dashboard;

import org.fupin.ledger.console.api.LedgerApi;
import org.fupin.ledger.console.fund.FundView;
import org.fupin.ledger.console.project.FundingView;
import org.fupin.ledger.console.project.ProjectView;
import org.fupin.ledger.console.village.VillageView;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
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

    /** The fund levels in the order people read them, as the API names them. */
    private static final List<String> LEVELS = List.of("CENTRAL", "PROVINCIAL", "MUNICIPAL", "COUNTY",
            "DISPATCHING_UNIT", "SOCIAL_DONATION");

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
        model.addAttribute("flow", MoneyFlow.of(funds, villages, projects, payments(projects)));
        return "dashboard/overview";
    }

    /** The payments of every project that has paid out anything, by project id. */
    private Map<String, FundingView> payments(List<ProjectView> projects) {
        Map<String, FundingView> funding = new LinkedHashMap<>();
        projects.stream().filter(project -> new BigDecimal(project.disbursed()).signum() > 0)
                .forEach(project -> funding.put(project.id(),
                        api.read("/api/projects/{id}/funding", FundingView.class, project.id())));
        return funding;
    }

    /** The funds' amounts added up per level, from central government down, as decimal strings. */
    private static Map<String, String> totalsPerLevel(List<FundView> funds) {
        Map<String, BigDecimal> totals = new TreeMap<>(
                Comparator.comparingInt(OverviewPage::rank).thenComparing(Comparator.naturalOrder()));
        funds.forEach(fund -> totals.merge(fund.level(), new BigDecimal(fund.amount()), BigDecimal::add));
        Map<String, String> shown = new LinkedHashMap<>();
        totals.forEach((level, total) -> shown.put(level, total.toPlainString()));
        return shown;
    }

    private static int rank(String level) {
        int rank = LEVELS.indexOf(level);
        return rank < 0 ? LEVELS.size() : rank;
    }
}
