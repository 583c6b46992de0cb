package org.fupin.ledger.console.dashboard;

import org.fupin.ledger.console.fund.FundView;
import org.fupin.ledger.console.project.FundingView;
import org.fupin.ledger.console.project.ProjectView;
import org.fupin.ledger.console.village.VillageView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Sankey diagram's nodes and links: fund → village (what the village received from it), village →
 * project (what it committed), project → payee (what each payee was paid from it, reversed payments left out).
 * Every figure is the APIs'; this only arranges them, in yuan, for ECharts.
 */
record MoneyFlow(List<Map<String, String>> nodes, List<Map<String, Object>> links) {

    /**
     * @param funding each project's payments by project id ({@code GET /api/projects/{id}/funding}); a project
     *                missing from it has paid nobody yet
     */
    static MoneyFlow of(List<FundView> funds, List<VillageView> villages, List<ProjectView> projects,
                        Map<String, FundingView> funding) {
        Map<String, String> fundNames = funds.stream().collect(Collectors.toMap(FundView::id, FundView::name));
        Map<String, String> villageNames = villages.stream()
                .collect(Collectors.toMap(VillageView::id, VillageView::name));
        Set<String> nodes = new LinkedHashSet<>();
        List<Map<String, Object>> links = new ArrayList<>();
        for (VillageView village : villages) {
            for (VillageView.FundMoney money : village.byFund()) {
                link(nodes, links, fundNames.getOrDefault(money.fundId(), money.fundId()), village.name(),
                        money.received());
            }
        }
        for (ProjectView project : projects) {
            String village = villageNames.getOrDefault(project.villageId(), project.villageId());
            link(nodes, links, village, project.name(), project.committed());
            FundingView payments = funding.get(project.id());
            if (payments != null) {
                paidPerPayee(payments).forEach((payee, paid) -> link(nodes, links, project.name(), payee, paid));
            }
        }
        Function<String, Map<String, String>> node = name -> Map.of("name", name);
        return new MoneyFlow(nodes.stream().map(node).toList(), links);
    }

    /** What each payee received, in the order first paid; a reversed payment paid nobody. */
    private static Map<String, String> paidPerPayee(FundingView funding) {
        Map<String, BigDecimal> paid = new LinkedHashMap<>();
        funding.payments().stream().filter(payment -> !payment.reversed())
                .forEach(payment -> paid.merge(payment.payee(), new BigDecimal(payment.amount()), BigDecimal::add));
        Map<String, String> shown = new LinkedHashMap<>();
        paid.forEach((payee, amount) -> shown.put(payee, amount.toPlainString()));
        return shown;
    }

    private static void link(Set<String> nodes, List<Map<String, Object>> links, String from, String to,
                             String amount) {
        BigDecimal value = new BigDecimal(amount);
        if (value.signum() > 0) {
            nodes.add(from);
            nodes.add(to);
            links.add(Map.of("source", from, "target", to, "value", value));
        }
    }
}
