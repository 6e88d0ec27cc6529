package org.hasila.app.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hasila.app.HasilaApplication;
import org.hasila.app.cli.Commands;
import org.hasila.report.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The seeds' report, opened in headless Chromium: the one event with its figures (the militants' toll in conflict),
 * a chart and a timeline, right to left, and no console error. It keeps a screenshot in target/screenshots.
 */
@SpringBootTest(classes = HasilaApplication.class)
class SeedReportInChromiumIT {

    private static final Path WORK = JobTestSupport.newWorkFolder("browser");

    private static ChromeDriver driver;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + WORK.resolve("db/hasila"));
    }

    @Autowired
    Commands commands;

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

    @Test
    void theSeedsEventShowsItsFiguresChartAndTimeline() throws Exception {
        Path input = JobTestSupport.copySeeds(WORK.resolve("input"));
        Path out = WORK.resolve("out");
        assertThat(commands.run(input, out, LocalDate.of(2026, 11, 4)).getStatus()).isEqualTo(BatchStatus.COMPLETED);

        driver.get(out.resolve("report.html").toUri().toString());
        assertThat(driver.executeScript("return getComputedStyle(document.documentElement).direction"))
                .isEqualTo("rtl");
        List<WebElement> events = driver.findElements(By.cssSelector("article.event"));
        assertThat(events).hasSize(1);
        WebElement event = events.get(0);

        List<WebElement> rows = event.findElements(By.cssSelector("table.figures tr.figure"));
        assertThat(rows).isNotEmpty();
        WebElement militants = rows.stream()
                .filter(r -> r.getText().contains("killed") && r.getText().contains("militants"))
                .findFirst().orElseThrow();
        assertThat(militants.isDisplayed()).isTrue();
        assertThat(militants.getText()).contains("374");
        assertThat(militants.findElements(By.className("conflict"))).isNotEmpty();

        List<WebElement> charts = event.findElements(By.cssSelector("figure.chart svg"));
        assertThat(charts).isNotEmpty();
        assertThat(charts.get(0).isDisplayed()).isTrue();
        assertThat(event.findElement(By.cssSelector("table.timeline")).isDisplayed()).isTrue();

        assertThat(HeadlessChromium.severeConsoleEntries(driver)).isEmpty();
        // kept with the build; docs/seeds-report.png is a copy of one, taken when the page changes (it shows the time)
        HeadlessChromium.screenshot(driver, 2400, Path.of("target", "screenshots", "seeds-report.png"));
    }
}
