package org.hasila.app.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.hasila.app.HasilaApplication;
import org.hasila.app.cli.Commands;
import org.hasila.report.ReportSchemaAssert;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A night's folder as scrapers leave it: good articles in several forms next to empty, junk, truncated and
 * linked-out files. The run completes, every good file is processed, every bad one is listed with its reason.
 */
@SpringBootTest(classes = HasilaApplication.class)
class MixedInputIT {

    private static final Path WORK = JobTestSupport.newWorkFolder("mixed");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + WORK.resolve("db/hasila"));
    }

    @Autowired
    Commands commands;

    @Test
    void badFilesAreQuarantinedWithAReasonAndTheRunCompletes() throws Exception {
        Path input = JobTestSupport.copySeeds(WORK.resolve("input"));
        String seed = Files.readString(input.resolve("002_73b950def85384c5.txt"), StandardCharsets.UTF_8);
        Files.createDirectories(input.resolve("copies"));
        Files.writeString(input.resolve("copies/same-story.txt"), seed, StandardCharsets.UTF_8);
        Files.write(input.resolve("cp1256.txt"), "قتل 4 مدنيين في قصف على مدينة الرقة، بحسب المرصد السوري لحقوق الإنسان.\n"
                .getBytes(Charset.forName("windows-1256")));
        Files.writeString(input.resolve("page.html"), "<html><head><title>قصف على إدلب</title></head><body>"
                + "<nav>الرئيسية | عاجل: مقتل 99 في حادث</nav><article><p>قالت الخوذ البيضاء إن 6 مدنيين قتلوا في"
                + " قصف على مدينة إدلب.</p></article><footer>جميع الحقوق محفوظة</footer></body></html>",
                StandardCharsets.UTF_8);
        Files.write(input.resolve("empty.txt"), new byte[0]);
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        Files.write(input.resolve("junk.bin"), junk);
        Files.writeString(input.resolve("truncated.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog", StandardCharsets.US_ASCII);
        Files.createSymbolicLink(input.resolve("outside.txt"), Path.of("/etc/hostname"));

        JobExecution run = commands.run(input, WORK.resolve("out"), LocalDate.of(2026, 11, 3));
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);

        Path report = WORK.resolve("out/report.json");
        ReportSchemaAssert.assertValid(report);
        JsonNode json = JsonMapper.shared().readTree(Files.readString(report));
        Map<String, JsonNode> byFile = new HashMap<>();
        json.get("documents").forEach(d -> d.get("files").forEach(f -> byFile.put(f.asString(), d)));

        for (String bad : new String[] {"empty.txt", "junk.bin", "truncated.pdf", "outside.txt"}) {
            assertThat(byFile.get(bad).get("status").asString()).as(bad).isEqualTo("quarantined");
            assertThat(byFile.get(bad).get("error").asString()).as(bad).isNotBlank();
        }
        for (String good : new String[] {"cp1256.txt", "page.html", "001_fe6e3489f4d912a2.txt"}) {
            assertThat(byFile.get(good).get("status").asString()).as(good).isEqualTo("processed");
            assertThat(byFile.get(good).get("language").asString()).as(good).isEqualTo("ar");
        }
        assertThat(byFile.get("copies/same-story.txt")).as("one document for both names")
                .isSameAs(byFile.get("002_73b950def85384c5.txt"));
        assertThat(json.at("/run/documentsQuarantined").asInt()).isEqualTo(4);

        String rawText = Files.readString(WORK.resolve("out/text/" + byFile.get("cp1256.txt").get("id").asString() + ".txt"));
        assertThat(rawText).contains("قتل 4 مدنيين");
        String pageText = Files.readString(WORK.resolve("out/text/" + byFile.get("page.html").get("id").asString() + ".txt"));
        assertThat(pageText).contains("6 مدنيين").doesNotContain("99");

        String html = Files.readString(WORK.resolve("out/report.html"));
        assertThat(html).contains("truncated.pdf", byFile.get("truncated.pdf").get("error").asString().substring(0, 10));
    }
}
