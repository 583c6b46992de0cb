package org.fupin.ledger.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A finance officer imports an allocation plan in the console (headless chromium): a plan with a bad row is
 * shown with that row's error in Chinese and cannot be confirmed; the corrected plan is previewed, confirmed,
 * and the villages' money shows it.
 */
class AllocationPlanJourneyIT {

    private static LedgerClient ledger;
    private static String console;
    private final String run = "j" + System.nanoTime();

    @BeforeAll
    static void start() throws Exception {
        ledger = RunningLedger.client();
        console = RunningLedger.consoleUrl();
    }

    @Test
    void financeOfficerUploadsAPlanSeesThePreviewConfirmsAndSeesTheVillagesMoney() throws Exception {
        ledger.registerVillage(run + "-DG", "东沟村");
        ledger.registerVillage(run + "-XG", "西沟村");
        ledger.registerFund(run + "-F", "500000.00");
        String header = "资金编号,村编号,金额,用途,文号\r\n";
        Path bad = plan("bad", (header + """
                %1$s-F,%1$s-DG,120000.00,东沟村道路硬化,晋财农〔2026〕12号
                %1$s-F,%1$s-NOWHERE,30000.00,饮水工程,晋财农〔2026〕12号
                """.formatted(run)).getBytes(StandardCharsets.UTF_8));
        Path good = plan("good", (header + """
                %1$s-F,%1$s-DG,120000.00,东沟村道路硬化,晋财农〔2026〕12号
                %1$s-F,%1$s-XG,30000.50,西沟村饮水工程,晋财农〔2026〕12号
                """.formatted(run)).getBytes(Charset.forName("GBK")));

        try (ConsoleBrowser finance = ConsoleBrowser.signedIn(console, "finance", 1366, 900)) {
            finance.open("/funds");
            finance.click("allocation-plan-link");
            assertThat(finance.find("plan-template").getAttribute("href")).endsWith("/funds/allocation-plans/template.csv");

            finance.find("plan-file").sendKeys(bad.toString());
            finance.click("plan-upload");
            finance.screenshot("plan-uploaded");
            assertThat(finance.text("plan-invalid")).contains("不予记录");
            assertThat(finance.text("plan-row-3")).contains("没有编号为“" + run + "-NOWHERE”的村");
            assertThat(finance.driver().findElements(By.id("plan-confirm"))).isEmpty();
            finance.screenshot("plan-refused");

            finance.click("plan-reupload");
            finance.find("plan-file").sendKeys(good.toString());
            finance.click("plan-upload");
            assertThat(finance.text("plan-valid")).isNotEmpty();
            assertThat(finance.text("plan-row-3")).contains("西沟村").contains("西沟村饮水工程").contains("30000.50");
            assertThat(finance.text("plan-totals")).contains("150,000.50");
            finance.screenshot("plan-preview");

            finance.click("plan-confirm");
            assertThat(finance.text("plan-recorded")).contains("本次记录 2 笔");
            finance.screenshot("plan-confirmed");

            finance.click("plan-village-" + run + "-XG");
            String expected = yuan(new BigDecimal("30000.50"));
            finance.await(driver -> {
                driver.navigate().refresh();
                return driver.findElement(By.id("village-available")).getText().equals(expected);
            });
            finance.screenshot("plan-village");
            assertThat(finance.consoleErrors()).isEmpty();
        }
        assertThat(ledger.get("/api/funds/" + run + "-F").body().path("allocated").asString()).isEqualTo("150000.50");
    }

    private static Path plan(String name, byte[] content) throws Exception {
        Path file = Files.createTempFile("分配表-" + name + "-", ".csv");
        Files.write(file, content);
        file.toFile().deleteOnExit();
        return file;
    }

    private static String yuan(BigDecimal amount) {
        return "¥" + String.format(Locale.ROOT, "%,.2f", amount);
    }
}
