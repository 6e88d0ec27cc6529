package org.hasila.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A file staged ({@link AtomicFiles#stage}) by a thread of its own while the caller stages another: report.html is
 * written beside report.json, not after it. Closing stops the writer at its next write if it is still going and
 * discards the file unless it was committed.
 */
final class BackgroundStage implements AutoCloseable {

    private final Path target;
    private final ExecutorService thread;
    private final Future<AtomicFiles.Staged> staged;
    private volatile boolean stopped;

    BackgroundStage(String name, Path target, AtomicFiles.Content content) {
        this.target = target;
        thread = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            return t;
        });
        staged = thread.submit(() -> AtomicFiles.stage(target, out -> content.writeTo(new Stoppable(out))));
        thread.shutdown();
    }

    /**
     * Waits until the file is staged.
     *
     * @throws ReportException when it could not be written
     */
    AtomicFiles.Staged get() {
        try {
            return staged.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportException("interrupted while waiting for " + target + " to be written", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new ReportException("cannot write " + target + ": " + e.getCause(), e.getCause());
        }
    }

    /** Stops the writer (not by interrupting it: a database read must not see its channel closed), then discards. */
    @Override
    public void close() {
        stopped = true;
        try {
            get().close();
        } catch (RuntimeException e) {
            // It failed or was stopped: its temporary file is gone already, and the caller has its own failure to tell.
        }
    }

    /** Fails the writer's next write once the file is no longer wanted. */
    private final class Stoppable extends FilterOutputStream {

        Stoppable(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            check();
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            check();
            out.write(b, off, len);
        }

        private void check() throws IOException {
            if (stopped) {
                throw new IOException("stopped: the report it belongs to failed");
            }
        }
    }
}
