package org.hasila.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens report.html in headless Chromium and checks what a reader sees. Skipped where Chromium is not installed,
 * except on CI ({@code CI=true}), where .ci/run installs it and its absence is a failure.
 */
class ReportInChromiumTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Surefire runs in the module folder: the screenshot is kept with the build, and shown by the README. */
    static final Path SCREENSHOT = Path.of("target", "screenshots", "report.png");
    static final Path README_SCREENSHOT = Path.of("..", "docs", "report-screenshot.png");
    static final int MAX_SCREENSHOT_HEIGHT = 2100;

    static ChromeDriver driver;

    @TempDir
    Path out;

    @BeforeAll
    static void startChromium(@TempDir Path profile) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            fail(CHROMIUM + " or " + CHROMEDRIVER + " is missing on CI; .ci/run installs chromium and "
                    + "chromium-driver");
        }
        assumeTrue(installed, "Chromium is not installed (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,900");
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopChromium() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void clearConsole() {
        driver.manage().logs().get(LogType.BROWSER);
    }

    void open(ReportInput input) {
        new ReportWriter().write(out, input, Instant.parse("2026-11-26T02:00:03Z"));
        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(out.resolve("report.html").toUri().toString());
    }

    @Test
    void aReaderSeesTheFiguresTheChartAndTheQuotesRightToLeftWithoutConsoleErrors() throws IOException {
        open(ReportFixtures.movingFigureInput());

        assertThat(driver.executeScript("return getComputedStyle(document.documentElement).direction"))
                .isEqualTo("rtl");
        WebElement killed = driver.findElement(By.cssSelector("table.figures tr.figure"));
        assertThat(killed.isDisplayed()).isTrue();
        assertThat(cells(killed)).containsSubsequence("18", "21", "مفتوح");
        assertThat(killed.findElement(By.className("conflict")).getText()).contains("تعارض");

        WebElement chart = driver.findElement(By.cssSelector("figure.chart svg"));
        assertThat(chart.isDisplayed()).isTrue();
        assertThat(chart.getSize().getHeight()).isGreaterThan(150);
        List<WebElement> series = chart.findElements(By.cssSelector("g.series"));
        assertThat(series).hasSize(2);
        assertThat(chart.findElements(By.cssSelector("text.legend")))
                .extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t).contains("وزارة الصحة"))
                .anySatisfy(t -> assertThat(t).contains("المرصد"));

        WebElement claims = driver.findElement(By.cssSelector("details.claims"));
        WebElement mark = claims.findElement(By.tagName("mark"));
        assertThat(mark.isDisplayed()).as("claims folded until opened").isFalse();
        claims.findElement(By.tagName("summary")).click();
        assertThat(mark.isDisplayed()).isTrue();
        assertThat(mark.getText()).contains("أعلنت وزارة الصحة مقتل 12 مدنياً");

        assertThat(severeConsoleEntries()).isEmpty();
        saveScreenshot();

        String textLink = claims.findElement(By.cssSelector(".claim-foot a")).getAttribute("href");
        driver.get(textLink);
        assertThat(driver.findElement(By.tagName("body")).getText()).isEqualTo(ReportFixtures.MINISTRY_TEXT);
    }

    @Test
    void markupInADocumentRunsNothing() {
        open(ReportFixtures.hostileInput());

        assertThat(driver.findElements(By.cssSelector("script, img, iframe, object, embed, a[href^=javascript]")))
                .isEmpty();
        assertThat(driver.findElements(By.xpath("//*[@onerror or @onload or @onclick]"))).isEmpty();
        try {
            driver.switchTo().alert();
            fail("an alert opened: input text ran as script");
        } catch (NoAlertPresentException expected) {
            // Nothing ran.
        }
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("<script>alert(1)</script>");
        assertThat(severeConsoleEntries()).isEmpty();
    }

    static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    /** Errors the page logged: a script error, a refused resource or a Content-Security-Policy violation. */
    static List<String> severeConsoleEntries() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::toString)
                .toList();
    }

    /** The whole page up to a height, with the first figure's claims open, as the README shows it. */
    static void saveScreenshot() throws IOException {
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(1280, Math.min(height.intValue(), MAX_SCREENSHOT_HEIGHT)));
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, png);
        Files.createDirectories(README_SCREENSHOT.getParent());
        Files.write(README_SCREENSHOT, png);
    }
}
