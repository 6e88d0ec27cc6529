package org.hasila.app.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hasila.app.HasilaApplication;
import org.hasila.app.cli.Commands;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A night mixing incidents (articles written for this test): two reports of one Baghdad bombing are one event,
 * the older attack the first one recalls is noted in it, two reports of a Kabul mosque bombing (كابول، كابل) are one,
 * and Saada, Khartoum and Tripoli never merge with anything though they share countries, armed groups and words.
 */
@SpringBootTest(classes = HasilaApplication.class)
class MultiIncidentIT {

    private static final Path WORK = JobTestSupport.newWorkFolder("incidents");
    private static final List<String> ARTICLES = List.of("baghdad-market-1.txt", "baghdad-market-2.txt",
            "saada-strikes.html", "khartoum-clashes.txt", "tripoli-clashes.txt", "kabul-mosque-1.txt",
            "kabul-mosque-2.txt");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + WORK.resolve("db/hasila"));
    }

    @Autowired
    Commands commands;

    @Test
    void eachIncidentIsOneEventAndIncidentsNeverMerge() throws Exception {
        Path input = Files.createDirectories(WORK.resolve("input"));
        for (String name : ARTICLES) {
            try (InputStream in = getClass().getResourceAsStream("/articles/" + name)) {
                Files.copy(in, input.resolve(name));
            }
        }
        assertThat(commands.run(input, WORK.resolve("out"), LocalDate.of(2026, 11, 5)).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
        JsonNode report = JsonMapper.shared().readTree(Files.readString(WORK.resolve("out/report.json")));
        Map<String, String> fileOf = new HashMap<>();
        report.get("documents").forEach(d -> fileOf.put(d.get("id").asString(), d.get("file").asString()));

        List<Set<String>> events = new ArrayList<>();
        report.get("events").forEach(e -> {
            Set<String> files = new TreeSet<>();
            e.get("documents").forEach(d -> files.add(fileOf.get(d.asString())));
            events.add(files);
        });

        assertThat(events).as("both Baghdad reports in one event").contains(
                new TreeSet<>(List.of("baghdad-market-1.txt", "baghdad-market-2.txt")));
        assertThat(events).as("both Kabul reports (two outlets, two tolls, the city spelt two ways) in one event")
                .contains(new TreeSet<>(List.of("kabul-mosque-1.txt", "kabul-mosque-2.txt")));
        for (Set<String> files : events) {
            assertThat(files.stream().map(f -> f.substring(0, f.indexOf('-'))).distinct()).as(files.toString()).hasSize(1);
        }
        // the Khartoum report's clashes are Khartoum's, the story's own place (its dateline named as often as North
        // Darfur); its one sentence about three WFP staff killed in clashes in North Darfur, another province named
        // beside its figure, is an incident of its own there (PlaceResolver.inAnotherProvince)
        List<String> khartoum = new ArrayList<>();
        report.get("events").forEach(e -> {
            Set<String> files = new TreeSet<>();
            e.get("documents").forEach(d -> files.add(fileOf.get(d.asString())));
            if (files.equals(Set.of("khartoum-clashes.txt"))) {
                khartoum.add(e.get("place").asString());
            }
        });
        assertThat(khartoum).as("the Khartoum report's events").containsExactlyInAnyOrder("loc:khartoum",
                "loc:north-darfur");

        // an earlier bombing the article recalls is noted in its incident, not counted there, and no event of its own
        JsonNode earlier = claim(report, 6);
        JsonNode bombing = claim(report, 17);
        assertThat(earlier.get("scope").asString()).isEqualTo("earlier");
        assertThat(earlier.get("event").asString()).isEqualTo(bombing.get("event").asString());
        JsonNode killed = figure(report, bombing.get("event").asString(), "killed");
        assertThat(killed.get("claims").toString()).doesNotContain(earlier.get("id").asString());
        assertThat(killed.get("notes").toString()).contains("scope-differs");
    }

    private static JsonNode figure(JsonNode report, String event, String kind) {
        for (JsonNode e : report.get("events")) {
            if (e.get("id").asString().equals(event)) {
                for (JsonNode f : e.get("figures")) {
                    if (f.get("kind").asString().equals(kind) && f.get("notes").toString().contains("earlier")) {
                        return f;
                    }
                }
            }
        }
        throw new AssertionError("no " + kind + " figure noting the earlier incident in " + event);
    }

    private static JsonNode claim(JsonNode report, long low) throws IOException {
        for (JsonNode c : report.get("claims")) {
            if (c.at("/value/low").asLong() == low && c.get("kind").asString().equals("killed")) {
                return c;
            }
        }
        throw new AssertionError("no killed claim of " + low);
    }
}
