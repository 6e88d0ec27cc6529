package org.hasila.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

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
        String lastDocument;
        long documents;
        long claims;

        Source(String name, String entity) {
            this.name = name;
            this.entity = entity;
        }
    }

    /** Tallies the claims as they stream by; they come in document order, so each document is counted once. */
    static void write(HtmlOut out, ReportCorpus corpus, HtmlContext context) {
        out.markup("<section id=\"sources\">\n<h2>المصادر</h2>\n");
        Map<String, Source> sources = new LinkedHashMap<>();
        corpus.claims(c -> {
            Source s = sources.computeIfAbsent(HtmlContext.sourceKey(c), k -> new Source(context.sourceName(c),
                    c.source() == null ? null : c.source().entity()));
            if (c.source() != null && c.source().text() != null) {
                s.wordings.add(c.source().text().strip());
            }
            if (!Objects.equals(c.document(), s.lastDocument)) {
                s.lastDocument = c.document();
                s.documents++;
            }
            s.claims++;
        });
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
                    .numberCell(s.documents).cell(shown.isEmpty() ? null : shown)
                    .markup("</tr>\n");
        }
        out.markup("</tbody></table>\n</section>\n");
    }
}
