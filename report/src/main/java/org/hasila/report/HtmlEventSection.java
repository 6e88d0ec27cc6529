package org.hasila.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hasila.core.event.Event;
import org.hasila.core.event.Figure;
import org.hasila.core.event.Note;
import org.hasila.core.event.Reconciliation;
import org.hasila.core.event.TimelineEntry;

/**
 * The events section of report.html: each event's headline figures, each opening to its claims; the charts of how
 * the figures moved; the notes; and the timeline.
 */
final class HtmlEventSection {

    private static final int COLUMNS = 7;

    /**
     * Claims read in one request for a run of consecutive events: most events have a few claims each, and a request
     * per event cost more than its rows. Well under {@link HtmlContext#CLAIM_CACHE}, so that they are all still
     * cached when the events are written.
     */
    static final int WINDOW_CLAIMS = 1000;

    private HtmlEventSection() {
    }

    /**
     * Writes the events of {@code reconciliation}; an event whose article {@code fragments} holds under its signature
     * is copied from there, the others are written from their claims and documents (and recorded in
     * {@code fragments} for the next report).
     */
    static void write(HtmlOut out, Reconciliation reconciliation, HtmlContext context, EventFragments fragments) {
        List<Event> events = reconciliation.events();
        out.markup("<section id=\"events\">\n<h2>الأحداث</h2>\n");
        if (events == null || events.isEmpty()) {
            out.markup("<p class=\"muted\">لا أحداث.</p>\n");
        } else {
            Window window = new Window(out, context, fragments);
            int unwritten = 0;
            for (int i = 0; i < events.size(); i++) {
                String signature = reconciliation.signature(i);
                EventFragments.Range copy = fragments.find(signature);
                if (copy != null) {
                    window.write(reconciliation, unwritten, i);
                    fragments.copy(out, signature, copy);
                    unwritten = i + 1;
                }
            }
            window.write(reconciliation, unwritten, events.size());
        }
        out.markup("</section>\n");
    }

    /**
     * A run of consecutive events written together after reading their claims, then the documents those claims and
     * the timelines quote, a request each (a window of {@link #WINDOW_CLAIMS} claims and
     * {@link DocumentBatch#DOCUMENTS} documents at most, but never less than one event). When they quote more
     * documents than stay cached (an event larger than a window), each event's are read as it is written, and those
     * of an event larger still as shown.
     */
    private static final class Window {

        private final HtmlOut out;
        private final HtmlContext context;
        private final EventFragments fragments;
        private final List<Event> events = new ArrayList<>();
        private final List<String> signatures = new ArrayList<>();
        private int claims;
        private int documents;

        Window(HtmlOut out, HtmlContext context, EventFragments fragments) {
            this.out = out;
            this.context = context;
            this.fragments = fragments;
        }

        /**
         * Writes the events from {@code from} to {@code to} (exclusive), read as a sublist (a stored list reads
         * only those: events copied from the report before are never read).
         */
        void write(Reconciliation reconciliation, int from, int to) {
            if (from < to) {
                int index = from;
                for (Event e : reconciliation.events().subList(from, to)) {
                    add(e, reconciliation.signature(index++));
                }
                write();
            }
        }

        private void add(Event e, String signature) {
            int eventClaims = claimIds(e).size();
            int eventDocuments = e.documents() == null ? 0 : e.documents().size();
            if (!events.isEmpty() && (claims + eventClaims > WINDOW_CLAIMS
                    || documents + eventDocuments > DocumentBatch.DOCUMENTS)) {
                write();
            }
            events.add(e);
            signatures.add(signature);
            claims += eventClaims;
            documents += eventDocuments;
        }

