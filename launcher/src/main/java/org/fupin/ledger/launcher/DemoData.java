package org.fupin.ledger.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Z Town of the papers: 7 poor villages with their First Secretaries ({@code secretary} for two of them,
 * {@code secretary2} for three), fund sources from the central government down to a donation, allocations
 * between them, and projects, sent through the same HTTP commands, by the same local users, a user sends.
 * Allocations of 500000.00 or more are approved by a second finance officer ({@code finance2}), except one left
 * waiting for approval; every payment follows progress an inspector verified.
 *
 * <p>Money entries carry the voucher dates of the story (January to September 2026), and the books are
 * closed through September ({@link #CLOSED_THROUGH}), so the demo shows closed and open months.
 *
 * <p>Every command carries an Idempotency-Key derived from what it creates, so loading twice answers the
 * second time with the original results and appends nothing.
 */
public final class DemoData {

    static final String ADMIN = "admin";
    static final String FINANCE = "finance";
    static final String FINANCE2 = "finance2";
    static final String SECRETARY = "secretary";
    static final String SECRETARY2 = "secretary2";
    static final String INSPECTOR = "inspector";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final ZoneId LEDGER_ZONE = ZoneId.of("Asia/Shanghai");
    /** The demo's books are closed through this month; all its money is dated before. */
    static final YearMonth CLOSED_THROUGH = YearMonth.of(2026, 9);

    private final String commandSide;

    public DemoData(String commandSide) {
        this.commandSide = commandSide;
    }

    public void load() throws IOException, InterruptedException {
        List<String[]> commands = new ArrayList<>();
        String[][] villages = {
                {"ZT-DONGGOU", "东沟村", "412"}, {"ZT-XILING", "西岭村", "356"}, {"ZT-NANPO", "南坡村", "298"},
                {"ZT-BEIZHUANG", "北庄村", "341"}, {"ZT-SHIMEN", "石门村", "267"}, {"ZT-XINGHUA", "杏花村", "305"},
                {"ZT-LIUSHUWAN", "柳树湾村", "248"}};
        for (String[] village : villages) {
            commands.add(step(ADMIN, "/api/villages", """
                    {"id":"%s","name":"%s","town":"Z镇","county":"Z县","province":"山西省","povertyHouseholds":%s}"""
                    .formatted(village[0], village[1], village[2])));
        }
        commands.add(secretary("ZT-DONGGOU", SECRETARY, "李明", "省财政厅"));
        commands.add(secretary("ZT-NANPO", SECRETARY, "李明", "省财政厅"));
        for (String village : new String[]{"ZT-XILING", "ZT-XINGHUA", "ZT-SHIMEN"}) {
            commands.add(secretary(village, SECRETARY2, "王芳", "省农业农村厅"));
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
        for (String[] approved : new String[][]{{"F-2026-CENTRAL-01", "A-001"}, {"F-2026-CENTRAL-01", "A-002"},
                {"F-2026-CENTRAL-01", "A-003"}}) {
            commands.add(step(FINANCE2, "/api/funds/" + approved[0] + "/allocations/" + approved[1] + "/approval",
                    "{\"note\":\"复核同意 second signature\"}"));
        }
        // Left waiting for a second finance officer: the approvals page has something to show.
        commands.add(allocation("F-2026-CENTRAL-01", "A-010", "ZT-BEIZHUANG", "600000.00", "安全饮水 drinking water"));
        commands.add(allocation("F-2026-PROV-01", "A-004", "ZT-DONGGOU", "300000.00", "烤房 baking rooms"));
        commands.add(allocation("F-2026-PROV-01", "A-005", "ZT-SHIMEN", "420000.00", "道路硬化 road hardening"));
        commands.add(allocation("F-2026-CITY-01", "A-006", "ZT-XINGHUA", "260000.00", "玉露香梨产业 Yulu pear plots"));
        commands.add(allocation("F-2026-COUNTY-01", "A-007", "ZT-BEIZHUANG", "180000.00", "学校修缮 school repair"));
        commands.add(allocation("F-2026-UNIT-01", "A-008", "ZT-LIUSHUWAN", "150000.00", "培训中心 training centre"));
        commands.add(allocation("F-2026-DONATION-01", "A-009", "ZT-LIUSHUWAN", "85000.50", "日间照料中心 elderly day care"));
        commands.addAll(warnings());
        commands.addAll(projects());
        commands.addAll(periodClose());
        for (String[] command : commands) {
            post(command[0], command[1], command[2]);
        }
        System.err.println("[ledger] Z Town demo data loaded: " + commands.size() + " commands");
    }

    /** Projects of several types at different stages, with milestones, payments and collective income. */
    private static List<String[]> projects() {
        List<String[]> steps = new ArrayList<>();
        steps.add(project("P-DG-ROAD", "ZT-DONGGOU", "ROAD_HARDENING", "东沟村通村道路硬化", "600000.00",
                "2026-03-01", "2026-09-30", "{\"lengthKm\":4.2,\"widthM\":4.5}"));
        steps.add(step(FINANCE, "/api/projects/P-DG-ROAD/approve", "{\"note\":\"可行性评审通过\"}"));
        steps.add(step(FINANCE, "/api/projects/P-DG-ROAD/commitments",
                "{\"id\":\"C-1\",\"amount\":\"600000.00\",\"fundId\":\"F-2026-CENTRAL-01\",\"effectiveDate\":\"" + effective("2026-03-02") + "\"}"));
        steps.add(step(SECRETARY, "/api/projects/P-DG-ROAD/start", "{\"date\":\"2026-03-05\"}"));
        steps.add(milestone("P-DG-ROAD", "M-1", "路基完成 roadbed done", "2026-05-10", 40));
        steps.add(milestone("P-DG-ROAD", "M-2", "水泥路面浇筑 concrete poured", "2026-08-20", 85));
        steps.add(verification("P-DG-ROAD", "M-1"));
        steps.add(step(FINANCE, "/api/projects/P-DG-ROAD/disbursements",
                "{\"id\":\"D-1\",\"amount\":\"350000.00\",\"payee\":\"晋通路桥工程公司\",\"voucherNo\":\"记-2026-031\",\"effectiveDate\":\"" + effective("2026-08-25") + "\"}"));

        steps.add(project("P-DG-BAKE", "ZT-DONGGOU", "BAKING_ROOM", "东沟村连体烤房", "280000.00",
                "2026-02-01", "2026-06-30", "{\"rooms\":12,\"crop\":\"tobacco 烟叶\"}"));
        steps.add(step(FINANCE, "/api/projects/P-DG-BAKE/approve", "{\"note\":\"\"}"));
        steps.add(step(FINANCE, "/api/projects/P-DG-BAKE/commitments",
                "{\"id\":\"C-1\",\"amount\":\"280000.00\",\"fundId\":\"F-2026-PROV-01\",\"effectiveDate\":\"" + effective("2026-02-05") + "\"}"));
        steps.add(step(SECRETARY, "/api/projects/P-DG-BAKE/start", "{\"date\":\"2026-02-10\"}"));
        steps.add(milestone("P-DG-BAKE", "M-1", "烤房主体完工", "2026-05-30", 100));
        steps.add(verification("P-DG-BAKE", "M-1"));
        steps.add(step(FINANCE, "/api/projects/P-DG-BAKE/disbursements",
                "{\"id\":\"D-1\",\"amount\":\"280000.00\",\"payee\":\"丰源建筑队\",\"voucherNo\":\"记-2026-044\",\"effectiveDate\":\"" + effective("2026-06-05") + "\"}"));
        steps.add(step(SECRETARY, "/api/projects/P-DG-BAKE/complete", "{\"date\":\"2026-06-15\"}"));
        steps.add(step(INSPECTOR, "/api/projects/P-DG-BAKE/accept", "{\"date\":\"2026-06-28\",\"note\":\"验收合格\"}"));
        steps.add(income("ZT-DONGGOU", "I-2026-09-BAKE", "18600.00", "BAKING_ROOM", "P-DG-BAKE", "2026-09", "收-0917"));

        steps.add(project("P-NP-PV", "ZT-NANPO", "PHOTOVOLTAIC_STATION", "南坡村200千瓦光伏电站", "500000.00",
                "2026-01-10", "2026-05-31", "{\"capacityKw\":200}"));
        steps.add(step(FINANCE, "/api/projects/P-NP-PV/approve", "{\"note\":\"\"}"));
        steps.add(step(FINANCE, "/api/projects/P-NP-PV/commitments", "{\"id\":\"C-1\",\"amount\":\"500000.00\",\"effectiveDate\":\"" + effective("2026-01-12") + "\"}"));
        steps.add(step(SECRETARY, "/api/projects/P-NP-PV/start", "{\"date\":\"2026-01-15\"}"));
        steps.add(milestone("P-NP-PV", "M-1", "并网发电 grid connected", "2026-05-20", 100));
        steps.add(verification("P-NP-PV", "M-1"));
        steps.add(step(FINANCE, "/api/projects/P-NP-PV/disbursements",
                "{\"id\":\"D-1\",\"amount\":\"480000.00\",\"payee\":\"阳光新能源公司\",\"voucherNo\":\"记-2026-052\",\"effectiveDate\":\"" + effective("2026-05-28") + "\"}"));
        steps.add(step(SECRETARY, "/api/projects/P-NP-PV/complete", "{\"date\":\"2026-05-25\"}"));
        steps.add(income("ZT-NANPO", "I-2026-07-PV", "21350.00", "PHOTOVOLTAIC", "P-NP-PV", "2026-07", "电-0731"));
        steps.add(income("ZT-NANPO", "I-2026-08-PV", "23980.50", "PHOTOVOLTAIC", "P-NP-PV", "2026-08", "电-0831"));
        steps.add(step(SECRETARY, "/api/villages/ZT-NANPO/collective-spending",
                "{\"id\":\"S-2026-09-JOBS\",\"amount\":\"12000.00\",\"purpose\":\"PUBLIC_WELFARE_JOBS\",\"note\":\"保洁员、护林员公益岗位\",\"effectiveDate\":\"" + effective("2026-09-28") + "\"}"));

        steps.add(project("P-XL-PUMP", "ZT-XILING", "WATER_PUMPING_STATION", "西岭村提水站", "650000.00",
                "2026-04-01", "2026-10-31",
                "{\"capacityM3PerHour\":80,\"householdsServed\":356,\"irrigatedMu\":1200}"));
        steps.add(step(FINANCE, "/api/projects/P-XL-PUMP/approve", "{\"note\":\"\"}"));
        steps.add(step(FINANCE, "/api/projects/P-XL-PUMP/commitments", "{\"id\":\"C-1\",\"amount\":\"300000.00\",\"effectiveDate\":\"" + effective("2026-04-05") + "\"}"));
        steps.add(step(SECRETARY2, "/api/projects/P-XL-PUMP/start", "{\"date\":\"2026-04-10\"}"));
        steps.add(milestone("P-XL-PUMP", "M-1", "泵房基础", "2026-05-15", 25));
        steps.add(step(SECRETARY2, "/api/projects/P-XL-PUMP/suspend", "{\"reason\":\"汛期停工 flood season\"}"));

        steps.add(project("P-XH-PEAR", "ZT-XINGHUA", "INDUSTRY", "杏花村玉露香梨基地", "260000.00",
                "2026-11-01", "2027-10-31", "{}"));
        steps.add(project("P-SM-SCHOOL", "ZT-SHIMEN", "SCHOOL_REPAIR", "石门村小学校舍修缮", "120000.00",
                "2026-07-01", "2026-08-31", "{}"));
        steps.add(step(FINANCE, "/api/projects/P-SM-SCHOOL/cancel", "{\"reason\":\"并入乡镇中心校 merged into the town school\"}"));
        return steps;
    }

    /**
     * What the early warnings find in Z Town today: last year's county money allocated this year
     * (FUND_YEAR_MISMATCH), and a PV station whose first payment, within the 30 % advance, makes the PV builder
     * the payee of more than half of the town's payments this year (CONCENTRATED_PAYEE). The road at 东沟村 is
     * past its planned end without a milestone since August (OVERDUE_PROJECT, STALLED_PROJECT) and the
     * suspended pumping station past its planned end (OVERDUE_PROJECT) without help from here.
     */
    private static List<String[]> warnings() {
        List<String[]> steps = new ArrayList<>();
        steps.add(step(FINANCE, "/api/funds", """
                {"id":"F-2025-COUNTY-02","name":"县级扶贫资金（2025年结转）","level":"COUNTY","fiscalYear":2025,"amount":"60000.00","documentNo":"县财字〔2025〕17号"}"""));
        steps.add(allocation("F-2025-COUNTY-02", "A-010", "ZT-LIUSHUWAN", "60000.00", "培训中心配套 training centre"));
        steps.add(project("P-SM-PV", "ZT-SHIMEN", "PHOTOVOLTAIC_STATION", "石门村100千瓦光伏电站", "520000.00",
                "2026-09-01", "2027-06-30", "{\"capacityKw\":100}"));
        steps.add(step(FINANCE, "/api/projects/P-SM-PV/approve", "{\"note\":\"可行性评审通过\"}"));
        steps.add(step(FINANCE, "/api/projects/P-SM-PV/commitments", "{\"id\":\"C-1\",\"amount\":\"420000.00\"}"));
        steps.add(step(SECRETARY2, "/api/projects/P-SM-PV/start", "{\"date\":\"2026-09-10\"}"));
        steps.add(step(FINANCE, "/api/projects/P-SM-PV/disbursements",
                "{\"id\":\"D-1\",\"amount\":\"156000.00\",\"payee\":\"阳光新能源公司\",\"voucherNo\":\"记-2026-088\"}"));
        return steps;
    }

    private static String[] project(String id, String villageId, String type, String name, String budget,
                                    String start, String end, String spec) {
        return step(villageId.equals("ZT-DONGGOU") || villageId.equals("ZT-NANPO") ? SECRETARY : SECRETARY2,
                "/api/projects", """
                {"id":"%s","villageId":"%s","type":"%s","name":"%s","budget":"%s","plannedStart":"%s","plannedEnd":"%s","spec":%s}"""
                .formatted(id, villageId, type, name, budget, start, end, spec));
    }

    private static String[] milestone(String projectId, String id, String title, String date, int progress) {
        return step(projectId.startsWith("P-DG") || projectId.startsWith("P-NP") ? SECRETARY : SECRETARY2,
                "/api/projects/" + projectId + "/milestones", """
                {"id":"%s","title":"%s","date":"%s","progressPercent":%d,"note":""}"""
                .formatted(id, title, date, progress));
    }

    /** An inspector confirms a reported milestone on site, so payments may follow it. */
    private static String[] verification(String projectId, String milestoneId) {
        return step(INSPECTOR, "/api/projects/" + projectId + "/milestones/" + milestoneId + "/verification",
                "{\"verdict\":\"CONFIRMED\",\"note\":\"现场核实 checked on site\"}");
    }

    private static String[] income(String villageId, String id, String amount, String category, String projectId,
                                   String period, String receiptNo) {
        return step(SECRETARY, "/api/villages/" + villageId + "/collective-income", """
                {"id":"%s","amount":"%s","category":"%s","assetProjectId":"%s","period":"%s","receiptNo":"%s",
                 "effectiveDate":"%s"}"""
                .formatted(id, amount, category, projectId, period, receiptNo,
                        effective(YearMonth.parse(period).atEndOfMonth().toString())));
    }

    private static String[] secretary(String villageId, String username, String name, String unit) {
        return step(ADMIN, "/api/villages/" + villageId + "/secretaries", """
                {"username":"%s","name":"%s","dispatchingUnit":"%s","since":"2026-01-01"}"""
                .formatted(username, name, unit));
    }

    private static String[] step(String user, String path, String json) {
        return new String[]{user, path, json};
    }

    private static String[] fund(String id, String name, String level, String amount, String documentNo) {
        return step(FINANCE, "/api/funds", """
                {"id":"%s","name":"%s","level":"%s","fiscalYear":2026,"amount":"%s","documentNo":"%s"}"""
                .formatted(id, name, level, amount, documentNo));
    }

    private static String[] allocation(String fundId, String id, String villageId, String amount, String purpose) {
        return step(FINANCE, "/api/funds/" + fundId + "/allocations", """
                {"id":"%s","villageId":"%s","amount":"%s","purpose":"%s","effectiveDate":"%s"}"""
                .formatted(id, villageId, amount, purpose, effective("2026-01-08")));
    }

    /**
     * The voucher date of a demo entry: the day the story says it happened, or today if the machine's calendar
     * has not reached it yet (a future effective date would be refused).
     */
    private static String effective(String date) {
        LocalDate today = LocalDate.now(LEDGER_ZONE);
        LocalDate voucher = LocalDate.parse(date);
        return (voucher.isAfter(today) ? today : voucher).toString();
    }

    /**
     * Closes the books through {@link #CLOSED_THROUGH}: every demo entry is dated earlier, so the months close
     * honestly. Skipped while that month is not over on this machine's calendar.
     */
    private static List<String[]> periodClose() {
        if (!CLOSED_THROUGH.isBefore(YearMonth.now(LEDGER_ZONE))) {
            return List.of();
        }
        return List.<String[]>of(step(FINANCE, "/api/periods/" + CLOSED_THROUGH + "/close",
                "{\"note\":\"1-9月账目已核对，结账 books checked through September\"}"));
    }

    private void post(String user, String path, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(commandSide + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", LocalUsers.basic(user))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "demo:" + path + ":" + json.hashCode())
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        // An allocation reaches the village's account through a relay a moment after it is recorded.
        for (int retry = 0; retry < 50 && response.body().contains("INSUFFICIENT_VILLAGE_BALANCE"); retry++) {
            Thread.sleep(100);
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        }
        // Loaded before access control, when idempotency keys were recorded for another actor.
        boolean loadedEarlier = response.statusCode() == 409 && response.body().contains("DUPLICATE_ID");
        if (response.statusCode() / 100 != 2 && !loadedEarlier) {
            throw new IOException("Demo command " + path + " failed with " + response.statusCode() + ": "
                    + response.body());
        }
    }
}
