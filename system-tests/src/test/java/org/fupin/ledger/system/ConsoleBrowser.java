package org.fupin.ledger.system;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * One user's headless chromium (Debian's {@code chromium} and {@code chromium-driver}) on the console: signs
 * in, finds elements, keeps screenshots under {@code target/screenshots/}, and reports what the browser's
 * console logged.
 */
final class ConsoleBrowser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final String console;
    private final ChromeDriver driver;

    ConsoleBrowser(String console, int width, int height) {
        this.console = console;
        ChromeOptions options = new ChromeOptions();
        if (new File("/usr/bin/chromium").canExecute()) {
            options.setBinary("/usr/bin/chromium");
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=zh-CN",
                "--window-size=" + width + "," + height);
        // The console follows the browser's Accept-Language: ask for Chinese, as the journeys read Chinese.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        if (width < 576) {
            // A phone: its viewport is the whole window, as on the device.
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true)));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService.Builder service = new ChromeDriverService.Builder();
        if (new File("/usr/bin/chromedriver").canExecute()) {
            service.usingDriverExecutable(new File("/usr/bin/chromedriver"));
        }
        this.driver = new ChromeDriver(service.build(), options);
        if (width >= 576) {
            driver.manage().window().setSize(new Dimension(width, height));
        }
    }

    static ConsoleBrowser signedIn(String console, String user, int width, int height) {
        ConsoleBrowser browser = new ConsoleBrowser(console, width, height);
        browser.open("/login");
        browser.find("username").sendKeys(user);
        browser.find("password").sendKeys(user + "-pass");
        browser.click("sign-in");
        browser.await(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
        return browser;
    }

    void open(String path) {
        driver.get(console + path);
    }

    WebElement find(String id) {
        return await(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    /** Clicks an element as a user would, after scrolling it into view (a phone screen is short). */
    void click(String id) {
        WebElement element = find(id);
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        try {
            await(ExpectedConditions.elementToBeClickable(element)).click();
        } catch (ElementClickInterceptedException coveredOnAPhone) {
            // Headless chromium sometimes reports a scrolled-to element as covered on a phone-sized window.
            script("arguments[0].click()", element);
        }
    }

    String text(String id) {
        return find(id).getText().trim();
    }

    <T> T await(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).until(condition);
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    ChromeDriver driver() {
        return driver;
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** What the pages logged as errors (SEVERE) to the browser's console since the last call. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
