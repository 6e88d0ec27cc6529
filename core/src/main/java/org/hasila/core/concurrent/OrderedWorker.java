package org.hasila.core.concurrent;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs tasks on one thread of its own while the caller goes on, and hands their results on in the order the tasks
 * were submitted, on the caller's thread: work that a step would otherwise do between its own reads (decoding the
 * rows it read, assembling the events of the claims it read) takes the second core, while whatever takes the results
 * (a cursor's consumer, a sink that writes to the step's transaction) stays on the caller's thread and needs no
 * locking.
 *
 * <p>At most {@code ahead} tasks are submitted and not yet handed on; submitting one more first hands on the oldest,
 * waiting for it if need be, so what is held is bounded whatever the number of tasks. A task that fails fails the
 * caller with its exception when its turn comes; no later result is handed on.
 */
public final class OrderedWorker<T> implements AutoCloseable {

    private final ExecutorService worker;
    private final int ahead;
    private final Consumer<T> handOn;
    private final ArrayDeque<Future<T>> pending = new ArrayDeque<>();

    public OrderedWorker(String threadName, int ahead, Consumer<T> handOn) {
        if (ahead < 1) {
            throw new IllegalArgumentException("ahead must be at least 1: " + ahead);
        }
        this.worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            return thread;
        });
        this.ahead = ahead;
        this.handOn = handOn;
    }

    /** Queues a task; results of earlier tasks may be handed on meanwhile, in order. */
    public void submit(Callable<T> task) {
        pending.add(worker.submit(task));
        while (pending.size() > ahead) {
            handOn.accept(result(pending.poll()));
        }
    }

    /** Hands on the results of every task submitted, in order; call it after the last one. */
    public void finish() {
        while (!pending.isEmpty()) {
            handOn.accept(result(pending.poll()));
        }
    }

    /** Stops the thread; tasks not yet handed on are dropped. */
    @Override
    public void close() {
        worker.shutdownNow();
    }

    private static <T> T result(Future<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a task", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
