package org.hasila.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Quantity;
import org.hasila.core.event.Figure;
import org.hasila.core.event.Note;

/**
 * What a figure opens to: each of its claims with its source, date and value, and the quoted sentence highlighted
 * in its surrounding text, linked to the document's text file. A {@code <details>} element, so it needs no script.
 */
final class HtmlFigureClaims {

    private HtmlFigureClaims() {
    }

    /** A figure's name for people, e.g. "قتلى — مدنيون". */
    static String figureName(Figure f) {
        String kind = f.kind() == null ? HtmlOut.UNKNOWN : Labels.of(f.kind().code());
        String group = f.group() == null ? HtmlOut.UNKNOWN : Labels.of(f.group().code());
        return kind + " — " + group;
    }

    static void write(HtmlOut out, Figure f, HtmlContext context) {
        List<Claim> claims = context.claims(f.claims());
        Set<String> sources = new HashSet<>();
        claims.forEach(c -> sources.add(HtmlContext.sourceKey(c)));
        out.markup("<details class=\"claims\"><summary>").text("الادعاءات: " + claims.size() + " · المصادر: "
                + sources.size() + " — " + figureName(f)).markup("</summary>\n");
        writeNoteDetails(out, f.notes());
        out.markup("<ol class=\"claim-list\">\n");
        Set<String> current = f.current() == null ? Set.of() : Set.copyOf(f.current());
        for (Claim c : claims) {
            writeClaim(out, c, current.contains(c.id()), context);
        }
        out.markup("</ol></details>");
    }

    /** The reconciler's full sentence for each note, naming the claims it weighed; left to right when Latin. */
    private static void writeNoteDetails(HtmlOut out, List<Note> notes) {
        if (notes == null || notes.isEmpty()) {
            return;
        }
        out.markup("<ul class=\"note-details\">");
        for (Note n : notes) {
            out.markup("<li dir=\"auto\">").text(n.message()).markup(" <span class=\"code\">").text(n.code())
                    .markup("</span></li>");
        }
        out.markup("</ul>\n");
    }

    static void writeClaim(HtmlOut out, Claim c, boolean current, HtmlContext context) {
        out.markup(current ? "<li class=\"claim current\">" : "<li class=\"claim\">")
                .markup("<p class=\"claim-head\"><strong class=\"source\">").text(context.sourceName(c))
                .markup("</strong>");
        if (c.source() != null && c.source().text() != null
                && !c.source().text().strip().equals(context.sourceName(c))) {
            out.markup(" <span class=\"said\">(كما ورد: «").text(c.source().text().strip()).markup("»)</span>");
        }
        out.markup(" · <span class=\"value\">").text(c.value() == null ? HtmlOut.UNKNOWN : c.value().text())
                .markup("</span> <span class=\"interval\"><bdi>").text(interval(c.value()))
                .markup("</bdi></span> · <span class=\"date\">")
                .text(c.asOf() == null ? "تاريخ غير محدد" : c.asOfTime() == null ? c.asOf() : c.asOf() + " " + c.asOfTime())
                .markup("</span>");
        if (current) {
            out.markup(" <span class=\"tag\">آخر ما قاله المصدر</span>");
        }
        if (c.partisan()) {
            out.markup(" <span class=\"tag partisan\">ادعاء طرف في القتال عن خسائر خصمه</span>");
        }
        out.markup("</p>\n");
        writeContext(out, c, context);
        out.markup("<p class=\"claim-foot\"><a href=\"").markup(textHref(c.document())).markup("\">")
                .text(context.documentLabel(c.document())).markup("</a>");
        if (c.evidence() != null) {
            out.markup(" <bdi class=\"code\">").text(c.id() + " · " + c.evidence().start() + "–"
                    + c.evidence().end()).markup("</bdi>");
        }
        out.markup("</p></li>\n");
    }

    /** The quote in its context, the stated value inside it emphasised. */
    private static void writeContext(HtmlOut out, Claim c, HtmlContext context) {
        if (c.evidence() == null) {
            out.markup("<blockquote class=\"context\">").text(HtmlOut.UNKNOWN).markup("</blockquote>\n");
            return;
        }
        QuoteContext q = QuoteContext.of(context.text(c.document()), c.evidence().start(), c.evidence().end(),
                c.evidence().quote());
        out.markup("<blockquote class=\"context\">").text(q.cutBefore() ? "… " : "").text(q.before())
                .markup("<mark>");
        String quote = q.quote() == null ? "" : q.quote();
        String value = c.value() == null ? null : c.value().text();
        int at = value == null || value.isEmpty() ? -1 : quote.indexOf(value);
        if (at < 0) {
            out.text(quote);
        } else {
            out.text(quote.substring(0, at)).markup("<strong>").text(value).markup("</strong>")
                    .text(quote.substring(at + value.length()));
        }
        out.markup("</mark>").text(q.after()).text(q.cutAfter() ? " …" : "").markup("</blockquote>\n");
    }

    /**
     * The relative link to a document's text file, escaped; ReportWriter admits only plain file-name ids, so the
     * link can only ever name a file in text/.
     */
    static String textHref(String documentId) {
        return Html.escape(ReportWriter.TEXT_DIR + "/" + documentId + ".txt");
    }

    /** The interval a statement allows, e.g. {@code [100, 120]} or {@code [50, …)}, with its qualifier. */
    static String interval(Quantity value) {
        if (value == null) {
            return null;
        }
        String high = value.high() == null ? "…)" : value.high() + "]";
        String qualifier = value.qualifier() == null ? "" : " " + Labels.of(value.qualifier().code());
        return "[" + value.low() + ", " + high + qualifier;
    }
}
