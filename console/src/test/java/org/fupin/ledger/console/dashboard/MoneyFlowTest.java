package org.fupin.ledger.console.dashboard;

import org.fupin.ledger.console.fund.FundView;
import org.fupin.ledger.console.project.FundingView;
import org.fupin.ledger.console.project.FundingView.Payment;
import org.fupin.ledger.console.project.FundingView.Split;
import org.fupin.ledger.console.project.ProjectView;
import org.fupin.ledger.console.village.VillageView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyFlowTest {

    private static final FundView FUND = new FundView("F1", "省级专项", "PROVINCIAL", 2026, "晋财〔2026〕1号",
            "100000.00", "80000.00", "0.00", "20000.00");
    private static final VillageView VILLAGE = new VillageView("V1", "石门村", "Z镇", "Z县", "山西", 10,
            "80000.00", "0.00", "60000.00", "45000.00", "20000.00", "0.00", "0.00", "0.00",
            List.of(new VillageView.FundMoney("F1", "80000.00", "0.00", "60000.00", "45000.00", "20000.00")));
    private static final ProjectView ROAD = new ProjectView("P1", "V1", "ROAD_HARDENING", "通村路", "IN_PROGRESS",
            "60000.00", "60000.00", "45000.00", "0.00", "15000.00", 40, null, null, false, false, null, null,
            List.of());

    @Test
    void endsEachProjectsFlowAtThePayeesItPaidLeavingReversedPaymentsOut() {
        FundingView funding = new FundingView("P1", List.of(
                payment("D1", "路桥公司", "30000.00", false),
                payment("D2", "监理所", "5000.00", false),
                payment("D3", "路桥公司", "10000.00", false),
                payment("D4", "错付公司", "7000.00", true)));

        MoneyFlow flow = MoneyFlow.of(List.of(FUND), List.of(VILLAGE), List.of(ROAD), Map.of("P1", funding));

        assertThat(flow.nodes()).extracting(node -> node.get("name"))
                .containsExactly("省级专项", "石门村", "通村路", "路桥公司", "监理所");
        assertThat(flow.links()).containsExactly(
                link("省级专项", "石门村", "80000.00"),
                link("石门村", "通村路", "60000.00"),
                link("通村路", "路桥公司", "40000.00"),
                link("通村路", "监理所", "5000.00"));
    }

    @Test
    void aProjectThatPaidNobodyEndsAtTheProject() {
        MoneyFlow flow = MoneyFlow.of(List.of(FUND), List.of(VILLAGE), List.of(ROAD), Map.of());

        assertThat(flow.links()).extracting(link -> link.get("source")).doesNotContain("通村路");
        assertThat(flow.nodes()).extracting(node -> node.get("name")).containsExactly("省级专项", "石门村", "通村路");
    }

    private static Payment payment(String id, String payee, String amount, boolean reversed) {
        return new Payment(id, payee, "V-" + id, amount, reversed, reversed ? "错付" : null,
                List.of(new Split("F1", amount)));
    }

    private static Map<String, Object> link(String source, String target, String amount) {
        return Map.of("source", source, "target", target, "value", new BigDecimal(amount));
    }
}
