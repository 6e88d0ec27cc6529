package org.hasila.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/** Writes report.json, report.html and text/&lt;document-id&gt;.txt under an output folder, each file atomically. */
public final class ReportWriter {

    static final String JSON = "report.json";
    static final String HTML = "report.html";
    static final String TEXT_DIR = "text";

    /** Document ids become file names, so only plain names are accepted (no separators, no "..", no hidden files). */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");

    /**
     * Writes the report for {@code input}. Texts come first so that every offset in the new report.json already
     * points into its text when report.json replaces the old one; report.json and report.html are both fully
     * written before either replaces its predecessor.
     *
     * @throws ReportException when a file cannot be written, a document id is not a safe file name, or an offset
     *                         in the input does not match its document's text; the previous report is kept
     */
    public void write(Path outputDir, ReportInput input, Instant generatedAt) {
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Path dir = AtomicFiles.directory(outputDir);
        Path textDir = AtomicFiles.directory(dir.resolve(TEXT_DIR));
        AtomicFiles.removeStaleTemps(dir);
        AtomicFiles.removeStaleTemps(textDir);
        Set<String> ids = writeTexts(textDir, input.corpus());
        TextIndex texts = new TextIndex(new DocumentCache(input.corpus()));
        try (AtomicFiles.Staged json = AtomicFiles.stage(dir.resolve(JSON),
                out -> JsonReportWriter.write(out, input, generatedAt, texts));
             AtomicFiles.Staged html = AtomicFiles.stage(dir.resolve(HTML),
                     out -> writeHtml(out, input, generatedAt))) {
            json.commit();
            html.commit();
        }
        removeUnreportedTexts(textDir, ids);
    }

    private static void writeHtml(OutputStream out, ReportInput input, Instant generatedAt)
            throws IOException {
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            HtmlReportWriter.write(writer, input, generatedAt);
        }
    }

    /**
     * Writes text/&lt;id&gt;.txt for each document, one document at a time, and returns the ids. A text already
     * there with the same bytes is left alone: ids are content-derived, so a nightly run rewrites only new texts.
     */
    private static Set<String> writeTexts(Path textDir, ReportCorpus corpus) {
        Set<String> ids = new HashSet<>();
        corpus.documents(document -> {
            String id = document.id();
            if (id == null || !SAFE_ID.matcher(id).matches()) {
                throw new ReportException("document id " + id + " of " + document.file()
                        + " cannot name a text file (allowed: letters, digits, '.', '_', '-')");
            }
            if (!ids.add(id)) {
                throw new ReportException("document id " + id + " appears twice");
            }
            byte[] bytes = document.text().getBytes(StandardCharsets.UTF_8);
            Path file = textDir.resolve(id + ".txt");
            if (!holds(file, bytes)) {
                AtomicFiles.write(file, out -> out.write(bytes));
            }
        });
        return ids;
    }

    private static boolean holds(Path file, byte[] bytes) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == bytes.length
                    && Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (IOException e) {
            return false;
        }
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
