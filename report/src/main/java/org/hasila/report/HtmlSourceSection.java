package org.hasila.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hasila.core.claim.Claim;

/** The sources section of report.html: everyone who stated a figure, with how many claims and documents. */
final class HtmlSourceSection {

    /** As many of a source's wordings as a reader needs to recognise it. */
    private static final int WORDINGS = 5;

    private HtmlSourceSection() {
    }

    /** One source's tally, filled while the claims are read. */
    private static final class Source {
        final String name;
        final String entity;
        final TreeSet<String> wordings = new TreeSet<>();
        final TreeSet<String> documents = new TreeSet<>();
        long claims;

        Source(String name, String entity) {
            this.name = name;
            this.entity = entity;
        }
    }

    static void write(HtmlOut out, List<Claim> claims, HtmlContext context) {
        out.markup("<section id=\"sources\">\n<h2>المصادر</h2>\n");
        Map<String, Source> sources = new LinkedHashMap<>();
        for (Claim c : claims) {
            Source s = sources.computeIfAbsent(HtmlContext.sourceKey(c), k -> new Source(context.sourceName(c),
                    c.source() == null ? null : c.source().entity()));
            if (c.source() != null && c.source().text() != null) {
                s.wordings.add(c.source().text().strip());
            }
            s.documents.add(c.document());
            s.claims++;
        }
        if (sources.isEmpty()) {
            out.markup("<p class=\"muted\">لا مصادر.</p>\n</section>\n");
            return;
        }
        List<Source> sorted = new ArrayList<>(sources.values());
        sorted.sort(Comparator.comparingLong((Source s) -> -s.claims).thenComparing(s -> s.name));
        out.markup("<table class=\"sources\">").headerRow("المصدر", "المعرّف", "ادعاءات", "وثائق", "كما ورد في النص")
                .markup("<tbody>\n");
        for (Source s : sorted) {
            List<String> wordings = new ArrayList<>(s.wordings);
            String shown = String.join("، ", wordings.subList(0, Math.min(WORDINGS, wordings.size())))
                    + (wordings.size() > WORDINGS ? "، …" : "");
            out.markup("<tr>").cell(s.name).isolatedCell(s.entity).numberCell(s.claims)
                    .numberCell((long) s.documents.size()).cell(shown.isEmpty() ? null : shown)
                    .markup("</tr>\n");
        }
        out.markup("</tbody></table>\n</section>\n");
    }
}
