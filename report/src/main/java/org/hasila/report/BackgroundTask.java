package org.hasila.report;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Part of a report worked out on a thread of its own while the caller writes another part. The work is handed a
 * way to tell that its result is no longer wanted, and is expected to stop at its next step when it is (never by
 * an interrupt: a database read must not see its channel closed); closing says so and waits until it has stopped.
 */
final class BackgroundTask<T> implements AutoCloseable {

    private final String what;
    private final Future<T> result;
    private volatile boolean stopped;

    /**
     * @param name the thread's name
     * @param what what the work makes, for messages
     * @param work the work, given a supplier that turns true once its result is no longer wanted
     */
    BackgroundTask(String name, String what, Function<BooleanSupplier, T> work) {
        this.what = what;
        ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            return t;
        });
        result = thread.submit(() -> work.apply(() -> stopped));
        thread.shutdown();
    }

    /**
     * Waits for the result.
     *
     * @throws ReportException when the work failed (or the work's own runtime exception or error)
     */
    T get() {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportException("interrupted while waiting for " + what, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new ReportException("cannot write " + what + ": " + e.getCause(), e.getCause());
        }
    }

    /** Tells the work to stop if it is still going, and waits until it has; its result or failure is dropped. */
    @Override
    public void close() {
        stopped = true;
        try {
            get();
        } catch (RuntimeException e) {
            // It failed or was stopped; the caller has its own failure to tell, or has its result already.
        }
    }
}
