package org.fupin.ledger.system;

import org.fupin.ledger.launcher.DemoData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console in a real browser (headless chromium), against the whole ledger with the Z Town demo data:
 * one journey per role, each ending with the browser's console free of errors. Screenshots of every page go
 * to {@code target/screenshots/}. The rebuild runs last, as it replays every projection.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleJourneysIT {

    private static final ZoneId LEDGER_ZONE = ZoneId.of("Asia/Shanghai");

    private static LedgerClient ledger;
    private static String console;

    @BeforeAll
    static void zTown() throws Exception {
        ledger = RunningLedger.client();
        console = RunningLedger.consoleUrl();
        new DemoData(RunningLedger.system().commandSide().baseUrl()).load();
        ledger.await("/api/projects/P-DG-ROAD", project -> project.path("progressPercent").asInt() > 0);
    }

    @Test
    @Order(1)
    void financeOfficerAllocatesAndSeesTheVillagesMoneyChange() throws Exception {
        BigDecimal before = available("ZT-BEIZHUANG");
        try (ConsoleBrowser finance = ConsoleBrowser.signedIn(console, "finance", 1366, 900)) {
            assertThat(finance.text("tie-out")).contains("平衡");
            assertThat((String) finance.script("return JSON.stringify(echarts.getInstanceByDom("
                    + "document.getElementById('sankey')).getOption().series[0].links)"))
                    .contains("\"target\":\"晋通路桥工程公司\"").doesNotContain("paid");
            finance.screenshot("overview");
            finance.open("/funds");
            finance.find("funds");
            finance.screenshot("funds");

            finance.open("/funds/F-2026-COUNTY-01");
            new Select(finance.find("villageId")).selectByValue("ZT-BEIZHUANG");
            finance.find("amount").sendKeys("1234.56");
            finance.find("purpose").sendKeys("学校围墙 school wall");
            finance.click("allocate");
            assertThat(finance.text("allocated")).isEqualTo("拨付已记录");
            assertThat(finance.text("trace-tie-out")).startsWith("平衡");
            assertThat(finance.text("trace-traced")).isEqualTo(yuan(new BigDecimal(
                    ledger.get("/api/funds/F-2026-COUNTY-01").body().path("amount").asString())));
            finance.screenshot("fund");

            String expected = yuan(before.add(new BigDecimal("1234.56")));
            finance.await(driver -> {
                driver.get(console + "/villages/ZT-BEIZHUANG");
                return driver.findElement(By.id("village-available")).getText().equals(expected);
            });
            assertThat(finance.driver().findElement(By.cssSelector("#fund-row-F-2026-COUNTY-01 .fund-name")).getText())
                    .isEqualTo(ledger.get("/api/funds/F-2026-COUNTY-01").body().path("name").asString());
            finance.screenshot("village");
            assertThat(finance.consoleErrors()).isEmpty();
        }
    }

    @Test
    @Order(2)
    void aBadAmountIsShownNextToItsFieldAndRecordsNothing() throws Exception {
        String unallocated = ledger.get("/api/funds/F-2026-CITY-01").body().path("unallocated").asString();
        try (ConsoleBrowser finance = ConsoleBrowser.signedIn(console, "finance", 1366, 900)) {
            finance.open("/funds/F-2026-CITY-01");
            finance.find("amount").sendKeys("12.345");
            finance.find("purpose").sendKeys("试错 wrong amount");
            finance.click("allocate");

            assertThat(finance.text("problem")).contains("VALIDATION_FAILED");
            assertThat(finance.find("amount").getAttribute("class")).contains("is-invalid");
            assertThat(finance.text("amount-error")).isNotEmpty();
            finance.screenshot("field-error");
            assertThat(finance.consoleErrors()).isEmpty();
        }
        assertThat(ledger.get("/api/funds/F-2026-CITY-01").body().path("unallocated").asString())
                .isEqualTo(unallocated);
    }

    @Test
    @Order(4)
    void financeOfficerPaysFromAProjectAndIsToldWhenItHoldsTooLittle() throws Exception {
        String disbursed = ledger.get("/api/projects/P-DG-BAKE").body().path("disbursed").asString();
        try (ConsoleBrowser finance = ConsoleBrowser.signedIn(console, "finance", 1366, 900)) {
            finance.open("/projects/P-DG-BAKE");
            finance.find("pay-amount").sendKeys("99999999.00");
            finance.find("pay-payee").sendKeys("烤房施工队");
            finance.find("pay-voucherNo").sendKeys("V-CJ-1");
            finance.click("pay-submit");
            assertThat(finance.text("pay-problem")).contains("INSUFFICIENT_PROJECT_FUNDS");
            assertThat(finance.find("pay-amount").getAttribute("value")).isEqualTo("99999999.00");
            finance.screenshot("pay-refused");
            assertThat(finance.consoleErrors()).isEmpty();
        }
        assertThat(ledger.get("/api/projects/P-DG-BAKE").body().path("disbursed").asString()).isEqualTo(disbursed);
    }

    @Test
    @Order(3)
    void financeOfficerReversesAPaymentWithAReasonAndIsToldWhenTheReasonIsMissing() throws Exception {
        String payment = "D-CJ-" + UUID.randomUUID().toString().substring(0, 8);
        LedgerClient.expectCreated(ledger.post("/api/projects/P-DG-ROAD/disbursements", """
                {"id":"%s","amount":"100.00","payee":"错付收款人","voucherNo":"V-CJ-2"}""".formatted(payment)));
        ledger.as("finance").await("/api/projects/P-DG-ROAD/funding", funding -> funding.toString().contains(payment));
        try (ConsoleBrowser finance = ConsoleBrowser.signedIn(console, "finance", 1366, 900)) {
            finance.open("/projects/P-DG-ROAD");
            finance.click("reverse-" + payment);
            finance.click("reverse-" + payment + "-submit");
            assertThat(finance.text("reverse-" + payment + "-problem")).contains("VALIDATION_FAILED");
            assertThat(finance.find("reverse-" + payment + "-reason").getAttribute("class")).contains("is-invalid");

            finance.find("reverse-" + payment + "-reason").sendKeys("重复支付 paid twice");
            finance.click("reverse-" + payment + "-submit");
            assertThat(finance.text("reverse-" + payment + "-recorded")).isEqualTo("已记录");
            finance.await(driver -> {
                driver.navigate().refresh();
                return !driver.findElements(By.id("reversed-" + payment)).isEmpty();
            });
            assertThat(finance.text("reversed-" + payment)).contains("重复支付 paid twice");
            assertThat(finance.driver().findElements(By.id("reverse-" + payment))).isEmpty();
            finance.screenshot("payment-reversed");
            assertThat(finance.consoleErrors()).isEmpty();
        }
        JsonNode funding = ledger.as("finance").get("/api/projects/P-DG-ROAD/funding").body();
        assertThat(funding.toString()).contains("重复支付 paid twice");
    }

    @Test
    @Order(5)
    void secretaryOnAPhoneReportsAMilestoneOnceHoweverOftenTheFormIsSent() throws Exception {
        JsonNode project = ledger.get("/api/projects/P-DG-ROAD").body();
        int progress = Math.min(100, project.path("progressPercent").asInt() + 5);
        int milestones = project.path("milestones").size();
        try (ConsoleBrowser secretary = ConsoleBrowser.signedIn(console, "secretary", 375, 812)) {
            secretary.find("villages");
            secretary.screenshot("my-villages");
            secretary.open("/projects/P-DG-ROAD");
            secretary.find("title").sendKeys("路面养护 surface cured");
            secretary.script("arguments[0].value = arguments[1]", secretary.find("date"),
                    LocalDate.now(LEDGER_ZONE).toString());
            secretary.find("progressPercent").sendKeys(String.valueOf(progress));
            String form = (String) secretary.script(String.join("\n",
                    "const form = arguments[0];",
                    "form.querySelectorAll('input').forEach(input => input.setAttribute('value', input.value));",
                    "form.querySelectorAll('textarea').forEach(area => area.textContent = area.value);",
                    "return form.outerHTML;"), secretary.find("milestone-form"));
            secretary.click("report");
            assertThat(secretary.text("reported")).isEqualTo("进度已记录");
            secretary.await(driver -> {
                driver.navigate().refresh();
                return driver.findElement(By.cssSelector(".progress-bar")).getText().equals(progress + "%");
            });
            secretary.screenshot("project-phone");

            secretary.open("/projects/P-DG-ROAD");
            sendAgain(secretary, form);
            secretary.find("reported");
            assertThat(secretary.driver().findElements(By.cssSelector("#milestones li"))).hasSize(milestones + 1);
            assertThat(secretary.consoleErrors()).isEmpty();
        }
        assertThat(ledger.await("/api/projects/P-DG-ROAD", p -> p.path("progressPercent").asInt() == progress)
                .path("milestones").size()).isEqualTo(milestones + 1);
    }

    @Test
    @Order(6)
    void inspectorPicksAnEarlierMomentAndSeesTheEarlierBalance() throws Exception {
        BigDecimal before = available("ZT-LIUSHUWAN");
        LocalDateTime earlier = LocalDateTime.now(LEDGER_ZONE).truncatedTo(ChronoUnit.SECONDS);
        Thread.sleep(1500);
        ledger.allocate("F-2026-UNIT-01", "A-CJ-" + UUID.randomUUID().toString().substring(0, 8), "ZT-LIUSHUWAN",
                "500.00");
        String now = yuan(before.add(new BigDecimal("500.00")));
        ledger.await("/api/villages/ZT-LIUSHUWAN", v -> v.path("available").asString()
                .equals(before.add(new BigDecimal("500.00")).toPlainString()));

        try (ConsoleBrowser inspector = ConsoleBrowser.signedIn(console, "inspector", 1366, 900)) {
            inspector.open("/villages/ZT-LIUSHUWAN");
            assertThat(inspector.text("village-available")).isEqualTo(now);
            inspector.script("arguments[0].value = arguments[1]", inspector.find("asOf"), earlier.toString());
            inspector.click("show-as-of");
            inspector.find("as-of-banner");
            assertThat(inspector.text("village-available")).isEqualTo(yuan(before));
            inspector.screenshot("village-as-of");

            inspector.open("/villages/ZT-DONGGOU/history");
            assertThat(inspector.driver().findElements(By.cssSelector("#history tbody tr"))).isNotEmpty();
            new Select(inspector.find("type")).selectByValue("MilestoneReported");
            new Select(inspector.find("actor")).selectByValue("secretary");
            inspector.script("arguments[0].value = arguments[1]", inspector.find("from"),
                    LocalDate.now(LEDGER_ZONE).toString());
            inspector.click("filter");
            inspector.await(ExpectedConditions.urlContains("type=MilestoneReported"));
            assertThat(inspector.driver().findElements(By.cssSelector("#history .event-type")))
                    .isNotEmpty().allSatisfy(type -> assertThat(type.getText()).isEqualTo("MilestoneReported"));
            assertThat(inspector.driver().findElements(By.cssSelector("#history .event-actor")))
                    .allSatisfy(actor -> assertThat(actor.getText()).startsWith("secretary ("));
            assertThat(inspector.text("history")).contains("路面养护");
            inspector.screenshot("history");
            LocalDate today = LocalDate.now(LEDGER_ZONE);
            inspector.open("/villages/ZT-LIUSHUWAN/compare?from=" + today.minusDays(1) + "&to=" + today);
            assertThat(inspector.driver().findElements(By.cssSelector("#fund-changes tbody tr"))).isNotEmpty();
            inspector.screenshot("compare");
            inspector.open("/board");
            assertThat(inspector.driver().findElements(By.cssSelector("#board tbody tr"))).isNotEmpty();
            assertThat(inspector.driver().findElement(By.id("board")).getText())
                    .as("project types in Chinese, not as enum names").contains("道路硬化").doesNotContain("ROAD_HARDENING");
            assertThat(((Number) inspector.script("return echarts.getInstanceByDom(document.getElementById("
                    + "'timeline')).getOption().series[0].data.length")).intValue()).isPositive();
            assertThat((String) inspector.script("return echarts.getInstanceByDom(document.getElementById("
                    + "'money')).getOption().yAxis[0].name")).isEqualTo("万元");
            inspector.screenshot("board");
            inspector.open("/integrity");
            inspector.find("integrity-verdict");
            inspector.screenshot("integrity");
            assertThat(inspector.consoleErrors()).isEmpty();
        }
    }

    @Test
    @Order(7)
    void inspectorAcknowledgesAWarningWhichStaysListedAsAcknowledged() throws Exception {
        String id = ledger.await("/api/warnings?villageId=ZT-LIUSHUWAN&rule=FUND_YEAR_MISMATCH", w -> w.size() == 1)
                .get(0).path("id").asString();
        try (ConsoleBrowser finance = ConsoleBrowser.signedIn(console, "finance", 1366, 900)) {
            finance.open("/warnings?villageId=ZT-LIUSHUWAN");
            assertThat(finance.text("warning-" + id)).contains("资金年度不符").contains("F-2025-COUNTY-02/A-010");
            assertThat(finance.driver().findElements(By.id("acknowledge-" + id))).as("finance officers only read")
                    .isEmpty();
            assertThat(finance.consoleErrors()).isEmpty();
        }
        try (ConsoleBrowser inspector = ConsoleBrowser.signedIn(console, "inspector", 1366, 900)) {
            inspector.open("/warnings");
            assertThat(Integer.parseInt(inspector.text("warning-count"))).isPositive();
            new Select(inspector.find("filter-rule")).selectByValue("FUND_YEAR_MISMATCH");
            new Select(inspector.find("filter-acknowledged")).selectByValue("false");
            inspector.click("filter-submit");
            inspector.await(ExpectedConditions.urlContains("rule=FUND_YEAR_MISMATCH"));
            inspector.screenshot("warnings");
            inspector.click("acknowledge-" + id);
            inspector.click("acknowledge-" + id + "-submit");
            assertThat(inspector.text("acknowledge-" + id + "-problem")).contains("VALIDATION_FAILED");

            inspector.find("acknowledge-" + id + "-note").sendKeys("上年结转资金，文号已核实");
            inspector.click("acknowledge-" + id + "-submit");
            assertThat(inspector.text("acknowledge-warning-recorded")).isEqualTo("已记录");
            inspector.await(driver -> {
                driver.get(console + "/warnings?villageId=ZT-LIUSHUWAN&acknowledged=true");
                return !driver.findElements(By.id("acknowledged-" + id)).isEmpty();
            });
            assertThat(inspector.text("acknowledged-" + id)).contains("inspector").contains("上年结转资金，文号已核实");
            inspector.screenshot("warning-acknowledged");
            assertThat(inspector.consoleErrors()).isEmpty();
        }
    }

    @Test
    @Order(8)
    void aPageOfAnotherRoleIsRefusedNamingWhoMayOpenIt() throws Exception {
        try (ConsoleBrowser secretary = ConsoleBrowser.signedIn(console, "secretary", 1366, 900)) {
            secretary.open("/admin/projections");
            assertThat(secretary.text("error-title")).isEqualTo("无权访问");
            assertThat(secretary.text("allowed-roles")).contains("管理员");
            assertThat(secretary.driver().findElements(By.id("rebuild"))).isEmpty();
            secretary.screenshot("refused");
            assertThat(secretary.consoleErrors()).allSatisfy(error -> assertThat(error).contains("403"));
        }
    }

    @Test
    @Order(9)
    void financeOfficerDownloadsWorkbooksAndAVillagerChecksThePublicNotice() throws Exception {
        String quarter = LocalDate.now(LEDGER_ZONE).getYear() + "-Q" + ((LocalDate.now(LEDGER_ZONE).getMonthValue() - 1) / 3 + 1);
        try (ConsoleBrowser finance = ConsoleBrowser.signedIn(console, "finance", 1366, 900)) {
            finance.open("/funds/F-2026-COUNTY-01");
            assertThat(finance.text("fund-allocations")).contains("北庄村");
            assertThat(download(finance, "download-fund"))
                    .contains("type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            "filename*=UTF-8''", "magic=PK");
            finance.screenshot("fund-allocations");
            finance.open("/board");
            assertThat(download(finance, "download-board")).contains("magic=PK", ".xlsx");
            finance.open("/villages/ZT-DONGGOU");
            assertThat(download(finance, "download-village")).contains("magic=PK",
                    "%E4%B8%9C%E6%B2%9F%E6%9D%91_%E8%B5%84%E9%87%91%E6%98%8E%E7%BB%86_");
            String print = (String) finance.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch('/villages/ZT-DONGGOU/disclosure/print?period=' + arguments[0])
                        .then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('Content-Type') + ' '
                            + String.fromCharCode(...new Uint8Array(b.slice(0, 4))))));""", quarter);
            assertThat(print).isEqualTo("200 application/pdf %PDF");
            assertThat(finance.consoleErrors()).isEmpty();
        }
        ledger.as("inspector").await("/api/villages/ZT-DONGGOU/disclosure?period=" + quarter,
                sheet -> !sheet.path("integrity").path("hash").isNull());
        try (ConsoleBrowser villager = new ConsoleBrowser(console, 375, 812)) {
            villager.open("/public/villages/ZT-DONGGOU/disclosure?period=" + quarter);
            assertThat(villager.text("public-title")).isEqualTo("东沟村 村务公开");
            assertThat(villager.text("public-received-total")).isEqualTo(ledger.as("inspector")
                    .get("/api/villages/ZT-DONGGOU/disclosure?period=" + quarter).body()
                    .path("fundsReceivedTotal").asString());
            assertThat(villager.driver().getPageSource()).doesNotContain("secretary", "finance", "requestId");
            villager.click("check-head");
            assertThat(villager.text("check-result")).startsWith("核验通过");
            villager.screenshot("public-notice-phone");
            villager.open("/public/villages/ZT-NO-SUCH/disclosure?period=" + quarter);
            assertThat(villager.text("public-not-found")).isEqualTo("未找到公示");
            villager.open("/public/villages/ZT-DONGGOU/disclosure?period=2020-Q1");
            assertThat(villager.text("before-village")).contains("才登记入账");
            assertThat(villager.consoleErrors()).allSatisfy(error -> assertThat(error).contains("404"));
        }
    }

    /** Fetches what a download button links to, in the signed-in browser, and tells its type, name and first bytes. */
    private static String download(ConsoleBrowser browser, String button) {
        String href = browser.find(button).getAttribute("href");
        return (String) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done('status=' + r.status
                    + ' type=' + r.headers.get('Content-Type') + ' ' + r.headers.get('Content-Disposition')
                    + ' magic=' + String.fromCharCode(...new Uint8Array(b.slice(0, 2))))));""", href);
    }

    @Test
    @Order(10)
    void administratorRebuildsProjectionsAndSeesProgressReachTheEnd() throws Exception {
        try (ConsoleBrowser admin = ConsoleBrowser.signedIn(console, "admin", 1366, 900)) {
            admin.find("progress");
            admin.click("rebuild");
            admin.await(ExpectedConditions.urlContains("rebuilding"));
            admin.await(ExpectedConditions.visibilityOfElementLocated(By.id("all-done")));
            assertThat(admin.driver().findElements(By.cssSelector("#progress .progress-bar")))
                    .isNotEmpty().allSatisfy(bar -> assertThat(bar.getText()).isEqualTo("100%"));
            admin.screenshot("projections");
            assertThat(admin.consoleErrors()).isEmpty();
        }
        assertThat(ledger.await("/api/reports/trial-balance", balance -> balance.path("balanced").asBoolean())
                .path("balanced").asBoolean()).isTrue();
    }

    /** Posts a copy of the form as it stood before its first submit: same fields, same Idempotency-Key. */
    private static void sendAgain(ConsoleBrowser browser, String form) {
        browser.script("""
                const holder = document.createElement('div');
                holder.innerHTML = arguments[0];
                const copy = holder.firstElementChild;
                copy.id = 'milestone-form-again';
                document.body.appendChild(copy);
                copy.submit();""", form);
        browser.await(ExpectedConditions.urlContains("reported"));
    }

    private static BigDecimal available(String village) {
        return new BigDecimal(ledger.get("/api/villages/" + village).body().path("available").asString());
    }

    private static String yuan(BigDecimal amount) {
        return "¥" + String.format(java.util.Locale.ROOT, "%,.2f", amount);
    }
}
