package org.hasila.report;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes the text/&lt;id&gt;.txt files on a few threads while the report goes on being read and written, and makes
 * them durable before the report that refers to them is published.
 * <p>
 * Each text is renamed into place whole, so a reader never sees half of one, but it is forced to disk after its
 * rename, side by side with others, rather than by one {@code fsync} after another before each rename (that was
 * most of the report step's time when a run brought thousands of new texts). It is safe because nothing refers to a
 * new text until report.json replaces its predecessor, which happens only after {@link #await} has seen every text
 * forced: a text that a power loss empties before then is named by no published report (or it already differed from
 * its document, or it would not have been rewritten), and the next run, which compares every text with its document
 * byte for byte, writes it again.
 */
final class TextFiles implements AutoCloseable {

    static final int THREADS = 8;
    /** Texts handed over and not yet written: a bound on the bytes held, whatever the size of the corpus. */
    static final int QUEUED = 64;

    private final Path dir;
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS, task -> {
        Thread thread = new Thread(task, "hasila-text-writer");
        thread.setDaemon(true);
        return thread;
    });
    private final Semaphore queued = new Semaphore(QUEUED);
    private final AtomicReference<ReportException> failure = new AtomicReference<>();

    TextFiles(Path dir) {
        this.dir = dir;
    }

    /**
     * Makes {@code <dir>/<id>.txt} hold {@code bytes}, in the background; a file that already holds them is left
     * alone (ids are content-derived, so a nightly run writes only its new texts).
     *
     * @throws ReportException when an earlier text could not be written
     */
    void write(String id, byte[] bytes) {
        rethrow();
        Path file = dir.resolve(id + ".txt");
        queued.acquireUninterruptibly();
        try {
            pool.execute(() -> {
                try {
                    if (!holds(file, bytes)) {
                        AtomicFiles.writeUnforced(file, out -> out.write(bytes));
                        force(file);
                    }
                } catch (ReportException e) {
                    failure.compareAndSet(null, e);
                } catch (IOException | RuntimeException e) {
                    failure.compareAndSet(null, new ReportException("cannot write " + file + ": "
                            + AtomicFiles.describe(e), e));
                } catch (Error e) {
                    // out of memory in a writer: the report must not be published naming a text never written
                    failure.compareAndSet(null, new ReportException("cannot write " + file + ": " + e, e));
                    throw e;
                } finally {
                    queued.release();
                }
            });
        } catch (RuntimeException e) {
            queued.release();
            throw e;
        }
    }

    /**
     * Waits until every text handed over is written and on disk, then forces the directory (where the platform
     * allows it) so that their names are as durable as their bytes.
     *
     * @throws ReportException when a text could not be written
     */
    void await() {
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                // a slow disk is no reason to publish a report before its texts
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportException("interrupted while writing the texts to " + dir, e);
        }
        rethrow();
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Not every platform opens a directory (Windows does not); there a rename is as durable as it makes it.
        }
    }

    private static boolean holds(Path file, byte[] bytes) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == bytes.length
                    && Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (IOException e) {
            return false;
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private void rethrow() {
        ReportException e = failure.get();
        if (e != null) {
            throw e;
        }
    }

    /** Stops the threads; texts not yet written are dropped (the report that would name them is not published). */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
