package org.hasila.report;

import java.util.List;
import java.util.Map;
import org.hasila.core.claim.Attribution;
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Evidence;
import org.hasila.core.claim.Group;
import org.hasila.core.claim.Kind;
import org.hasila.core.claim.Qualifier;
import org.hasila.core.claim.Quantity;
import org.hasila.core.claim.Scope;
import org.hasila.core.document.Document;
import org.hasila.core.document.DocumentStatus;
import org.hasila.core.entity.Entity;
import org.hasila.core.entity.Mention;
import org.hasila.core.event.Event;
import org.hasila.core.event.Figure;
import org.hasila.core.event.Note;
import org.hasila.core.event.Reconciliation;
import org.hasila.core.event.TimelineEntry;

/** A small hand-written report input: two Arabic articles about one shelling, and one quarantined file. */
final class ReportFixtures {

    static final String MINISTRY_TEXT = "أعلنت وزارة الصحة مقتل 12 مدنياً وإصابة نحو 30 آخرين في قصف على بلدة "
            + "الزيتون يوم الثلاثاء.\nوأكدت الوزارة أن فرق الإسعاف ما زالت تبحث تحت الأنقاض.";
    static final String MONITOR_TEXT = "قال المرصد إن ما لا يقل عن 15 شخصاً قتلوا في القصف، بينهم أطفال.\n"
            + "وذكر موقع محلي أن عشرات العائلات نزحت من البلدة.";

    static final String MINISTRY = "d-aaaaaaaaaaaa";
    static final String MONITOR = "d-bbbbbbbbbbbb";
    static final String BROKEN = "d-cccccccccccc";
    static final String EVENT = "e-000000000001";

    private ReportFixtures() {
    }

    static ReportInput input() {
        return input(documents(), claims());
    }

    static ReportInput input(List<Document> documents, List<Claim> claims) {
        return new ReportInput(run(7), documents, entities(), mentions(), claims, reconciliation(), changes());
    }

    static RunSummary run(long jobExecutionId) {
        return new RunSummary(jobExecutionId, "COMPLETED", "incoming", 3, 1, 0, 0);
    }

    static List<Document> documents() {
        return List.of(
                document(MINISTRY, "2024/ministry.txt", "بيان وزارة الصحة", MINISTRY_TEXT),
                document(MONITOR, "2024/monitor.html", "حصيلة القصف", MONITOR_TEXT),
                new Document(BROKEN, "2024/broken.pdf", null, "c".repeat(64), "application/pdf", null, null, null,
                        null, null, DocumentStatus.QUARANTINED, "encrypted PDF", null));
    }

    static Document document(String id, String file, String title, String text) {
        return new Document(id, file, List.of(file), "0123456789abcdef".repeat(4),
                "text/plain; charset=UTF-8", "ar", title, "2024-03-05T10:00+03:00", null, "دمشق",
                DocumentStatus.PROCESSED, null, text);
    }

    static List<Claim> claims() {
        return List.of(
                claim("c-1", MINISTRY, MINISTRY_TEXT, Kind.KILLED, Group.CIVILIANS, "12",
                        new Quantity(12, 12L, Qualifier.EXACT, "12"),
                        new Attribution("org:moh", "وزارة الصحة"), "2024-03-05"),
                claim("c-2", MINISTRY, MINISTRY_TEXT, Kind.INJURED, Group.CIVILIANS, "نحو 30",
                        new Quantity(30, 30L, Qualifier.APPROXIMATE, "نحو 30"),
                        new Attribution("org:moh", "وزارة الصحة"), null),
                claim("c-3", MONITOR, MONITOR_TEXT, Kind.KILLED, Group.ALL, "ما لا يقل عن 15",
                        new Quantity(15, null, Qualifier.AT_LEAST, "ما لا يقل عن 15"),
                        new Attribution("org:monitor", "المرصد"), "2024-03-05"),
                claim("c-4", MONITOR, MONITOR_TEXT, Kind.DISPLACED, Group.CIVILIANS, "عشرات العائلات",
                        new Quantity(20, 99L, Qualifier.VAGUE, "عشرات"), null, null));
    }

    /** A claim whose evidence is the sentence holding {@code cue}, found by search rather than by hand counting. */
    static Claim claim(String id, String document, String text, Kind kind, Group group, String cue, Quantity value,
                       Attribution source, String asOf) {
        int at = text.indexOf(cue);
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('.', at) + 1;
        return new Claim(id, document, kind, group, value, source, asOf, Evidence.of(text, start, end),
                Scope.INCIDENT, null, null);
    }

    static List<Entity> entities() {
        return List.of(
                new Entity("org:monitor", "monitor", "Local Monitor", "المرصد", List.of()),
                new Entity("org:moh", "agency", "Ministry of Health", "وزارة الصحة", List.of("الوزارة")),
                new Entity("loc:nowhere", "place", "Nowhere", "لا مكان", List.of()));
    }

    /** Deliberately out of order: the writer sorts entities by id and mentions by document and offset. */
    static List<Mention> mentions() {
        return List.of(
                mention("org:moh", MINISTRY, MINISTRY_TEXT, "الوزارة"),
                mention("org:monitor", MONITOR, MONITOR_TEXT, "المرصد"),
                mention("org:moh", MINISTRY, MINISTRY_TEXT, "وزارة الصحة"));
    }

    static Mention mention(String entity, String document, String text, String words) {
        int start = text.indexOf(words);
        return new Mention(entity, document, start, start + words.length(), words);
    }

    static Reconciliation reconciliation() {
        Figure killed = new Figure(Kind.KILLED, Group.CIVILIANS, 12L, 15L, null, "latest-per-source",
                List.of("c-1", "c-3"), List.of("c-1", "c-3"), true,
                List.of(new Note("sources-disagree", "المصادر تختلف على عدد القتلى")));
        Figure injured = new Figure(Kind.INJURED, Group.CIVILIANS, 30L, 30L, 30L, "latest-per-source",
                List.of("c-2"), List.of("c-2"), false, List.of());
        int sentenceEnd = MINISTRY_TEXT.indexOf('.') + 1;
        Event event = new Event(EVENT, "shelling", "قصف بلدة الزيتون", null, "2024-03-05", null,
                List.of(MINISTRY, MONITOR), List.of(killed, injured),
                List.of(new TimelineEntry("2024-03-05", "قصف على بلدة الزيتون", MINISTRY, 0, sentenceEnd)));
        return new Reconciliation(List.of(event), Map.of("c-1", EVENT, "c-2", EVENT, "c-3", EVENT));
    }

    static Changes changes() {
        return new Changes(6L, List.of("c-3"), List.of("c-old"),
                List.of(new FigureChange(EVENT, "killed", "civilians", 10L, 12L, 12L, 12L, 15L, null)));
    }
}
