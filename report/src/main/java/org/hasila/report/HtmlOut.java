package org.hasila.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;

/**
 * Markup sink: {@link #markup} takes the writer's own constant tags, every other method escapes, so input text
 * can never become markup.
 */
final class HtmlOut {

    /** Shown where the report has no value. */
    static final String UNKNOWN = "—";

    private final Writer writer;
    /** The bytes written so far, when writing UTF-8 to a stream; {@code null} over a bare writer. */
    private final CountingStream bytes;

    /** Markup for a writer, such as a test's; {@link #position} and {@link #copy} need {@link #HtmlOut(OutputStream)}. */
    HtmlOut(Writer writer) {
        this.writer = writer;
        this.bytes = null;
    }

    /** Markup encoded as UTF-8 to {@code out}, counting its bytes. Call {@link #flush} at the end. */
    HtmlOut(OutputStream out) {
        this.bytes = new CountingStream(out);
        this.writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
    }

    /** How many bytes have been written so far (the markup is encoded first). */
    long position() {
        flush();
        return counted().count;
    }

    /** Appends {@code length} bytes of {@code from} starting at {@code offset}, as they are. */
    void copy(FileChannel from, long offset, long length) {
        flush();
        WritableByteChannel to = Channels.newChannel(counted());
        try {
            for (long done = 0; done < length; ) {
                long moved = from.transferTo(offset + done, length - done, to);
                if (moved <= 0) {
                    throw new IOException("the file ends " + (length - done) + " bytes early");
                }
                done += moved;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hands the markup written so far on to the stream (or writer) underneath. */
    void flush() {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CountingStream counted() {
        if (bytes == null) {
            throw new IllegalStateException("bytes are counted only when writing to a stream");
        }
        return bytes;
    }

    /** Writes trusted markup; never pass input text here. */
    HtmlOut markup(String constant) {
        try {
            writer.write(constant);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes input text, escaped. */
    HtmlOut text(String value) {
        return markup(Html.escape(value));
    }

    /** A table cell holding escaped text, or the unknown mark. */
    HtmlOut cell(String value) {
        return markup("<td>").text(value == null ? UNKNOWN : value).markup("</td>");
    }

    HtmlOut cell(Long value) {
        return cell(value == null ? null : value.toString());
    }

    /** A cell holding a number, aligned for comparing down a column. */
    HtmlOut numberCell(Long value) {
        return markup("<td class=\"num\">").text(value == null ? UNKNOWN : value.toString()).markup("</td>");
    }

    /** A table cell whose text may run in either direction (file names, Latin ids inside Arabic). */
    HtmlOut isolatedCell(String value) {
        return markup("<td><bdi>").text(value == null ? UNKNOWN : value).markup("</bdi></td>");
    }

    /** A header row of constant labels. */
    HtmlOut headerRow(String... labels) {
        markup("<thead><tr>");
        for (String label : labels) {
            markup("<th>").text(label).markup("</th>");
        }
        return markup("</tr></thead>");
    }

    /** A term and its escaped value in a description list. */
    HtmlOut entry(String term, String value) {
        return markup("<dt>").text(term).markup("</dt><dd><bdi>").text(value == null ? UNKNOWN : value)
                .markup("</bdi></dd>");
    }

    /** A cell showing a contract code by its Arabic label, with the code itself beside it for machines and search. */
    HtmlOut codeCell(String code) {
        if (code == null) {
            return cell((String) null);
        }
        return markup("<td>").text(Labels.of(code)).markup(" <span class=\"code\">").text(code)
                .markup("</span></td>");
    }

    /**
     * Counts the bytes passing through. A flush goes no further than here: the writer above is flushed at every
     * position asked for, and the stream below is flushed by whoever owns it once the page is written.
     */
    private static final class CountingStream extends FilterOutputStream {

        private long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void flush() {
            // see above
        }
    }
}
