package org.hasila.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/** Writes report.json, report.html and text/&lt;document-id&gt;.txt under an output folder, each file atomically. */
public final class ReportWriter {

    static final String JSON = "report.json";
    static final String HTML = "report.html";
    static final String TEXT_DIR = "text";

    /** Document ids become file names, so only plain names are accepted (no separators, no "..", no hidden files). */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    /**
     * Writes the report for {@code input}: report.html on a thread of its own, the texts on another (read, then
     * handed to their writer threads), report.json on this one. report.json replaces the old one only once every
     * text is on disk, so that every offset in it already points into its text; report.json and report.html are both
     * fully written before either replaces its predecessor. Every offset is checked against its text first, each
     * where its text is at hand: the mentions' quotes on a thread of their own, in document order, the claims' quotes
     * in report.html's claims section (which reads their documents anyway), the timeline entries against the texts'
     * lengths (taken as the texts are written). Events whose article the previous report.html holds under the same
     * signature are copied from it ({@link EventFragments}).
     *
     * @return how many events there were, and how many of them were copied
     * @throws ReportException when a file cannot be written, a document id is not a safe file name, or an offset
     *                         in the input does not match its document's text; the previous report is kept
     */
    public Written write(Path outputDir, ReportInput input, Instant generatedAt) {
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Path dir = AtomicFiles.directory(outputDir);
        Path textDir = AtomicFiles.directory(dir.resolve(TEXT_DIR));
        AtomicFiles.removeStaleTemps(dir);
        AtomicFiles.removeStaleTemps(textDir);
        Path htmlFile = dir.resolve(HTML);
        Map<String, Integer> lengths;
        int copied;
        try (EventFragments fragments = EventFragments.open(htmlFile);
             TextFiles textFiles = new TextFiles(textDir);
             BackgroundTask<Map<String, Integer>> textPass = new BackgroundTask<>("hasila-report-texts",
                     "the texts in " + textDir, stopped -> writeTexts(input.corpus(), textFiles, stopped));
             BackgroundTask<Void> mentionChecks = new BackgroundTask<>("hasila-report-checks",
                     "the checks of the mentions' quotes", stopped -> {
                         JsonReportWriter.checkMentions(input, new TextIndex(input.corpus(), textPass::get), stopped);
                         return null;
                     });
             BackgroundStage html = new BackgroundStage("hasila-report-html", htmlFile,
                     out -> HtmlReportWriter.write(out, input, generatedAt, fragments, textPass::get))) {
            TextIndex texts = new TextIndex(input.corpus(), textPass::get);
            try (AtomicFiles.Staged json = AtomicFiles.stage(dir.resolve(JSON),
                    out -> JsonReportWriter.write(out, input, generatedAt, texts));
                 AtomicFiles.Staged stagedHtml = html.get()) {
                lengths = textPass.get();
                mentionChecks.get();
                textFiles.await();
                json.commit();
                stagedHtml.commit();
            } catch (RuntimeException e) {
                throw firstOf(textPass, e);
            }
            fragments.publish(htmlFile);
            copied = fragments.copied();
        }
        removeUnreportedTexts(textDir, lengths.keySet());
        List<?> events = input.reconciliation().events();
        return new Written(copied, events == null ? 0 : events.size());
    }

    /**
     * The texts' failure, when they failed too (a document id that cannot name a file, say, is what was wrong
     * first; a report that refers to it may have failed over it sooner), else {@code failure}.
     */
    private static RuntimeException firstOf(BackgroundTask<?> textPass, RuntimeException failure) {
        try {
            textPass.get();
            return failure;
        } catch (RuntimeException texts) {
            if (texts != failure) {
                texts.addSuppressed(failure);
            }
            return texts;
        }
    }

    /**
     * What writing a report did beyond its files.
     *
     * @param eventsCopied how many events' articles were copied from the report.html before
     * @param events       how many events the report holds
     */
    public record Written(int eventsCopied, int events) {
    }

    /**
     * Hands each document's text to {@code textFiles}, one document at a time, until {@code stopped}, and returns
     * the ids, each with the length of its text (what a span needs to be checked); the files are written while the
     * report goes on (see {@link TextFiles} for why that is safe).
     */
    private static Map<String, Integer> writeTexts(ReportCorpus corpus, TextFiles textFiles, BooleanSupplier stopped) {
        Map<String, Integer> lengths = new HashMap<>();
        corpus.documents(document -> {
            if (stopped.getAsBoolean()) {
                throw new ReportException("stopped: the report the texts belong to failed");
            }
            String id = document.id();
            if (id == null || !SAFE_ID.matcher(id).matches()) {
                throw new ReportException("document id " + id + " of " + document.file()
                        + " cannot name a text file (allowed: letters, digits, '.', '_', '-')");
            }
            if (lengths.putIfAbsent(id, document.text().length()) != null) {
                throw new ReportException("document id " + id + " appears twice");
            }
            textFiles.write(id, document.text().getBytes(StandardCharsets.UTF_8));
        });
        return lengths;
    }

    /** Texts of documents an earlier report listed but this one does not; only after the new report is in place. */
    private static void removeUnreportedTexts(Path textDir, Set<String> ids) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(textDir, "*.txt")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!ids.contains(name.substring(0, name.length() - ".txt".length()))) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // A stale text is unreferenced by the new report; failing a finished run over it would not help.
        }
    }
}
