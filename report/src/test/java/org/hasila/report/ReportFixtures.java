package org.hasila.report;

import java.util.ArrayList;
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
        return ReportInput.of(run(7), documents, entities(), mentions(), claims, reconciliation(), changes());
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

    static final String MINISTRY_UPDATE = "d-dddddddddddd";
    static final String MONITOR_UPDATE = "d-ffffffffffff";
    static final String MINISTRY_UPDATE_TEXT = "ارتفعت حصيلة القصف على بلدة الزيتون إلى 18 قتيلاً من المدنيين، "
            + "بحسب وزارة الصحة صباح الأربعاء.\nوقالت الوزارة إن بين الجرحى حالات حرجة.";
    static final String MONITOR_UPDATE_TEXT = "وثّق المرصد مقتل 21 مدنياً على الأقل في قصف الزيتون حتى مساء "
            + "الخميس.\nوأشار إلى أن العدد مرشح للارتفاع.";

    /**
     * The base input plus a later statement from each source, so the killed-civilians figure moves over three days
     * and is stated by two sources who disagree: what a chart and a conflict mark are for.
     */
    static ReportInput movingFigureInput() {
        List<Document> documents = new ArrayList<>(documents());
        documents.add(document(MINISTRY_UPDATE, "2024/ministry-2.txt", "ارتفاع حصيلة قصف الزيتون",
                MINISTRY_UPDATE_TEXT));
        documents.add(document(MONITOR_UPDATE, "2024/monitor-2.html", "المرصد: 21 قتيلاً", MONITOR_UPDATE_TEXT));
        List<Claim> claims = new ArrayList<>(claims());
        claims.add(claim("c-5", MINISTRY_UPDATE, MINISTRY_UPDATE_TEXT, Kind.KILLED, Group.CIVILIANS, "18",
                new Quantity(18, 18L, Qualifier.EXACT, "18"), new Attribution("org:moh", "وزارة الصحة"),
                "2024-03-06"));
        claims.add(claim("c-6", MONITOR_UPDATE, MONITOR_UPDATE_TEXT, Kind.KILLED, Group.CIVILIANS, "21",
                new Quantity(21, null, Qualifier.AT_LEAST, "21 مدنياً على الأقل"),
                new Attribution("org:monitor", "المرصد"), "2024-03-07"));
        Figure killed = new Figure(Kind.KILLED, Group.CIVILIANS, 18L, 21L, null, "latest-per-source",
                List.of("c-1", "c-3", "c-5", "c-6"), List.of("c-5", "c-6"), true,
                List.of(new Note("sources-disagree", "المصادر تختلف على عدد القتلى")));
        Event base = reconciliation().events().get(0);
        Event event = new Event(EVENT, base.type(), base.title(), base.place(), base.start(), "2024-03-07",
                List.of(MINISTRY, MONITOR, MINISTRY_UPDATE, MONITOR_UPDATE),
                List.of(killed, base.figures().get(1)), base.timeline());
        Map<String, String> eventOfClaim = Map.of("c-1", EVENT, "c-2", EVENT, "c-3", EVENT, "c-5", EVENT,
                "c-6", EVENT);
        return ReportInput.of(run(8), documents, entities(), mentions(), claims,
                new Reconciliation(List.of(event), eventOfClaim), changes());
    }

    static final String HOSTILE = "<script>alert(1)</script>";
    static final String HOSTILE_TEXT = "قال مصدر إن 5 قتلوا <img src=x onerror=alert(1)> "
            + "<a href=\"javascript:alert(2)\">هنا</a> ' \" & انتهى.\nوأفاد <b>شاهد</b> بمقتل 7 قبل أن "
            + "<script>alert(7)</script> تنتهي الليلة.";

    /**
     * Markup and script in every input string the page shows: titles, file names, reasons, quotes and their
     * context, sources (in the figures, the chart's legend and tooltips, the sources list), notes and dates.
     */
    static ReportInput hostileInput() {
        Document doc = new Document("d-eeeeeeeeeeee", "bad\"'<b>.html", null, "e".repeat(64), "text/html",
                "ar", HOSTILE, "<i>2024</i>", "javascript:alert(3)", null, DocumentStatus.SKIPPED,
                "<svg onload=alert(4)>", HOSTILE_TEXT);
        Claim undated = claim("c-x", doc.id(), HOSTILE_TEXT, Kind.KILLED, Group.UNKNOWN, "5",
                new Quantity(5, 5L, Qualifier.EXACT, "<b>5</b>"), new Attribution("org:x", "\"'><script>"),
                "<u>");
        Claim first = claim("c-y", doc.id(), HOSTILE_TEXT, Kind.KILLED, Group.UNKNOWN, "5",
                new Quantity(5, 9L, Qualifier.VAGUE, "</text><script>alert(8)</script>"),
                new Attribution(null, "</title><img src=x onerror=alert(9)>"), "2024-01-01");
        Claim second = claim("c-z", doc.id(), HOSTILE_TEXT, Kind.KILLED, Group.UNKNOWN, "7",
                new Quantity(7, null, Qualifier.AT_LEAST, "7"),
                new Attribution(null, "<a href=\"javascript:alert(10)\">x</a>"), "2024-01-02");
        Event event = new Event("e-x", "attack", HOSTILE, "<p>", null, null, List.of(doc.id()),
                List.of(new Figure(Kind.KILLED, Group.UNKNOWN, 5L, 5L, 5L, "p", List.of("c-x", "c-y", "c-z"),
                        List.of("c-x"), false, List.of(new Note("<code>", "onerror=alert(5)")))),
                List.of(new TimelineEntry("<at>", HOSTILE, doc.id(), 0, 3)));
        return ReportInput.of(new RunSummary(1, "<b>", HOSTILE, 1, 0, 0, 1), List.of(doc), List.of(),
                List.of(), List.of(undated, first, second),
                new Reconciliation(List.of(event), Map.of("c-x", "e-x", "c-y", "e-x", "c-z", "e-x")),
                new Changes(null, List.of(), List.of(),
                        List.of(new FigureChange(HOSTILE, "killed", "unknown", null, null, null, 1L, 1L, 1L))));
    }

    static Changes changes() {
        return new Changes(6L, List.of("c-3"), List.of("c-old"),
                List.of(new FigureChange(EVENT, "killed", "civilians", 10L, 12L, 12L, 12L, 15L, null)));
    }
}
