package org.hasila.report;

import java.util.List;
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Quantity;

/** The claims section of report.html: every stated figure with who stated it and the sentence it came from. */
final class HtmlClaimSection {

    private HtmlClaimSection() {
    }

    static void write(HtmlOut out, List<Claim> claims) {
        out.markup("<section id=\"claims\">\n<h2>الادعاءات</h2>\n");
        if (claims.isEmpty()) {
            out.markup("<p class=\"muted\">لا ادعاءات.</p>\n</section>\n");
            return;
        }
        out.markup("<table class=\"claims\">")
                .headerRow("الوثيقة", "النوع", "الفئة", "القيمة", "المجال", "المصدر", "بتاريخ", "الاقتباس")
                .markup("<tbody>\n");
        for (Claim c : claims) {
            out.markup("<tr>").isolatedCell(c.document())
                    .codeCell(c.kind() == null ? null : c.kind().code())
                    .codeCell(c.group() == null ? null : c.group().code())
                    .cell(valueText(c.value()))
                    .cell(interval(c.value()))
                    .cell(c.source() == null ? "الوسيلة نفسها" : sourceText(c))
                    .isolatedCell(c.asOf());
            out.markup("<td class=\"quote\">").text(c.evidence() == null ? HtmlOut.UNKNOWN : c.evidence().quote())
                    .markup("</td></tr>\n");
        }
        out.markup("</tbody></table>\n</section>\n");
    }

    private static String valueText(Quantity value) {
        return value == null ? null : value.text();
    }

    /** The interval the statement allows, e.g. {@code [100, 120]} or {@code [50, …)}. */
    private static String interval(Quantity value) {
        if (value == null) {
            return null;
        }
        String high = value.high() == null ? "…)" : value.high() + "]";
        String qualifier = value.qualifier() == null ? "" : " " + Labels.of(value.qualifier().code());
        return "[" + value.low() + ", " + high + qualifier;
    }

    private static String sourceText(Claim c) {
        String text = c.source().text();
        String entity = c.source().entity();
        if (entity == null) {
            return text;
        }
        return text == null ? entity : text + " (" + entity + ")";
    }
}
