package org.hasila.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The events' articles in report.html as byte ranges filed by the events' signatures, so that a report copies an
 * unchanged event's article from the report.html before it, byte for byte, instead of reading its claims and
 * texts and writing it again: most of a nightly report's events are the night before's, and their articles are most
 * of the page.
 * <p>
 * A signature names everything an event and its article are made of (the reconciler's: the claims, dates,
 * documents and their names, the build and settings), so equal signatures make equal articles. The ranges are kept
 * in an index beside report.html ({@value #INDEX}) that also records the size and modification time of the
 * report.html it describes: an index that does not match the file (a report.html replaced since, an index left by a
 * crash between the two), cannot be read, or points at a range that does not hold an article, is not used, and the
 * events are written anew. Nothing else trusts the index.
 */
final class EventFragments implements AutoCloseable {

    /** The index of report.html's event articles, beside it. */
    static final String INDEX = ".report.html.events";

    static final String ARTICLE_START = "<article class=\"event\">";
    static final String ARTICLE_END = "</article>\n";

    private static final String HEADER = "hasila report.html events 1";
    private static final byte[] START_BYTES = ARTICLE_START.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_BYTES = ARTICLE_END.getBytes(StandardCharsets.US_ASCII);

    private final FileChannel previous;
    private final Map<String, Range> ranges;
    private final boolean recording;
    private final List<String> written = new ArrayList<>();
    private int copied;

    private EventFragments(FileChannel previous, Map<String, Range> ranges, boolean recording) {
        this.previous = previous;
        this.ranges = ranges;
        this.recording = recording;
    }

    /** Neither copies nor records: for output that does not count its bytes. */
    static EventFragments none() {
        return new EventFragments(null, Map.of(), false);
    }

    /**
     * The articles of {@code html} as its index beside it describes them, when it does; otherwise none. Either way
     * the articles written next are recorded, for {@link #publish}.
     */
    static EventFragments open(Path html) {
        Path index = html.resolveSibling(INDEX);
        FileChannel channel = null;
        try {
            // opened first, so that the page described is the page read even if a file is renamed over it meanwhile
            channel = FileChannel.open(html, StandardOpenOption.READ);
            Map<String, Range> ranges = new HashMap<>();
            try (BufferedReader in = Files.newBufferedReader(index, StandardCharsets.UTF_8)) {
                BasicFileAttributes file = Files.readAttributes(html, BasicFileAttributes.class);
                if (file.size() != channel.size() || !HEADER.equals(in.readLine())
                        || !describe(file).equals(in.readLine())) {
                    return new EventFragments(null, Map.of(), true);
                }
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String[] fields = line.split(" ");
                    Range range = fields.length == 3
                            ? new Range(Long.parseLong(fields[1]), Long.parseLong(fields[2])) : null;
                    if (range == null || range.offset() < 0 || range.length() < START_BYTES.length
                            + END_BYTES.length || range.offset() + range.length() > file.size()) {
                        return new EventFragments(null, Map.of(), true);
                    }
                    ranges.put(fields[0], range);
                }
            }
            EventFragments fragments = new EventFragments(channel, ranges, true);
            channel = null;
            return fragments;
        } catch (IOException | RuntimeException e) {
            // No index (the first report), or one that cannot be read: the events are written anew.
            return new EventFragments(null, Map.of(), true);
        } finally {
            closeQuietly(channel);
        }
    }

    /**
     * The article of the event with this signature ({@code null} if unknown) in the report before, when it holds
     * one under the same signature; otherwise {@code null}.
     */
    Range find(String signature) {
        Range range = signature == null || previous == null ? null : ranges.get(signature);
        return range == null || !holdsArticle(range) ? null : range;
    }

    /** Copies an article {@link #find} found, as it is, and records where it went. */
    void copy(HtmlOut out, String signature, Range range) {
        long start = out.position();
        out.copy(previous, range.offset(), range.length());
        copied++;
        record(signature, start, out.position());
    }

    /** Writes an event's article by {@code render}, recording where it went under {@code signature}, if known. */
    void render(HtmlOut out, String signature, Runnable render) {
        if (!recording || signature == null) {
            render.run();
            return;
        }
        long start = out.position();
        render.run();
        record(signature, start, out.position());
    }

    /** How many articles were copied from the report before. */
    int copied() {
        return copied;
    }

    /**
     * Publishes the index of the articles written, for the report.html now at {@code html} (just renamed into place,
     * whose size and time it records), or removes the old index when no event was signed. Unforced: after a power
     * loss an index that lost its bytes does not match and is not used. A failure is ignored: the report is published
     * already, and without an index the next report writes every event anew.
     */
    void publish(Path html) {
        if (!recording) {
            return;
        }
        try {
            if (written.isEmpty()) {
                // no signed event: nothing for the next report to copy, and no index to leave beside the page
                Files.deleteIfExists(html.resolveSibling(INDEX));
                return;
            }
            String file = describe(Files.readAttributes(html, BasicFileAttributes.class));
            AtomicFiles.writeUnforced(html.resolveSibling(INDEX), out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                writer.write(HEADER + "\n" + file + "\n");
                for (String line : written) {
                    writer.write(line);
                    writer.write('\n');
                }
                writer.flush();
            });
        } catch (IOException | RuntimeException e) {
            // Not worth failing a published report over; see above.
        }
    }

    @Override
    public void close() {
        closeQuietly(previous);
    }

    private void record(String signature, long start, long end) {
        if (recording) {
            written.add(signature + " " + start + " " + (end - start));
        }
    }

    /** Whether the range starts and ends as an article does, read from the file (a few bytes each end). */
    private boolean holdsArticle(Range range) {
        try {
            return Arrays.equals(read(range.offset(), START_BYTES.length), START_BYTES)
                    && Arrays.equals(read(range.offset() + range.length() - END_BYTES.length, END_BYTES.length),
                    END_BYTES);
        } catch (IOException e) {
            return false;
        }
    }

    private byte[] read(long offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (previous.read(buffer, offset + buffer.position()) < 0) {
                return new byte[0];
            }
        }
        return buffer.array();
    }

    private static String describe(BasicFileAttributes file) {
        return file.size() + " " + file.lastModifiedTime().to(TimeUnit.MICROSECONDS);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // only read from
            }
        }
    }

    /** Where an article is in the report before. */
    record Range(long offset, long length) {
    }
}