        private void write() {
            if (events.isEmpty()) {
                return;
            }
            List<String> claimIds = events.stream().flatMap(e -> claimIds(e).stream()).toList();
            boolean prefetched = prefetchDocuments(documentsQuoted(events, claimIds, context), context);
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                if (!prefetched) {
                    prefetchDocuments(documentsQuoted(List.of(e), claimIds(e), context), context);
                }
                fragments.render(out, signatures.get(i), () -> writeEvent(out, e, context));
            }
            events.clear();
            signatures.clear();
            claims = 0;
            documents = 0;
        }
    }

    private static List<String> claimIds(Event e) {
        return e.figures() == null ? List.of() : e.figures().stream()
                .filter(f -> f.claims() != null).flatMap(f -> f.claims().stream()).toList();
    }

    private static void writeEvent(HtmlOut out, Event e, HtmlContext context) {
        out.markup(EventFragments.ARTICLE_START).markup("\n<h3><bdi>").text(e.title() == null ? e.id() : e.title())
                .markup("</bdi></h3>\n<dl class=\"summary\">")
                .entry("المعرّف", e.id()).entry("النوع", e.type()).entry("المكان", context.placeLabel(e.place()))
                .entry("البداية", e.start()).entry("النهاية", e.end())
                .entry("الوثائق", e.documents() == null ? null : Integer.toString(e.documents().size()))
                .markup("</dl>\n");
        writeFigures(out, e.figures(), context);
        HtmlChartSection.write(out, e.figures(), context);
        writeTimeline(out, e.timeline(), context);
        out.markup(EventFragments.ARTICLE_END);
    }

    /** Reads these documents in one request, unless there are more than would all stay cached; says whether. */
    private static boolean prefetchDocuments(Set<String> documents, HtmlContext context) {
        if (documents.size() > DocumentBatch.DOCUMENTS) {
            return false;
        }
        context.prefetchDocuments(documents);
        return true;
    }

    /** The documents of these claims (read in one request, unless cached) and of these events' timelines. */
    private static Set<String> documentsQuoted(List<Event> events, List<String> claimIds, HtmlContext context) {
        Set<String> documents = new LinkedHashSet<>();
        context.claims(claimIds).forEach(c -> documents.add(c.document()));
        events.stream().filter(e -> e.timeline() != null)
                .forEach(e -> e.timeline().forEach(t -> documents.add(t.document())));
        return documents;
    }

    private static void writeFigures(HtmlOut out, List<Figure> figures, HtmlContext context) {
        out.markup("<h4>الأرقام</h4>\n");
        if (figures == null || figures.isEmpty()) {
            out.markup("<p class=\"muted\">لا أرقام.</p>\n");
            return;
        }
        out.markup("<table class=\"figures\">")
                .headerRow("النوع", "الفئة", "الأدنى", "الأرجح", "الأعلى", "تعارض", "ملاحظات")
                .markup("<tbody>\n");
        for (Figure f : figures) {
            out.markup(f.conflict() ? "<tr class=\"figure conflict-row\">" : "<tr class=\"figure\">")
                    .codeCell(f.kind() == null ? null : f.kind().code())
                    .codeCell(f.group() == null ? null : f.group().code())
                    .numberCell(f.low()).numberCell(f.best());
            if (f.high() == null && f.low() != null) {
                out.markup("<td class=\"num open\">مفتوح</td>");
            } else {
                out.numberCell(f.high());
            }
            out.markup(f.conflict() ? "<td><span class=\"conflict\">⚠ تعارض</span></td>" : "<td>لا</td>");
            writeNotes(out, f.notes());
            out.markup("</tr>\n<tr class=\"figure-claims\"><td colspan=\"" + COLUMNS + "\">");
            HtmlFigureClaims.write(out, f, context);
            out.markup("</td></tr>\n");
        }
        out.markup("</tbody></table>\n");
    }

    /** Each note in plain Arabic words, or the reconciler's own sentence when its code has no label. */
    private static void writeNotes(HtmlOut out, List<Note> notes) {
        out.markup("<td>");
        if (notes != null && !notes.isEmpty()) {
            out.markup("<ul class=\"notes\">");
            for (Note n : notes) {
                String plain = n.code() == null ? null : Labels.find("note." + n.code());
                out.markup("<li>");
                if (plain != null) {
                    out.markup("<span class=\"note-plain\">").text(plain).markup("</span>");
                } else {
                    out.markup("<span class=\"note-detail\" dir=\"auto\">").text(n.message()).markup("</span>");
                }
                out.markup("</li>");
            }
            out.markup("</ul>");
        }
        out.markup("</td>");
    }

    private static void writeTimeline(HtmlOut out, List<TimelineEntry> timeline, HtmlContext context) {
        out.markup("<h4>التسلسل الزمني</h4>\n");
        if (timeline == null || timeline.isEmpty()) {
            out.markup("<p class=\"muted\">لا تواريخ.</p>\n");
            return;
        }
        out.markup("<table class=\"timeline\">").headerRow("التاريخ", "ما جرى", "الوثيقة").markup("<tbody>\n");
        for (TimelineEntry t : timeline) {
            out.markup("<tr>").isolatedCell(t.at()).markup("<td>").text(t.text());
            String text = context.text(t.document());
            if (text != null && t.start() >= 0 && t.start() <= t.end() && t.end() <= text.length()) {
                out.markup("<details class=\"sentence\"><summary>الجملة</summary><blockquote class=\"context\">")
                        .text(text.substring(t.start(), t.end())).markup("</blockquote></details>");
            }
            out.markup("</td><td><a href=\"").markup(HtmlFigureClaims.textHref(t.document())).markup("\">")
                    .text(context.documentLabel(t.document())).markup("</a></td></tr>\n");
        }
        out.markup("</tbody></table>\n");
    }
}
