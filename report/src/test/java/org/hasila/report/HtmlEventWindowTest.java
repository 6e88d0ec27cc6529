package org.hasila.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Group;
import org.hasila.core.claim.Kind;
import org.hasila.core.entity.Entity;
import org.hasila.core.event.Event;
import org.hasila.core.event.Figure;
import org.hasila.core.event.Reconciliation;
import org.junit.jupiter.api.Test;

/**
 * report.html reads the claims of consecutive events a window at a time, not an event at a time, and writes every
 * event, the small ones together and a large one whole.
 */
class HtmlEventWindowTest {

    static final Instant AT = Instant.parse("2026-11-26T02:00:00Z");

    /** Counts the requests for claims by id; each claim is in the document of the same number. */
    static final class CountingCorpus extends ForwardingCorpus {
        final List<Integer> claimRequests = new ArrayList<>();

        CountingCorpus(int documents) {
            super(new GeneratedCorpus(documents, 200));
        }

        @Override
        public List<Claim> claims(List<String> ids) {
            claimRequests.add(ids.size());
            return super.claims(ids);
        }
    }

    /** An event citing the claims {@code from} to {@code to} (exclusive), each in its own document. */
    static Event event(int n, int from, int to) {
        List<String> claims = IntStream.range(from, to).mapToObj(GeneratedCorpus::claimId).toList();
        List<String> documents = IntStream.range(from, to).mapToObj(GeneratedCorpus::documentId).toList();
        Figure killed = new Figure(Kind.KILLED, Group.CIVILIANS, 12L, 12L, 12L, "conservative", claims, claims,
                false, List.of());
        return new Event(String.format("e-%012x", n), "attack", "هجوم " + n, null, "2024-03-05", null, documents,
                List.of(killed), List.of());
    }

    String html(CountingCorpus corpus, List<Event> events) {
        ReportInput input = new ReportInput(new RunSummary(1, "COMPLETED", "articles", corpus.documentCount(), 0, 0,
                0), corpus, List.of(new Entity(GeneratedCorpus.ENTITY, "agency", "Ministry of Health", "وزارة الصحة",
                List.of())), new Reconciliation(events, Map.of()), Changes.none());
        StringWriter out = new StringWriter();
        HtmlReportWriter.write(out, input, AT);
        return out.toString();
    }

    @Test
    void smallEventsHaveTheirClaimsReadAWindowAtATime() {
        int events = 300;
        CountingCorpus corpus = new CountingCorpus(events);
        String html = html(corpus, IntStream.range(0, events).mapToObj(i -> event(i, i, i + 1)).toList());

        int windows = (events + DocumentBatch.DOCUMENTS - 1) / DocumentBatch.DOCUMENTS;
        assertThat(corpus.claimRequests).as("claims requested, by request").hasSize(windows)
                .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(DocumentBatch.DOCUMENTS));
        assertThat(corpus.claimRequests.stream().mapToInt(Integer::intValue).sum()).isEqualTo(events);
        IntStream.range(0, events).forEach(i -> assertThat(html).contains("هجوم " + i + "<"));
    }

    @Test
    void anEventLargerThanAWindowIsReadWholeOnItsOwn() {
        int large = DocumentBatch.DOCUMENTS * 2;
        CountingCorpus corpus = new CountingCorpus(large + 2);
        String html = html(corpus, List.of(event(0, 0, 1), event(1, 1, 1 + large), event(2, 1 + large, 2 + large)));

        assertThat(corpus.claimRequests).containsExactly(1, large, 1);
        assertThat(html).contains("هجوم 0<", "هجوم 1<", "هجوم 2<")
                .contains("text/" + GeneratedCorpus.documentId(large) + ".txt");
    }
}
