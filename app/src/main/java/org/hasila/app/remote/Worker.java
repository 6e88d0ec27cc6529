package org.hasila.app.remote;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;

/**
 * A worker process: takes partitions from the broker, one at a time, until it is told to stop (SIGTERM, Ctrl-C).
 * Stopping, it takes no more partitions, stops the one it runs after its current chunk (that partition ends
 * STOPPED, its committed chunks kept, and the manager's run fails at the end of the step), and exits.
 */
public final class Worker {

    private static final Logger log = LoggerFactory.getLogger(Worker.class);
    /** Longer than a chunk takes, for the partition to end at a chunk boundary; a supervisor kills it after its own. */
    private static final Duration STOP_WAIT = Duration.ofMinutes(5);

    private final SmartLifecycle requests;
    private final RunningPartitions partitions;
    private final String queue;
    private final CountDownLatch stopped = new CountDownLatch(1);

    /** @param queue the broker and queue it takes requests from, for operators */
    Worker(SmartLifecycle requests, RunningPartitions partitions, String queue) {
        this.requests = requests;
        this.partitions = partitions;
        this.queue = queue;
    }

    /** Serves until the process is told to stop. */
    public void serve(PrintStream out) throws InterruptedException {
        out.println("worker: taking partitions from " + queue + "; stop with SIGTERM or Ctrl-C");
        stopped.await();
    }

    /** Published as the context starts closing, before its beans stop: the database is still there. */
    @EventListener(ContextClosedEvent.class)
    void stop() throws InterruptedException {
        requests.stop();
        int running = partitions.count();
        if (running > 0) {
            log.info("worker stopping: {} partition(s) stop after their current chunk", running);
            int left = partitions.stopAndWait(STOP_WAIT);
            if (left > 0) {
                log.warn("worker stopping with {} partition(s) still running", left);
            }
        }
        stopped.countDown();
    }
}
