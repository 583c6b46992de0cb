package org.fupin.ledger.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Z Town of the papers: 7 poor villages, fund sources from the central government down to a donation, and
 * allocations between them, sent through the same HTTP commands a user sends.
 *
 * <p>Every command carries an Idempotency-Key derived from what it creates, so loading twice answers the
 * second time with the original results and appends nothing.
 */
final class DemoData {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String commandSide;

    DemoData(String commandSide) {
        this.commandSide = commandSide;
    }

    void load() throws IOException, InterruptedException {
        List<String[]> commands = new ArrayList<>();
        String[][] villages = {
                {"ZT-DONGGOU", "东沟村", "412"}, {"ZT-XILING", "西岭村", "356"}, {"ZT-NANPO", "南坡村", "298"},
                {"ZT-BEIZHUANG", "北庄村", "341"}, {"ZT-SHIMEN", "石门村", "267"}, {"ZT-XINGHUA", "杏花村", "305"},
                {"ZT-LIUSHUWAN", "柳树湾村", "248"}};
        for (String[] village : villages) {
            commands.add(new String[]{"/api/villages", """
                    {"id":"%s","name":"%s","town":"Z镇","county":"Z县","povertyHouseholds":%s}"""
                    .formatted(village[0], village[1], village[2])});
        }
        commands.add(fund("F-2026-CENTRAL-01", "中央财政专项扶贫资金", "CENTRAL", "3000000.00", "财农〔2026〕8号"));
        commands.add(fund("F-2026-PROV-01", "省级财政专项扶贫资金", "PROVINCIAL", "1500000.00", "晋财农〔2026〕12号"));
        commands.add(fund("F-2026-CITY-01", "市级财政扶贫资金", "MUNICIPAL", "600000.00", "市财农〔2026〕21号"));
        commands.add(fund("F-2026-COUNTY-01", "县级配套扶贫资金", "COUNTY", "400000.00", "县财字〔2026〕5号"));
        commands.add(fund("F-2026-UNIT-01", "派出单位帮扶资金", "DISPATCHING_UNIT", "200000.00", "帮扶〔2026〕1号"));
        commands.add(fund("F-2026-DONATION-01", "社会捐赠", "SOCIAL_DONATION", "85000.50", "捐〔2026〕3号"));
        commands.add(allocation("F-2026-CENTRAL-01", "A-001", "ZT-DONGGOU", "800000.00", "道路硬化 road hardening"));
        commands.add(allocation("F-2026-CENTRAL-01", "A-002", "ZT-XILING", "650000.00", "提水站 water pumping station"));
        commands.add(allocation("F-2026-CENTRAL-01", "A-003", "ZT-NANPO", "500000.00", "光伏电站 photovoltaic station"));
        commands.add(allocation("F-2026-PROV-01", "A-004", "ZT-DONGGOU", "300000.00", "烤房 baking rooms"));
        commands.add(allocation("F-2026-PROV-01", "A-005", "ZT-SHIMEN", "420000.00", "道路硬化 road hardening"));
        commands.add(allocation("F-2026-CITY-01", "A-006", "ZT-XINGHUA", "260000.00", "玉露香梨产业 Yulu pear plots"));
        commands.add(allocation("F-2026-COUNTY-01", "A-007", "ZT-BEIZHUANG", "180000.00", "学校修缮 school repair"));
        commands.add(allocation("F-2026-UNIT-01", "A-008", "ZT-LIUSHUWAN", "150000.00", "培训中心 training centre"));
        commands.add(allocation("F-2026-DONATION-01", "A-009", "ZT-LIUSHUWAN", "85000.50", "日间照料中心 elderly day care"));
        for (String[] command : commands) {
            post(command[0], command[1]);
        }
        System.err.println("[ledger] Z Town demo data loaded: " + commands.size() + " commands");
    }

    private static String[] fund(String id, String name, String level, String amount, String documentNo) {
        return new String[]{"/api/funds", """
                {"id":"%s","name":"%s","level":"%s","fiscalYear":2026,"amount":"%s","documentNo":"%s"}"""
                .formatted(id, name, level, amount, documentNo)};
    }

    private static String[] allocation(String fundId, String id, String villageId, String amount, String purpose) {
        return new String[]{"/api/funds/" + fundId + "/allocations", """
                {"id":"%s","villageId":"%s","amount":"%s","purpose":"%s"}"""
                .formatted(id, villageId, amount, purpose)};
    }

    private void post(String path, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(commandSide + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "demo:" + path + ":" + json.hashCode())
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException("Demo command " + path + " failed with " + response.statusCode() + ": "
                    + response.body());
        }
    }
}
