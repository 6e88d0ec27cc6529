package org.hasila.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hasila.report.ReportFixtures.MINISTRY;
import static org.hasila.report.ReportFixtures.MINISTRY_TEXT;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hasila.core.claim.Claim;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hasila.core.event.Event;
import org.hasila.core.event.Reconciliation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportWriterTest {

    static final Instant AT = Instant.parse("2026-11-26T02:00:03.456Z");

    @TempDir
    Path out;

    String writeHtml(ReportInput input) throws IOException {
        new ReportWriter().write(out, input, AT);
        return Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    }

    static List<String> all(Pattern pattern, String html) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Nested
    class Safety {

        /** Every tag the writer itself emits, with the attributes it may carry; anything else came from input. */
        static final Set<String> TAGS = Set.of("html", "head", "meta", "title", "style", "body", "header", "nav",
                "main", "h1", "h2", "h3", "h4", "section", "article", "dl", "dt", "dd", "bdi", "table", "thead",
                "tbody", "tr", "th", "td", "span", "p", "ul", "ol", "li", "a", "details", "summary", "blockquote",
                "mark", "strong", "figure", "figcaption", "div", "svg", "g", "line", "polyline", "circle", "rect",
                "path", "text");
        static final Set<String> ATTRIBUTES = Set.of("lang", "dir", "charset", "http-equiv", "content", "name",
                "class", "id", "href", "colspan", "role", "viewBox", "width", "height", "x", "y", "x1", "x2", "y1",
                "y2", "cx", "cy", "r", "d", "points", "fill", "stroke", "text-anchor", "dominant-baseline",
                "direction");
        static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z][A-Za-z0-9]*)([^<>]*)>");
        static final Pattern ATTRIBUTE = Pattern.compile("\\s+([A-Za-z][A-Za-z0-9-]*)=\"([^\"]*)\"");
        /** The only places a link may lead: a section of the page, or a document's text beside it. */
        static final Pattern SAFE_HREF = Pattern.compile("#[a-z]+|text/[A-Za-z0-9][A-Za-z0-9._-]*\\.txt");

        @Test
        void isARightToLeftArabicPageUnderAStrictContentSecurityPolicy() throws IOException {
            String html = writeHtml(ReportFixtures.input());

            assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">")
                    .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                            + "style-src 'unsafe-inline'; img-src data:\">")
                    .doesNotContain("http://", "https://", "<link", "<script", " src=");
        }

        @Test
        void inputMarkupNeverBecomesATagOrAnAttribute() throws IOException {
            String html = writeHtml(ReportFixtures.hostileInput());

            Matcher tags = TAG.matcher(html);
            int tagCount = 0;
            while (tags.find()) {
                tagCount++;
                assertThat(TAGS).as("tag in %s", tags.group()).contains(tags.group(2));
                String rest = ATTRIBUTE.matcher(tags.group(3)).replaceAll("");
                assertThat(rest.isBlank()).as("unparsed attribute text in %s", tags.group()).isTrue();
                Matcher attributes = ATTRIBUTE.matcher(tags.group(3));
                while (attributes.find()) {
                    assertThat(ATTRIBUTES).as("attribute in %s", tags.group()).contains(attributes.group(1));
                    assertThat(attributes.group(2)).doesNotContainIgnoringCase("javascript:");
                    if (attributes.group(1).equals("href")) {
                        assertThat(attributes.group(2)).matches(SAFE_HREF);
                    }
                }
            }
            // Every '<' left in the page opens one of those tags or the doctype: none is input text.
            assertThat(html.chars().filter(c -> c == '<').count()).isEqualTo(tagCount + 1);
            assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<img", "<svg onload", "<a href=\"j");
        }

        @Test
        void escapesEveryInputStringIncludingQuotes() throws IOException {
            String html = writeHtml(ReportFixtures.hostileInput());

            assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                    .contains("&lt;img src=x onerror=alert(1)&gt;")
                    .contains("&lt;a href=&quot;javascript:alert(2)&quot;&gt;")
                    .contains("&#39; &quot; &amp; انتهى")
                    .contains("bad&quot;&#39;&lt;b&gt;.html")
                    .contains("&lt;svg onload=alert(4)&gt;");
        }

        @Test
        void chartLabelsTooltipsAndSourcesAreEscapedToo() throws IOException {
            String html = writeHtml(ReportFixtures.hostileInput());
            String chart = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));

            assertThat(chart).contains("&lt;/title&gt;&lt;img src=x onerror=alert(9)&gt;")
                    .contains("&lt;/text&gt;&lt;script&gt;alert(8)&lt;/script&gt;")
                    .contains("&lt;a href=&quot;javascript:alert(10)&quot;&gt;x&lt;/a&gt;");
            String sources = html.substring(html.indexOf("<section id=\"sources\">"));
            assertThat(sources).contains("&quot;&#39;&gt;&lt;script&gt;");
        }

        @Test
        void escapeReplacesTheFiveSpecialCharacters() {
            assertThat(Html.escape("a&b<c>\"d'e")).isEqualTo("a&amp;b&lt;c&gt;&quot;d&#39;e");
            assertThat(Html.escape("نص عادي")).isEqualTo("نص عادي");
            assertThat(Html.escape(null)).isEmpty();
        }
    }

    @Nested
    class Content {

        @Test
        void anEventsPlaceIsShownByItsNameBesideItsId() throws IOException {
            Event base = ReportFixtures.reconciliation().events().get(0);
            Event placed = new Event(base.id(), base.type(), base.title(), "loc:nowhere", base.start(), base.end(),
                    base.documents(), base.figures(), base.timeline());
            ReportInput input = ReportInput.of(ReportFixtures.run(7), ReportFixtures.documents(), ReportFixtures.entities(),
                    ReportFixtures.mentions(), ReportFixtures.claims(),
                    new Reconciliation(List.of(placed), ReportFixtures.reconciliation().eventOfClaim()),
                    ReportFixtures.changes());

            assertThat(writeHtml(input)).contains("لا مكان (loc:nowhere)");
        }

        @Test
        void marksAPartysClaimOfItsEnemysLosses() throws IOException {
            List<Claim> claims = ReportFixtures.claims().stream().map(c -> !c.id().equals("c-3") ? c
                    : new Claim(c.id(), c.document(), c.kind(), c.group(), c.value(), c.source(), c.asOf(), c.evidence(),
                            c.scope(), c.partOf(), c.place(), c.listedWith(), true)).toList();
            ReportInput input = ReportInput.of(ReportFixtures.run(7), ReportFixtures.documents(), ReportFixtures.entities(),
                    ReportFixtures.mentions(), claims, ReportFixtures.reconciliation(), ReportFixtures.changes());

            assertThat(writeHtml(input)).containsOnlyOnce("<span class=\"tag partisan\">");
            assertThat(writeHtml(ReportFixtures.input())).doesNotContain("tag partisan");
        }

        @Test
        void marksConflictsAndShowsQuarantinedDocumentsWithTheirReason() throws IOException {
            String html = writeHtml(ReportFixtures.input());

            assertThat(html).contains("<tr class=\"figure conflict-row\">").contains("<span class=\"conflict\">")
                    .contains("المصادر لا تتفق")
                    .contains("<tr class=\"quarantined\">").contains("encrypted PDF")
                    .contains("2024/broken.pdf");
        }

        @Test
        void eachFigureOpensToItsClaimsWithTheQuoteMarkedInItsContextAndLinkedToTheText() throws IOException {
            String html = writeHtml(ReportFixtures.input());
            int figure = html.indexOf("<details class=\"claims\">");
            String claims = html.substring(figure, html.indexOf("</details>", figure));
            String firstSentence = MINISTRY_TEXT.substring(0, MINISTRY_TEXT.indexOf('.') + 1);
            String rest = MINISTRY_TEXT.substring(firstSentence.length());

            assertThat(claims).contains("<a href=\"text/" + MINISTRY + ".txt\">بيان وزارة الصحة</a>")
                    .contains("<mark>" + firstSentence.replace("12", "<strong>12</strong>") + "</mark>" + rest)
                    .contains("وزارة الصحة").contains("2024-03-05")
                    .contains("المرصد").contains("ما لا يقل عن 15");
        }

        @Test
        void listsEverySourceWithItsClaimCountAndTheOutletForUnattributedClaims() throws IOException {
            String html = writeHtml(ReportFixtures.input());
            String sources = html.substring(html.indexOf("<section id=\"sources\">"),
                    html.indexOf("</section>", html.indexOf("<section id=\"sources\">")));

            assertThat(sources).contains("<td>وزارة الصحة</td><td><bdi>org:moh</bdi></td><td class=\"num\">2</td>")
                    .contains("<td>المرصد</td><td><bdi>org:monitor</bdi></td><td class=\"num\">1</td>")
                    .contains("الوسيلة الناشرة (\u20682024/monitor.html\u2069)");
        }

        @Test
        void drawsOneSeriesPerSourceForAFigureStatedOnSeveralDates() throws IOException {
            String html = writeHtml(ReportFixtures.movingFigureInput());
            List<String> charts = all(Pattern.compile("(<svg class=\"chart\".*?</svg>)", Pattern.DOTALL), html);

            assertThat(charts).hasSize(1);
            assertThat(all(Pattern.compile("<g class=\"series\"()"), charts.get(0))).hasSize(2);
            assertThat(charts.get(0)).contains("وزارة الصحة (2)").contains("المرصد (2)")
                    .contains(">2024-03-05<").contains(">2024-03-06<").contains(">2024-03-07<");
        }

        @Test
        void figuresWithFewerThanTwoDatedClaimsAreNotCharted() throws IOException {
            String html = writeHtml(ReportFixtures.input());

            // killed civilians has two dated claims (one per source), injured has none.
            assertThat(all(Pattern.compile("<svg (class=\"chart\")"), html)).hasSize(1);
        }

        @Test
        void notesAreShownInPlainArabicWithTheReconcilersSentenceBehindTheFold() throws IOException {
            String html = writeHtml(ReportFixtures.input());

            assertThat(html).contains("<span class=\"note-plain\">" + Labels.find("note.sources-disagree"))
                    .contains("<li dir=\"auto\">المصادر تختلف على عدد القتلى");
        }
    }
}
