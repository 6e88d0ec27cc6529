package org.hasila.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hasila.report.ReportFixtures.BROKEN;
import static org.hasila.report.ReportFixtures.EVENT;
import static org.hasila.report.ReportFixtures.MINISTRY;
import static org.hasila.report.ReportFixtures.MINISTRY_TEXT;
import static org.hasila.report.ReportFixtures.MONITOR;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Evidence;
import org.hasila.core.document.Document;
import org.hasila.core.entity.Mention;
import org.hasila.core.event.Event;
import org.hasila.core.event.Reconciliation;
import org.hasila.core.event.TimelineEntry;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportWriterTest {

    static final Instant AT = Instant.parse("2026-11-26T02:00:03.456Z");
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    Path out;

    JsonNode writeAndRead(ReportInput input) throws IOException {
        new ReportWriter().write(out, input, AT);
        return MAPPER.readTree(Files.readString(out.resolve("report.json"), StandardCharsets.UTF_8));
    }

    static JsonNode claim(JsonNode report, String id) {
        for (JsonNode claim : report.get("claims")) {
            if (claim.get("id").asString().equals(id)) {
                return claim;
            }
        }
        throw new AssertionError("no claim " + id);
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.get(field).asString()));
        return values;
    }

    @Nested
    class JsonShape {

        @Test
        void topLevelKeysFollowTheContractInOrder() throws IOException {
            JsonNode report = writeAndRead(ReportFixtures.input());

            assertThat(report.propertyNames()).containsExactly("schemaVersion", "generatedAt", "run", "documents",
                    "entities", "claims", "events", "changes");
            assertThat(report.get("schemaVersion").asString()).isEqualTo("1.7");
        }

        @Test
        void reportIsValidAgainstTheShippedSchema() {
            new ReportWriter().write(out, ReportFixtures.input(), AT);

            ReportSchemaAssert.assertValid(out.resolve("report.json"));
        }

        @Test
        void aLivePagesEntryTimeIsWrittenAndValidatedAsHoursAndMinutes() throws IOException {
            List<Claim> claims = ReportFixtures.claims().stream().map(c -> !c.id().equals("c-3") ? c
                    : c.withEntry(c.asOf(), "19:05")).toList();
            ReportInput input = ReportInput.of(ReportFixtures.run(7), ReportFixtures.documents(), ReportFixtures.entities(),
                    ReportFixtures.mentions(), claims, ReportFixtures.reconciliation(), ReportFixtures.changes());
            JsonNode report = writeAndRead(input);
            List<String> times = new ArrayList<>();
            report.get("claims").forEach(c -> times.add(c.get("id").asString() + "=" + (c.get("asOfTime").isNull()
                    ? null : c.get("asOfTime").asString())));
            assertThat(times).contains("c-3=19:05", "c-1=null");
            ReportSchemaAssert.assertValid(out.resolve("report.json"));
            String json = Files.readString(out.resolve("report.json"), StandardCharsets.UTF_8);
            assertThat(ReportSchemaAssert.errors(json.replace("\"19:05\"", "\"7pm\""))).isNotEmpty();
        }

        @Test
        void schemaRejectsAnUnknownKindAndAMissingKey() throws IOException {
            new ReportWriter().write(out, ReportFixtures.input(), AT);
            String json = Files.readString(out.resolve("report.json"), StandardCharsets.UTF_8);

            assertThat(ReportSchemaAssert.errors(json.replace("\"killed\"", "\"exploded\""))).isNotEmpty();
            assertThat(ReportSchemaAssert.errors(json.replace("\"asOf\"", "\"asof\""))).isNotEmpty();
            assertThat(ReportSchemaAssert.errors(json.replace("\"quarantined\"", "\"QUARANTINED\""))).isNotEmpty();
        }

        @Test
        void generatedAtIsAnIsoInstantToTheSecond() throws IOException {
            JsonNode report = writeAndRead(ReportFixtures.input());

            assertThat(report.get("generatedAt").asString()).isEqualTo("2026-11-26T02:00:03Z");
        }

        @Test
        void runCarriesTheCountsIncludingSkipped() throws IOException {
            JsonNode run = writeAndRead(ReportFixtures.input()).get("run");

            assertThat(run.propertyNames()).containsExactly("jobExecutionId", "status", "input", "documentsRead",
                    "documentsQuarantined", "documentsUnchanged", "documentsSkipped");
            assertThat(run.get("jobExecutionId").asLong()).isEqualTo(7);
            assertThat(run.get("documentsQuarantined").asInt()).isEqualTo(1);
        }

        @Test
        void claimsUseLowercaseCodesAndTheirEvent() throws IOException {
            JsonNode report = writeAndRead(ReportFixtures.input());
            JsonNode monitor = claim(report, "c-3");

            assertThat(monitor.propertyNames()).containsExactly("id", "document", "event", "kind", "group", "value",
                    "source", "asOf", "evidence", "scope", "partOf", "place", "listedWith", "partisan", "asOfTime");
            assertThat(monitor.get("event").asString()).isEqualTo(EVENT);
            assertThat(monitor.get("kind").asString()).isEqualTo("killed");
            assertThat(monitor.get("group").asString()).isEqualTo("all");
            assertThat(monitor.get("scope").asString()).isEqualTo("incident");
            assertThat(monitor.at("/value/qualifier").asString()).isEqualTo("at_least");
            assertThat(monitor.at("/value/low").asLong()).isEqualTo(15);
            assertThat(monitor.at("/source/entity").asString()).isEqualTo("org:monitor");
        }

        @Test
        void unknownValuesAreExplicitNulls() throws IOException {
            JsonNode report = writeAndRead(ReportFixtures.input());

            assertThat(claim(report, "c-3").at("/value/high").isNull()).isTrue();
            assertThat(claim(report, "c-2").get("asOf").isNull()).isTrue();
            assertThat(claim(report, "c-4").get("event").isNull()).isTrue();
            assertThat(claim(report, "c-4").get("source").isNull()).isTrue();
            assertThat(claim(report, "c-1").get("partOf").isNull()).isTrue();
            assertThat(claim(report, "c-1").get("listedWith").isNull()).isTrue();
            assertThat(claim(report, "c-1").get("partisan").asBoolean()).isFalse();
            JsonNode broken = report.get("documents").get(2);
            assertThat(broken.get("language").isNull()).isTrue();
            assertThat(broken.get("author").isNull()).isTrue();
            assertThat(report.at("/events/0/place").isNull()).isTrue();
            assertThat(report.at("/events/0/figures/0/high").isNull()).isTrue();
        }

        @Test
        void documentsCarryLowercaseStatusAndTheQuarantineReason() throws IOException {
            JsonNode documents = writeAndRead(ReportFixtures.input()).get("documents");

            assertThat(texts(documents, "id")).containsExactly(MINISTRY, MONITOR, BROKEN);
            assertThat(texts(documents, "status")).containsExactly("processed", "processed", "quarantined");
            assertThat(documents.get(2).get("error").asString()).isEqualTo("encrypted PDF");
            assertThat(documents.get(0).get("files").get(0).asString()).isEqualTo("2024/ministry.txt");
        }

        @Test
        void onlyMentionedEntitiesAreListedByIdWithMentionsInTextOrder() throws IOException {
            JsonNode entities = writeAndRead(ReportFixtures.input()).get("entities");

            assertThat(texts(entities, "id")).containsExactly("org:moh", "org:monitor");
            assertThat(texts(entities.get(0).get("mentions"), "text")).containsExactly("وزارة الصحة", "الوزارة");
        }

        @Test
        void changesListFiguresThatMoved() throws IOException {
            JsonNode changes = writeAndRead(ReportFixtures.input()).get("changes");

            assertThat(changes.get("since").asLong()).isEqualTo(6);
            assertThat(changes.at("/figuresChanged/0/newBest").asLong()).isEqualTo(15);
            assertThat(changes.at("/figuresChanged/0/newHigh").isNull()).isTrue();
        }

        @Test
        void arabicIsWrittenAsIsNotEscaped() throws IOException {
            new ReportWriter().write(out, ReportFixtures.input(), AT);
            String json = Files.readString(out.resolve("report.json"), StandardCharsets.UTF_8);

            assertThat(json).contains("\"nameAr\" : \"وزارة الصحة\"").doesNotContain("\\u");
        }
    }

    @Nested
    class Offsets {

        @Test
        void textFilesHoldEachDocumentsTextExactly() throws IOException {
            new ReportWriter().write(out, ReportFixtures.input(), AT);

            assertThat(Files.readAllBytes(out.resolve("text/" + MINISTRY + ".txt")))
                    .isEqualTo(MINISTRY_TEXT.getBytes(StandardCharsets.UTF_8));
            assertThat(Files.size(out.resolve("text/" + BROKEN + ".txt"))).isZero();
        }

        @Test
        void everyEvidenceQuoteAndMentionEqualsItsTextFileAtTheOffsets() throws IOException {
            JsonNode report = writeAndRead(ReportFixtures.input());

            int checked = 0;
            for (JsonNode claim : report.get("claims")) {
                checkSpan(claim.get("document").asString(), claim.get("evidence"), "quote");
                checked++;
            }
            for (JsonNode entity : report.get("entities")) {
                for (JsonNode mention : entity.get("mentions")) {
                    checkSpan(mention.get("document").asString(), mention, "text");
                    checked++;
                }
            }
            assertThat(checked).isEqualTo(7);
        }

        void checkSpan(String document, JsonNode span, String field) throws IOException {
            String text = Files.readString(out.resolve("text/" + document + ".txt"), StandardCharsets.UTF_8);
            assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt()))
                    .isEqualTo(span.get(field).asString());
        }

        @Test
        void aMentionThatDoesNotMatchItsTextIsRefusedAndThePreviousReportKept() throws IOException {
            new ReportWriter().write(out, ReportFixtures.input(), AT);
            byte[] before = Files.readAllBytes(out.resolve("report.json"));
            List<Mention> mentions = new ArrayList<>(ReportFixtures.mentions());
            Mention first = mentions.get(0);
            mentions.add(new Mention(first.entity(), first.document(), first.start() + 1, first.end() + 1,
                    first.text()));

            assertThatThrownBy(() -> new ReportWriter().write(out, ReportInput.of(ReportFixtures.run(8),
                    ReportFixtures.documents(), ReportFixtures.entities(), mentions, ReportFixtures.claims(),
                    ReportFixtures.reconciliation(), ReportFixtures.changes()), AT))
                    .isInstanceOf(ReportException.class)
                    .hasMessageContaining("mention of " + first.entity()).hasMessageContaining(first.document());
            assertThat(Files.readAllBytes(out.resolve("report.json"))).isEqualTo(before);
        }

        @Test
        void aQuoteThatDoesNotMatchItsTextIsRefused() {
            Claim wrong = new Claim("c-9", MINISTRY, null, null, null, null, null, new Evidence(0, 5, "12345"),
                    null, null, null);

            assertThatThrownBy(() -> new ReportWriter().write(out,
                    ReportFixtures.input(ReportFixtures.documents(), List.of(wrong)), AT))
                    .isInstanceOf(ReportException.class)
                    .hasMessageContaining("c-9").hasMessageContaining(MINISTRY);
        }
    }

    @Nested
    class TimelineSpans {

        @Test
        void aTimelineEntryPastTheEndOfItsTextIsRefused() {
            assertThatThrownBy(() -> new ReportWriter().write(out, withTimelineEnd(MINISTRY_TEXT.length() + 1), AT))
                    .isInstanceOf(ReportException.class)
                    .hasMessageContaining("timeline entry of event " + ReportFixtures.EVENT)
                    .hasMessageContaining(MINISTRY).hasMessageContaining("length " + MINISTRY_TEXT.length());
        }

        @Test
        void aTimelineEntryEndingWithItsTextIsWritten() throws IOException {
            new ReportWriter().write(out, withTimelineEnd(MINISTRY_TEXT.length()), AT);
            assertThat(out.resolve("report.json")).exists();
        }

        /** The fixtures' report with its one timeline entry ending at {@code end} of the ministry's text. */
        ReportInput withTimelineEnd(int end) {
            Reconciliation fixed = ReportFixtures.reconciliation();
            Event event = fixed.events().get(0);
            Event moved = new Event(event.id(), event.type(), event.title(), event.place(), event.start(),
                    event.end(), event.documents(), event.figures(),
                    List.of(new TimelineEntry("2024-03-05", "قصف", MINISTRY, 0, end)));
            return ReportInput.of(ReportFixtures.run(7), ReportFixtures.documents(), ReportFixtures.entities(),
                    ReportFixtures.mentions(), ReportFixtures.claims(),
                    new Reconciliation(List.of(moved), fixed.eventOfClaim()), ReportFixtures.changes());
        }
    }

    @Nested
    class AtomicWrite {

        List<String> filesUnder(Path dir) throws IOException {
            try (Stream<Path> files = Files.walk(dir)) {
                return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                        .sorted().toList();
            }
        }

        @Test
        void leavesExactlyTheReportFilesAndNoTemporaries() throws IOException {
            new ReportWriter().write(out, ReportFixtures.input(), AT);

            assertThat(filesUnder(out)).containsExactly("report.html", "report.json",
                    "text/" + MINISTRY + ".txt", "text/" + MONITOR + ".txt", "text/" + BROKEN + ".txt");
        }

        /** The reports and files a first report left, which a failed second one must leave as they are. */
        record Published(byte[] json, byte[] html, List<String> files) {
        }

        Published firstReport() throws IOException {
            new ReportWriter().write(out, ReportFixtures.input(), AT);
            return new Published(Files.readAllBytes(out.resolve("report.json")),
                    Files.readAllBytes(out.resolve("report.html")), filesUnder(out));
        }

        void assertStill(Published before) throws IOException {
            assertThat(Files.readAllBytes(out.resolve("report.json"))).isEqualTo(before.json());
            assertThat(Files.readAllBytes(out.resolve("report.html"))).isEqualTo(before.html());
            assertThat(filesUnder(out)).isEqualTo(before.files());
        }

        @Test
        void aFailedWriteKeepsThePreviousReportAndLeavesNoTemporaries() throws IOException {
            Published before = firstReport();
            List<Claim> claims = new ArrayList<>(ReportFixtures.claims());
            claims.add(new Claim("c-9", MONITOR, null, null, null, null, null, new Evidence(0, 3, "xyz"), null,
                    null, null));

            assertThatThrownBy(() -> new ReportWriter().write(out,
                    ReportFixtures.input(ReportFixtures.documents(), claims), AT.plusSeconds(60)))
                    .isInstanceOf(ReportException.class);

            assertStill(before);
        }

        @Test
        void changesThatCannotBeWorkedOutFailTheReportAndKeepThePreviousOne() throws IOException {
            Published before = firstReport();
            ReportInput input = ReportFixtures.input();
            ReportInput unreadable = new ReportInput(input.run(), input.corpus(), input.entities(),
                    input.reconciliation(), () -> {
                        throw new UncheckedIOException(new IOException("cannot read the previous report"));
                    });

            assertThatThrownBy(() -> new ReportWriter().write(out, unreadable, AT.plusSeconds(60)))
                    .hasStackTraceContaining("cannot read the previous report");

            assertStill(before);
        }

        @Test
        void changesWorkedOutLaterReachBothReports() throws IOException {
            ReportInput input = ReportFixtures.input();
            Changes changes = new Changes(7L, List.of("c-new"), List.of("c-old"), List.of());
            List<String> askedBy = new ArrayList<>();
            ReportInput later = new ReportInput(input.run(), input.corpus(), input.entities(), input.reconciliation(),
                    () -> {
                        synchronized (askedBy) {
                            askedBy.add(Thread.currentThread().getName());
                        }
                        return changes;
                    });

            JsonNode report = writeAndRead(later);

            assertThat(report.at("/changes/since").asLong()).isEqualTo(7);
            assertThat(report.at("/changes/claimsAdded/0").asString()).isEqualTo("c-new");
            assertThat(Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8))
                    .containsPattern("مقارنة بالتنفيذ</dt><dd>(<bdi>)?7<");
            assertThat(askedBy).as("once by report.json, once by report.html").hasSize(2);
        }

        @Test
        void aTextThatCannotBeWrittenFailsTheReportNamingItAndKeepsThePreviousOne() throws IOException {
            new ReportWriter().write(out, ReportFixtures.input(), AT);
            byte[] json = Files.readAllBytes(out.resolve("report.json"));
            Path text = out.resolve("text").resolve(MINISTRY + ".txt");
            Files.delete(text);
            Files.createDirectory(text);

            assertThatThrownBy(() -> new ReportWriter().write(out, ReportFixtures.input(), AT.plusSeconds(60)))
                    .isInstanceOf(ReportException.class).hasMessageContaining(MINISTRY);

            assertThat(Files.readAllBytes(out.resolve("report.json"))).isEqualTo(json);
            try (var temps = Files.list(out.resolve("text"))) {
                assertThat(temps.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
            }
        }

        @Test
        void anOutputDirectoryThatIsAFileFailsWithAClearMessage() throws IOException {
            Path file = Files.writeString(out.resolve("not-a-dir"), "x", StandardCharsets.UTF_8);

            assertThatThrownBy(() -> new ReportWriter().write(file, ReportFixtures.input(), AT))
                    .isInstanceOf(ReportException.class)
                    .hasMessageContaining("not-a-dir");
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("x");
        }

        @Test
        void aDocumentIdThatIsNotAPlainFileNameIsRefusedBeforeAnyReportOrStrayFileIsWritten() throws IOException {
            Document evil = ReportFixtures.document("../evil", "evil.txt", null, "نص");

            assertThatThrownBy(() -> new ReportWriter().write(out.resolve("report"),
                    ReportFixtures.input(List.of(evil), List.of()), AT))
                    .isInstanceOf(ReportException.class).hasMessageContaining("../evil");
            assertThat(out.resolve("evil.txt")).doesNotExist();
            assertThat(filesUnder(out.resolve("report"))).isEmpty();
        }

        @Test
        void aNewReportReplacesTheOldOneAndDropsTextsItNoLongerLists() throws IOException {
            new ReportWriter().write(out, ReportFixtures.input(), AT);
            List<Document> fewer = ReportFixtures.documents().subList(0, 1);
            List<Claim> claims = ReportFixtures.claims().subList(0, 2);

            JsonNode report = writeAndRead(ReportInput.of(ReportFixtures.run(8), fewer, List.of(), List.of(),
                    claims, null, null));

            assertThat(report.at("/run/jobExecutionId").asLong()).isEqualTo(8);
            assertThat(filesUnder(out)).containsExactly("report.html", "report.json", "text/" + MINISTRY + ".txt");
        }
    }

    @Nested
    class Determinism {

        String read(Path file) throws IOException {
            return Files.readString(file, StandardCharsets.UTF_8);
        }

        @Test
        void twoWritesOfTheSameInputDifferOnlyInGeneratedAt() throws IOException {
            Path first = out.resolve("first");
            Path second = out.resolve("second");
            new ReportWriter().write(first, ReportFixtures.input(), AT);
            new ReportWriter().write(second, ReportFixtures.input(), AT.plusSeconds(86_400));

            String json1 = read(first.resolve("report.json"));
            String json2 = read(second.resolve("report.json"));
            assertThat(json1).isNotEqualTo(json2);
            assertThat(json1.replace("2026-11-26T02:00:03Z", "T"))
                    .isEqualTo(json2.replace("2026-11-27T02:00:03Z", "T"));
            assertThat(read(first.resolve("report.html")).replace("2026-11-26T02:00:03Z", "T"))
                    .isEqualTo(read(second.resolve("report.html")).replace("2026-11-27T02:00:03Z", "T"));
            assertThat(Files.readAllBytes(first.resolve("text/" + MINISTRY + ".txt")))
                    .isEqualTo(Files.readAllBytes(second.resolve("text/" + MINISTRY + ".txt")));
        }

        @Test
        void sameInputAndTimeGiveByteIdenticalFiles() throws IOException {
            Path first = out.resolve("first");
            Path second = out.resolve("second");
            new ReportWriter().write(first, ReportFixtures.input(), AT);
            new ReportWriter().write(second, ReportFixtures.input(), AT);

            assertThat(Files.readAllBytes(first.resolve("report.json")))
                    .isEqualTo(Files.readAllBytes(second.resolve("report.json")));
            assertThat(Files.readAllBytes(first.resolve("report.html")))
                    .isEqualTo(Files.readAllBytes(second.resolve("report.html")));
        }
    }
}
