package org.hasila.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes report.html: one self-contained page for people, with no script and no request (its only links lead to
 * the document texts beside it and to its own sections), under a Content-Security-Policy that would block any
 * active content that got in anyway.
 */
final class HtmlReportWriter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    private static final String CSS = loadCss();

    private HtmlReportWriter() {
    }

    /** Writes the page to a writer, every event anew. */
    static void write(Writer writer, ReportInput input, Instant generatedAt) {
        write(new HtmlOut(writer), input, generatedAt, EventFragments.none(), () -> textLengths(input.corpus()));
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the page to a stream, as UTF-8, copying from {@code fragments} the events it holds (see
     * {@link EventFragments}) and recording there where every event went.
     *
     * @param textLengths the length of each document's text, asked for when the documents are listed (which link
     *                    to their texts only when there is one); it may still be worked out meanwhile
     */
    static void write(OutputStream stream, ReportInput input, Instant generatedAt, EventFragments fragments,
                      Supplier<Map<String, Integer>> textLengths) {
        HtmlOut out = new HtmlOut(stream);
        write(out, input, generatedAt, fragments, textLengths);
        out.flush();
    }

    /** The length of each document's text, read from the corpus. */
    static Map<String, Integer> textLengths(ReportCorpus corpus) {
        Map<String, Integer> lengths = new HashMap<>();
        corpus.documents(d -> lengths.put(d.id(), d.text().length()));
        return lengths;
    }

    private static void write(HtmlOut out, ReportInput input, Instant generatedAt, EventFragments fragments,
                              Supplier<Map<String, Integer>> textLengths) {
        HtmlContext context = new HtmlContext(input);
        out.markup("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n")
                .markup("<meta http-equiv=\"Content-Security-Policy\" content=\"").markup(CONTENT_SECURITY_POLICY)
                .markup("\">\n<meta name=\"referrer\" content=\"no-referrer\">\n")
                .markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .markup("<title>تقرير حصيلة</title>\n<style>\n").markup(CSS).markup("</style>\n</head>\n<body>\n")
                .markup("<header>\n<h1>تقرير حصيلة</h1>\n<p class=\"lead\">");
        writeLead(out, input, generatedAt);
        out.markup("</p>\n<nav><a href=\"#events\">الأحداث</a> · "
                        + "<a href=\"#sources\">المصادر</a> · <a href=\"#run\">التشغيل</a> · "
                        + "<a href=\"#documents\">الوثائق</a> · <a href=\"#claims\">كل الادعاءات</a></nav>\n"
                        + "</header>\n<main>\n");
        HtmlEventSection.write(out, input.reconciliation(), context, fragments);
        HtmlSourceSection.write(out, input.corpus(), context);
        writeSummary(out, input, generatedAt);
        writeDocuments(out, input, textLengths);
        HtmlClaimSection.write(out, input, context);
        out.markup("</main>\n</body>\n</html>\n");
    }

    /** One line on what the page covers, before any detail. */
    private static void writeLead(HtmlOut out, ReportInput input, Instant generatedAt) {
        int events = input.reconciliation().events() == null ? 0 : input.reconciliation().events().size();
        out.text("أُنشئ في ").markup("<bdi>").text(JsonReportWriter.timestamp(generatedAt)).markup("</bdi>")
                .text(" من " + input.corpus().documentCount() + " وثيقة: " + events + " حدث، " + input.corpus().claimCount()
                        + " ادعاء.");
    }

    private static void writeSummary(HtmlOut out, ReportInput input, Instant generatedAt) {
        out.markup("<section id=\"run\">\n<h2>ملخص التشغيل</h2>\n<dl class=\"summary\">");
        out.entry("وقت الإنشاء", JsonReportWriter.timestamp(generatedAt))
                .entry("إصدار المخطط", JsonReportWriter.SCHEMA_VERSION);
        RunSummary run = input.run();
        out.entry("رقم التنفيذ", Long.toString(run.jobExecutionId()))
                .entry("الحالة", run.status())
                .entry("المدخلات", run.input())
                .entry("وثائق مقروءة", Integer.toString(run.documentsRead()))
                .entry("وثائق معزولة", Integer.toString(run.documentsQuarantined()))
                .entry("وثائق دون تغيير", Integer.toString(run.documentsUnchanged()))
                .entry("وثائق متروكة", Integer.toString(run.documentsSkipped()));
        Changes changes = input.changes();
        out.entry("مقارنة بالتنفيذ", changes.since() == null ? null : changes.since().toString())
                .entry("ادعاءات جديدة", Integer.toString(changes.claimsAdded().size()))
                .entry("ادعاءات محذوفة", Integer.toString(changes.claimsRemoved().size()))
                .entry("أرقام تغيرت", Integer.toString(changes.figuresChanged().size()));
        out.markup("</dl>\n");
        writeFigureChanges(out, changes);
        out.markup("</section>\n");
    }

    private static void writeFigureChanges(HtmlOut out, Changes changes) {
        if (changes.figuresChanged().isEmpty()) {
            return;
        }
        out.markup("<h3>أرقام تغيرت</h3>\n<table>")
                .headerRow("الحدث", "النوع", "الفئة", "الأدنى سابقاً", "الأرجح سابقاً", "الأعلى سابقاً",
                        "الأدنى الآن", "الأرجح الآن", "الأعلى الآن")
                .markup("<tbody>\n");
        for (FigureChange c : changes.figuresChanged()) {
            out.markup("<tr>").isolatedCell(c.event()).codeCell(c.kind()).codeCell(c.group())
                    .cell(c.oldLow()).cell(c.oldBest()).cell(c.oldHigh())
                    .cell(c.newLow()).cell(c.newBest()).cell(c.newHigh()).markup("</tr>\n");
        }
        out.markup("</tbody></table>\n");
    }

    /** Every document (its metadata only: a text is linked when its length says there is one). */
    private static void writeDocuments(HtmlOut out, ReportInput input, Supplier<Map<String, Integer>> textLengths) {
        out.markup("<section id=\"documents\">\n<h2>الوثائق</h2>\n<p class=\"muted\">كل ملف قُرئ، وما حلّ به: "
                + "عولج، أو عُزل لأنه تعذّرت قراءته، أو تُرك، مع السبب.</p>\n<table>")
                .headerRow("الملف", "المعرّف", "العنوان", "تاريخ النشر", "الحالة", "السبب")
                .markup("<tbody>\n");
        Map<String, Integer> lengths = textLengths.get();
        input.corpus().documentsWithoutText(d -> {
            String status = d.status() == null ? null : d.status().code();
            // Only the enum's own codes reach the class attribute, never input text.
            String rowClass = status == null ? "" : " class=\"" + status + "\"";
            out.markup("<tr" + rowClass + ">").isolatedCell(d.file());
            if (lengths.getOrDefault(d.id(), 0) == 0) {
                out.isolatedCell(d.id());
            } else {
                out.markup("<td><a href=\"").markup(HtmlFigureClaims.textHref(d.id())).markup("\"><bdi>").text(d.id())
                        .markup("</bdi></a></td>");
            }
            // a date line without its year shows its month and day as ISO-8601 writes them ("--09-18")
            out.cell(d.title()).isolatedCell(d.published() != null ? d.published() : d.monthDay());
            if (status == null) {
                out.cell((String) null);
            } else {
                out.markup("<td class=\"status-" + status + "\">").text(Labels.of(status))
                        .markup(" <span class=\"code\">").text(status).markup("</span></td>");
            }
            out.cell(d.error()).markup("</tr>\n");
        });
        out.markup("</tbody></table>\n</section>\n");
    }

    private static String loadCss() {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("missing resource report.css");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report.css", e);
        }
    }
}
