package org.hasila.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;

/**
 * Opens report.html in headless Chromium and checks what a reader sees. Skipped where Chromium is not installed,
 * except on CI ({@code CI=true}), where .ci/run installs it and its absence is a failure.
 */
class ReportInChromiumTest {

    /** Surefire runs in the module folder: the screenshot is kept with the build, and shown by the README. */
    static final Path SCREENSHOT = Path.of("target", "screenshots", "report.png");
    static final Path README_SCREENSHOT = Path.of("..", "docs", "report-screenshot.png");
    static final int MAX_SCREENSHOT_HEIGHT = 2100;

    static ChromeDriver driver;

    @TempDir
    Path out;

    @BeforeAll
    static void startChromium(@TempDir Path profile) {
        driver = HeadlessChromium.start(profile);
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

    static List<String> severeConsoleEntries() {
        return HeadlessChromium.severeConsoleEntries(driver);
    }

    /** The whole page up to a height, with the first figure's claims open, as the README shows it. */
    static void saveScreenshot() throws IOException {
        HeadlessChromium.screenshot(driver, MAX_SCREENSHOT_HEIGHT, SCREENSHOT, README_SCREENSHOT);
    }
}
