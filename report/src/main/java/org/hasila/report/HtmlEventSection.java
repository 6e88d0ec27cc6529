package org.hasila.report;

import java.util.List;
import org.hasila.core.event.Event;
import org.hasila.core.event.Figure;
import org.hasila.core.event.Note;
import org.hasila.core.event.TimelineEntry;

/** The events section of report.html: each event's reconciled figures and its timeline. */
final class HtmlEventSection {

    private HtmlEventSection() {
    }

    static void write(HtmlOut out, List<Event> events) {
        out.markup("<section id=\"events\">\n<h2>الأحداث</h2>\n");
        if (events == null || events.isEmpty()) {
            out.markup("<p class=\"muted\">لا أحداث.</p>\n");
        } else {
            for (Event e : events) {
                writeEvent(out, e);
            }
        }
        out.markup("</section>\n");
    }

    private static void writeEvent(HtmlOut out, Event e) {
        out.markup("<article class=\"event\">\n<h3>").text(e.title() == null ? e.id() : e.title())
                .markup("</h3>\n<dl class=\"summary\">")
                .entry("المعرّف", e.id()).entry("النوع", e.type()).entry("المكان", e.place())
                .entry("البداية", e.start()).entry("النهاية", e.end())
                .entry("الوثائق", e.documents() == null ? null : String.join("، ", e.documents()))
                .markup("</dl>\n");
        writeFigures(out, e.figures());
        writeTimeline(out, e.timeline());
        out.markup("</article>\n");
    }

    private static void writeFigures(HtmlOut out, List<Figure> figures) {
        if (figures == null || figures.isEmpty()) {
            return;
        }
        out.markup("<table class=\"figures\">")
                .headerRow("النوع", "الفئة", "الأدنى", "الأرجح", "الأعلى", "تعارض", "ملاحظات")
                .markup("<tbody>\n");
        for (Figure f : figures) {
            out.markup(f.conflict() ? "<tr class=\"conflict-row\">" : "<tr>")
                    .codeCell(f.kind() == null ? null : f.kind().code())
                    .codeCell(f.group() == null ? null : f.group().code())
                    .cell(f.low()).cell(f.best());
            if (f.high() == null && f.low() != null) {
                out.cell("مفتوح");
            } else {
                out.cell(f.high());
            }
            out.markup(f.conflict() ? "<td><span class=\"conflict\">⚠ تعارض</span></td>" : "<td>لا</td>");
            writeNotes(out, f.notes());
            out.markup("</tr>\n");
        }
        out.markup("</tbody></table>\n");
    }

    private static void writeNotes(HtmlOut out, List<Note> notes) {
        out.markup("<td>");
        if (notes != null && !notes.isEmpty()) {
            out.markup("<ul class=\"notes\">");
            for (Note n : notes) {
                out.markup("<li>").text(n.message()).markup(" <span class=\"code\">").text(n.code())
                        .markup("</span></li>");
            }
            out.markup("</ul>");
        }
        out.markup("</td>");
    }

    private static void writeTimeline(HtmlOut out, List<TimelineEntry> timeline) {
        if (timeline == null || timeline.isEmpty()) {
            return;
        }
        out.markup("<table class=\"timeline\">").headerRow("التاريخ", "ما جرى", "الوثيقة").markup("<tbody>\n");
        for (TimelineEntry t : timeline) {
            out.markup("<tr>").isolatedCell(t.at()).cell(t.text()).isolatedCell(t.document()).markup("</tr>\n");
        }
        out.markup("</tbody></table>\n");
    }
}
