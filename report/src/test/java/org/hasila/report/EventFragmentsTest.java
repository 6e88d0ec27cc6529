package org.hasila.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.IntStream;
import org.hasila.core.entity.Entity;
import org.hasila.core.event.Event;
import org.hasila.core.event.Reconciliation;
import org.hasila.report.HtmlEventWindowTest.CountingCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report copies an event's article from the report.html before it when the event's signature is unchanged, and
 * the page it writes is byte for byte the page written anew; an index that does not match its page is not used.
 */
class EventFragmentsTest {

    private static final int EVENTS = 60;

    @TempDir
    Path out;
    @TempDir
    Path anew;

    private final List<Event> events = new ArrayList<>();
    private final List<String> signatures = new ArrayList<>();

    @BeforeEach
    void events() {
        IntStream.range(0, EVENTS).forEach(i -> {
            events.add(HtmlEventWindowTest.event(i, 2 * i, 2 * i + 2));
            signatures.add("s" + i);
        });
    }

    @Test
    void aReportOfTheSameEventsCopiesEveryArticleAndReadsNoClaimOfThem() throws IOException {
        write(out, new CountingCorpus(2 * EVENTS), signed());

        CountingCorpus again = new CountingCorpus(2 * EVENTS);
        ReportWriter.Written written = write(out, again, signed());

        assertThat(written.eventsCopied()).isEqualTo(EVENTS);
        assertThat(again.claimRequests).as("claims read by id for the events").isEmpty();
        assertSameAsWrittenAnew(signed());
    }

    @Test
    void theEventsCopiedAreNotReadForThePage() {
        write(out, new CountingCorpus(2 * EVENTS), signed());
        events.set(30, HtmlEventWindowTest.event(3_000, 60, 61));
        signatures.set(30, "s30-changed");
        ReadEvents read = new ReadEvents(events);

        write(out, new CountingCorpus(2 * EVENTS), new Reconciliation(read, Map.of(), signatures));

        assertThat(read.byPage).as("events read for report.html").containsExactly(30);
    }

    /** Records which events report.html's thread reads (report.json reads them all). */
    private static final class ReadEvents extends AbstractList<Event> {

        final List<Event> events;
        final Set<Integer> byPage = new ConcurrentSkipListSet<>();

        ReadEvents(List<Event> events) {
            this.events = events;
        }

        @Override
        public Event get(int index) {
            if (Thread.currentThread().getName().equals("hasila-report-html")) {
                byPage.add(index);
            }
            return events.get(index);
        }

        @Override
        public int size() {
            return events.size();
        }
    }

    @Test
    void anEventSignedOtherwiseIsWrittenAnewAndTheRestCopiedInTheirNewOrder() throws IOException {
        write(out, new CountingCorpus(2 * EVENTS), signed());
        // event 5 changed (a new report of it), event 7 gone, a new one first, and the rest in reverse order
        events.set(5, HtmlEventWindowTest.event(1_000, 10, 13));
        signatures.set(5, "s5-changed");
        events.remove(7);
        signatures.remove(7);
        List<Event> reordered = new ArrayList<>(events);
        List<String> reorderedSignatures = new ArrayList<>(signatures);
        Collections.reverse(reordered);
        Collections.reverse(reorderedSignatures);
        reordered.add(0, HtmlEventWindowTest.event(2_000, 0, 1));
        reorderedSignatures.add(0, "s-new");
        Reconciliation next = new Reconciliation(reordered, Map.of(), reorderedSignatures);

        CountingCorpus again = new CountingCorpus(2 * EVENTS);
        ReportWriter.Written written = write(out, again, next);

        assertThat(written.eventsCopied()).isEqualTo(EVENTS - 2);
        assertThat(again.claimRequests.stream().mapToInt(Integer::intValue).sum())
                .as("claims read by id: those of the two events written anew").isEqualTo(3 + 1);
        assertSameAsWrittenAnew(next);
        assertThat(html(out)).contains("هجوم 1000<", "هجوم 2000<").doesNotContain("هجوم 5<", "هجوم 7<");
    }

    @Test
    void aPageChangedSinceItsIndexIsNotCopiedFrom() throws IOException {
        write(out, new CountingCorpus(2 * EVENTS), signed());
        Path page = out.resolve(ReportWriter.HTML);
        // the same bytes, written again: the index no longer names this file
        Files.write(page, Files.readAllBytes(page));
        Files.setLastModifiedTime(page, FileTime.fromMillis(Files.getLastModifiedTime(page).toMillis() + 1_000));

        ReportWriter.Written written = write(out, new CountingCorpus(2 * EVENTS), signed());

        assertThat(written.eventsCopied()).isZero();
        assertSameAsWrittenAnew(signed());
    }

    @Test
    void anIndexPointingOutsideTheArticlesIsNotCopiedFrom() throws IOException {
        write(out, new CountingCorpus(2 * EVENTS), signed());
        Path index = out.resolve(EventFragments.INDEX);
        List<String> lines = Files.readAllLines(index, StandardCharsets.UTF_8);
        List<String> shifted = new ArrayList<>(lines.subList(0, 2));
        lines.subList(2, lines.size()).forEach(line -> {
            String[] fields = line.split(" ");
            shifted.add(fields[0] + " " + (Long.parseLong(fields[1]) + 1) + " " + fields[2]);
        });
        Files.write(index, shifted, StandardCharsets.UTF_8);

        ReportWriter.Written written = write(out, new CountingCorpus(2 * EVENTS), signed());

        assertThat(written.eventsCopied()).isZero();
        assertSameAsWrittenAnew(signed());
    }

    @Test
    void unsignedEventsAreNeverCopied() throws IOException {
        Reconciliation unsigned = new Reconciliation(events, Map.of());
        write(out, new CountingCorpus(2 * EVENTS), unsigned);

        ReportWriter.Written written = write(out, new CountingCorpus(2 * EVENTS), unsigned);

        assertThat(written.eventsCopied()).isZero();
        assertThat(out.resolve(EventFragments.INDEX)).as("an index of no articles").doesNotExist();
        assertSameAsWrittenAnew(unsigned);
    }

    private Reconciliation signed() {
        return new Reconciliation(events, Map.of(), signatures);
    }

    /** The page in {@link #out} is the one a report of {@code reconciliation} writes into an empty folder. */
    private void assertSameAsWrittenAnew(Reconciliation reconciliation) throws IOException {
        ReportWriter.Written written = write(anew, new CountingCorpus(2 * EVENTS), reconciliation);
        assertThat(written.eventsCopied()).isZero();
        assertThat(html(out)).isEqualTo(html(anew));
    }

    private static ReportWriter.Written write(Path dir, CountingCorpus corpus, Reconciliation reconciliation) {
        ReportInput input = new ReportInput(new RunSummary(1, "COMPLETED", "articles", corpus.documentCount(), 0, 0,
                0), corpus, List.of(new Entity(GeneratedCorpus.ENTITY, "agency", "Ministry of Health", "وزارة الصحة",
                List.of())), reconciliation, Changes.none());
        return new ReportWriter().write(dir, input, HtmlEventWindowTest.AT);
    }

    private static String html(Path dir) throws IOException {
        return Files.readString(dir.resolve(ReportWriter.HTML), StandardCharsets.UTF_8);
    }
}
