package org.hasila.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * A file staged ({@link AtomicFiles#stage}) by a thread of its own while the caller stages another: report.html is
 * written beside report.json, not after it. Closing stops the writer at its next write if it is still going and
 * discards the file unless it was committed.
 */
final class BackgroundStage implements AutoCloseable {

    private final BackgroundTask<AtomicFiles.Staged> task;

    BackgroundStage(String name, Path target, AtomicFiles.Content content) {
        task = new BackgroundTask<>(name, target.toString(),
                stopped -> AtomicFiles.stage(target, out -> content.writeTo(new Stoppable(out, stopped))));
    }

    /**
     * Waits until the file is staged.
     *
     * @throws ReportException when it could not be written
     */
    AtomicFiles.Staged get() {
        return task.get();
    }

    /** Stops the writer, then discards the file unless it was committed. */
    @Override
    public void close() {
        task.close();
        try {
            get().close();
        } catch (RuntimeException e) {
            // It failed or was stopped: its temporary file is gone already, and the caller has its own failure to tell.
        }
    }

    /** Fails the writer's next write once the file is no longer wanted. */
    private static final class Stoppable extends FilterOutputStream {

        private final BooleanSupplier stopped;

        Stoppable(OutputStream out, BooleanSupplier stopped) {
            super(out);
            this.stopped = stopped;
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
            if (stopped.getAsBoolean()) {
                throw new IOException("stopped: the report it belongs to failed");
            }
        }
    }
}
