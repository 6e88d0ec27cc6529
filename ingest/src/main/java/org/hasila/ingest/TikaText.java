package org.hasila.ingest;

import java.io.InputStream;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.ToXMLContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Text and metadata of a binary document (pdf, docx, doc, odt, rtf, eml) through Tika, under a write and time limit. */
final class TikaText {

    /** What Tika extracted. */
    record Parsed(String text, Metadata metadata) {
    }

    /**
     * Parses run on daemon threads: a parser stuck in a loop ignores interruption, and must not keep the JVM
     * alive after the job ends.
     */
    private static final ExecutorService PARSERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "hasila-tika-parse");
        thread.setDaemon(true);
        return thread;
    });

    private final AutoDetectParser parser = new AutoDetectParser();
    private final IngestSettings settings;

    TikaText(IngestSettings settings) {
        this.settings = settings;
    }

    Parsed parse(byte[] bytes, String fileName) throws BadInputException {
        Future<Parsed> future = PARSERS.submit(() -> parseNow(bytes, fileName));
        try {
            return future.get(settings.parseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new BadInputException("parse cut off after the time limit of "
                    + settings.parseTimeout().toSeconds() + " s");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new BadInputException("parse interrupted", e);
        } catch (ExecutionException e) {
            throw reason(e.getCause());
        }
    }

    private Parsed parseNow(byte[] bytes, String fileName) throws Exception {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        // WriteOutContentHandler sets a write limit; AutoDetectParser adds Tika's SecureContentHandler,
        // which stops zip bombs (deep nesting or a huge expansion ratio) with a TikaException. The document is kept
        // as XHTML and its body read as a web page's article is, so that a table's row stays on one line.
        ToXMLContentHandler xhtml = new ToXMLContentHandler();
        WriteOutContentHandler handler = new WriteOutContentHandler(xhtml, settings.writeLimit());
        try (InputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, metadata, context());
        }
        Element body = Jsoup.parse(xhtml.toString()).body();
        if (String.valueOf(metadata.get(Metadata.CONTENT_TYPE)).startsWith(DocxComments.MEDIA_TYPE)) {
            DocxComments.remove(bytes, body);
        }
        String text = OfficeBody.text(body);
        if (String.valueOf(metadata.get(Metadata.CONTENT_TYPE)).startsWith("application/pdf")) {
            // Tika has vetted the file (encryption, limits) and read its metadata; the text is read again
            // with whole-line bidi reordering, so that Arabic lines come out in the order they were typed.
            text = PdfText.text(bytes);
            if (text.length() > settings.writeLimit()) {
                throw new BadInputException("text longer than the write limit of " + settings.writeLimit()
                        + " characters");
            }
        }
        return new Parsed(text, metadata);
    }

    /**
     * A document as accepted: no text deleted or moved away under tracked changes ("4" deleted beside the "7" that
     * replaced it read "47"), no page headers and footers (an office's address, a page number).
     */
    private static ParseContext context() {
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true); // the one that honours the settings of tracked changes
        office.setIncludeDeletedContent(false);
        office.setIncludeMoveFromContent(false);
        office.setIncludeHeadersAndFooters(false);
        ParseContext context = new ParseContext();
        context.set(OfficeParserConfig.class, office);
        return context;
    }

    private BadInputException reason(Throwable cause) {
        if (cause instanceof BadInputException bad) {
            return bad;
        }
        if (WriteLimitReachedException.isWriteLimitReached(cause)) {
            return new BadInputException("text longer than the write limit of " + settings.writeLimit()
                    + " characters", cause);
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) {
                return new BadInputException("encrypted document: cannot be read without its password", cause);
            }
            if (t instanceof ZeroByteFileException) {
                return new BadInputException("empty file", cause);
            }
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb")) {
                return new BadInputException("suspected zip bomb: " + oneLine(t.getMessage()), cause);
            }
        }
        if (cause instanceof OutOfMemoryError) {
            return new BadInputException("parse ran out of memory (suspected decompression bomb)", cause);
        }
        return new BadInputException("corrupt or truncated file: " + oneLine(rootMessage(cause)), cause);
    }

    private static String rootMessage(Throwable t) {
        String message = t.getClass().getSimpleName() + ": " + t.getMessage();
        for (Throwable c = t.getCause(); c != null; c = c.getCause()) {
            if (c.getMessage() != null) {
                message = c.getClass().getSimpleName() + ": " + c.getMessage();
            }
        }
        return message;
    }

    static String oneLine(String message) {
        String line = message == null ? "" : message.replaceAll("\\s+", " ").strip();
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
