package org.fupin.ledger.system;

import org.fupin.ledger.launcher.DemoData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 会计期间 page in a browser, on the Z Town demo (books closed through 2026-09): the finance officer sees
 * the closed months with the head pinned at close and the form that closes the next one; a payment backdated into a closed
 * month is refused next to its form; the inspector's timeline marks backdated entries 补记.
 */
class PeriodsConsoleIT {

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
    void financeOfficerSeesClosedMonthsWithTheirHeadAndClosesTheNextOne() throws Exception {
        try (ConsoleBrowser finance = ConsoleBrowser.signedIn(console, "finance", 1366, 900)) {
            finance.await(driver -> {
                driver.get(console + "/periods");
                return !driver.findElement(By.cssSelector("#period-2026-09 .period-head")).getText().isBlank();
            });
            assertThat(finance.driver().findElement(By.cssSelector("#period-2026-09 .period-status")).getText())
                    .contains("已结账");
            assertThat(finance.driver().findElement(By.cssSelector("#period-2026-09 .period-head")).getText())
                    .matches("[0-9]+:[0-9a-f]{64}");
            finance.screenshot("periods");
            // The close itself is left to PeriodCloseIT: closing a month here would close it for every test
            // sharing this ledger. The form is offered for the first open month before the current one.
            if (!finance.driver().findElements(By.id("next-to-close")).isEmpty()) {
                assertThat(finance.find("close-period-submit").getText()).isEqualTo("结账");
                assertThat(finance.find("close-period-note").getAttribute("name")).isEqualTo("note");
            }
            assertThat(finance.consoleErrors()).isEmpty();
        }
        try (ConsoleBrowser inspector = ConsoleBrowser.signedIn(console, "inspector", 1366, 900)) {
            inspector.open("/periods");
            assertThat(inspector.driver().findElement(By.cssSelector("#period-2026-09 .period-status")).getText())
                    .contains("已结账");
            assertThat(inspector.driver().findElements(By.id("close-period-form"))).as("closing is for finance")
                    .isEmpty();
        }
    }

    @Test
    void aPaymentBackdatedIntoAClosedMonthIsRefusedNextToItsForm() throws Exception {
        String disbursed = ledger.get("/api/projects/P-DG-ROAD").body().path("disbursed").asString();
        try (ConsoleBrowser finance = ConsoleBrowser.signedIn(console, "finance", 1366, 900)) {
            finance.open("/projects/P-DG-ROAD");
            finance.find("pay-amount").sendKeys("1.00");
            finance.find("pay-payee").sendKeys("晋通路桥工程公司");
            finance.find("pay-voucherNo").sendKeys("记-补-01");
            finance.script("document.getElementById('pay-effectiveDate').value = '2026-09-15'");
            finance.click("pay-submit");
            assertThat(finance.text("pay-problem")).contains("PERIOD_CLOSED");
            assertThat(finance.consoleErrors()).isEmpty();
        }
        assertThat(ledger.get("/api/projects/P-DG-ROAD").body().path("disbursed").asString()).isEqualTo(disbursed);
    }

    @Test
    void inspectorSeesBackdatedEntriesMarkedInTheTimeline() throws Exception {
        try (ConsoleBrowser inspector = ConsoleBrowser.signedIn(console, "inspector", 1366, 900)) {
            inspector.open("/villages/ZT-DONGGOU/history");
            assertThat(inspector.driver().findElements(By.cssSelector(".effective-date .backdated")))
                    .as("the demo's money is dated January to September, recorded later").isNotEmpty();
            assertThat(inspector.driver().findElements(By.cssSelector(".effective-date .backdated")).get(0).getText())
                    .isEqualTo("补记");
            inspector.screenshot("history-backdated");
            assertThat(inspector.consoleErrors()).isEmpty();
        }
    }
}
