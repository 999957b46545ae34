package io.schemabuilder.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemabuilder.batch.job.RunLayout;
import io.schemabuilder.cli.Serve;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web view in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}): what a person
 * sees going from the runs to a failed run, into a source, filtering its tables and opening a diff. A screenshot of
 * each page goes to {@code target/serve-screenshots/} for review. Skipped with a message when Chromium is not
 * installed, unless {@code SCHEMA_BUILDER_IT=required} (CI, whose {@code .ci/run} installs it).
 */
class ServeBrowserIT {
    private static final Path SCREENSHOTS = Path.of("target/serve-screenshots");
    private static WebServer server;
    private static WebDriver browser;
    private static WebDriverWait wait;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        Path chromium = firstExisting(System.getenv("SCHEMA_BUILDER_CHROMIUM"), "/usr/bin/chromium",
                "/usr/bin/chromium-browser");
        Path driver = firstExisting(System.getenv("SCHEMA_BUILDER_CHROMEDRIVER"), "/usr/bin/chromedriver",
                "/usr/lib/chromium/chromedriver");
        if (chromium == null || driver == null) {
            String message = "Chromium or its driver is not installed (apt-get install chromium chromium-driver); "
                    + "browser test skipped. Set SCHEMA_BUILDER_IT=required to make this a failure.";
            if ("required".equalsIgnoreCase(System.getenv("SCHEMA_BUILDER_IT"))) {
                throw new AssertionError("SCHEMA_BUILDER_IT=required but " + message);
            }
            Assumptions.abort(message);
        }
        server = WebServer.start(new InetSocketAddress("127.0.0.1", 0),
                Serve.routes(new RunLayout(ServeFixture.outputDir()), null));
        base = "http://127.0.0.1:" + server.address().getPort();
        ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--window-size=1180,760", "--hide-scrollbars", "--force-device-scale-factor=1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aPersonFollowsAFailedRunIntoASourceFiltersItsTablesAndOpensADiff() throws Exception {
        // The runs: newest first, the failed one stands out (tinted row, red badge, the failed source's chip).
        browser.get(base + "/");
        assertThat(browser.getTitle()).isEqualTo("Runs - schema-builder");
        List<WebElement> rows = browser.findElements(By.cssSelector("table.runs tbody tr"));
        assertThat(rows).hasSize(2);
        WebElement failed = rows.get(0);
        assertThat(failed.findElement(By.cssSelector("td:first-child")).getText()).isEqualTo("2");
        assertThat(failed.findElement(By.cssSelector(".badge")).getText()).isEqualTo("FAILED");
        assertThat(failed.getCssValue("background-color")).isEqualTo("rgba(253, 236, 234, 1)");
        assertThat(rows.get(1).getCssValue("background-color")).isNotEqualTo("rgba(253, 236, 234, 1)");
        assertThat(failed.findElement(By.cssSelector(".chip.s-failed")).getText()).isEqualTo("ledger failed");
        screenshot("01-runs");

        // Into the failed run: why ledger failed, and the restart command with a working copy button (the script ran).
        failed.findElement(By.linkText("2")).click();
        wait.until(ExpectedConditions.titleIs("Run 2 - schema-builder"));
        WebElement ledger = browser.findElement(By.xpath("//table[@class='sources']//tr[td[1][.='ledger']]"));
        assertThat(ledger.findElement(By.cssSelector(".category")).getText()).isEqualTo("not_found");
        assertThat(ledger.findElement(By.cssSelector(".message")).getText()).contains("ledger");
        assertThat(browser.findElement(By.id("restart-command")).getText())
                .startsWith("schema-builder restart 2 --config ");
        assertThat(browser.findElement(By.cssSelector("button.copy")).isDisplayed()).isTrue();
        screenshot("02-failed-run");

        // Into a source: its tables, the odd name shown as text (no image, no alert).
        browser.findElement(By.linkText("shop")).click();
        wait.until(ExpectedConditions.titleIs("shop - schema-builder"));
        assertThat(visibleTables()).containsExactly("main.<img src=x onerror=alert(1)>", "main.customers",
                "main.orders", "main.refunds");
        assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("<img src=\"x\"");
        assertNoAlert();
        screenshot("03-source");

        // The filter box narrows the tables as one types, without a round trip.
        String before = browser.getCurrentUrl();
        browser.findElement(By.id("filter")).sendKeys("ord");
        wait.until(d -> visibleTables().size() == 1);
        assertThat(visibleTables()).containsExactly("main.orders");
        assertThat(browser.findElement(By.id("table-count")).getText()).isEqualTo("1 of 4 tables shown");
        assertThat(browser.getCurrentUrl()).isEqualTo(before);
        screenshot("04-source-filtered");

        // The changes from the version before: a table and a column added.
        browser.findElement(By.linkText("changes from the version before")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("diff")));
        WebElement diff = browser.findElement(By.id("diff"));
        assertThat(diff.findElement(By.cssSelector(".summary")).getText()).isEqualTo("+1 table, +1 column");
        assertThat(diff.findElements(By.cssSelector("table.changes tbody tr")).stream().map(WebElement::getText))
                .containsExactly("+ table main.refunds", "+ column main.orders note TEXT null (TEXT)");
        screenshot("05-diff");

        // The sources, each with its duration chart drawn by the server.
        browser.get(base + "/sources");
        assertThat(browser.findElements(By.cssSelector("table.source-list svg.chart"))).hasSize(2);
        assertThat(browser.findElement(By.xpath("//tr[td[1][.='ledger']]//span[contains(@class,'badge')]")).getText())
                .isEqualTo("FAILED");
        screenshot("06-sources");

        assertThat(browserErrors()).isEmpty();
    }

    /** The names of the tables the page shows now. */
    private static List<String> visibleTables() {
        return browser.findElements(By.cssSelector("table.tables tbody.table")).stream().filter(WebElement::isDisplayed)
                .map(group -> group.findElement(By.cssSelector("th.table-name")).getText()).toList();
    }

    private static void assertNoAlert() {
        try {
            browser.switchTo().alert();
            throw new AssertionError("an alert opened: a name ran as script");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    /** Errors the pages logged: a script error, or a resource the content security policy blocked. */
    private static List<String> browserErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).filter(message -> !message.contains("favicon")).toList();
    }

    private static void screenshot(String name) throws Exception {
        Files.write(SCREENSHOTS.resolve(name + ".png"),
                ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private static Path firstExisting(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank() && Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return null;
    }
}
