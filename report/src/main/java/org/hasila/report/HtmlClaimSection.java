package org.hasila.report;

import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Evidence;

/**
 * The claims section of report.html: every stated figure, including those in no event, folded away by default
 * because the events already show the ones that count.
 */
final class HtmlClaimSection {

    private HtmlClaimSection() {
    }

    static void write(HtmlOut out, ReportInput input, HtmlContext context) {
        int count = input.corpus().claimCount();
        out.markup("<section id=\"claims\">\n<h2>كل الادعاءات</h2>\n");
        if (count == 0) {
            out.markup("<p class=\"muted\">لا ادعاءات.</p>\n</section>\n");
            return;
        }
        out.markup("<details class=\"all-claims\"><summary>").text(count + " ادعاء، بما فيها ما لم يُنسب "
                + "إلى حدث").markup("</summary>\n<table class=\"claims\">")
                .headerRow("الوثيقة", "الحدث", "النوع", "الفئة", "القيمة", "المجال", "المصدر", "بتاريخ", "الاقتباس")
                .markup("<tbody>\n");
        DocumentBatch<Claim> batch = new DocumentBatch<>(context::prefetchDocuments, Claim::document, c -> {
            checkQuote(c, context);
            out.markup("<tr><td><a href=\"").markup(HtmlFigureClaims.textHref(c.document())).markup("\">")
                    .text(context.documentLabel(c.document())).markup("</a></td>")
                    .isolatedCell(input.eventOf(c.id()))
                    .codeCell(c.kind() == null ? null : c.kind().code())
                    .codeCell(c.group() == null ? null : c.group().code())
                    .cell(c.value() == null ? null : c.value().text())
                    .isolatedCell(HtmlFigureClaims.interval(c.value()))
                    .cell(context.sourceName(c))
                    .isolatedCell(c.asOfTime() == null ? c.asOf() : c.asOf() + " " + c.asOfTime());
            out.markup("<td class=\"quote\">").text(c.evidence() == null ? HtmlOut.UNKNOWN : c.evidence().quote())
                    .markup("</td></tr>\n");
        });
        input.corpus().claims(batch::add);
        batch.flush();
        out.markup("</tbody></table></details>\n</section>\n");
    }

    /**
     * Fails unless the claim's quote is its document's text at its offsets: checked here, for report.json too,
     * because this section reads every claim's document, with its text, in document order anyway.
     */
    private static void checkQuote(Claim c, HtmlContext context) {
        Evidence evidence = c.evidence();
        if (evidence != null) {
            TextIndex.checkQuote("evidence of claim " + c.id(), c.document(), context.text(c.document()),
                    evidence.start(), evidence.end(), evidence.quote());
        }
    }
}
