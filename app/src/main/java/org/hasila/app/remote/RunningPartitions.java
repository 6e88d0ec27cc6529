package org.hasila.app.remote;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** The partitions this worker is running: their worker steps register them, so that a stopping worker can stop them. */
final class RunningPartitions implements StepExecutionListener {

    private final Set<StepExecution> running = ConcurrentHashMap.newKeySet();

    @Override
    public void beforeStep(StepExecution stepExecution) {
        running.add(stepExecution);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        running.remove(stepExecution);
        return stepExecution.getExitStatus();
    }

    /**
     * Asks every running partition to stop after the chunk it is in (it ends STOPPED, with that chunk committed, and
     * restarts from there), then waits for them to end, at most the given time; returns how many are still running.
     */
    int stopAndWait(Duration atMost) throws InterruptedException {
        running.forEach(StepExecution::setTerminateOnly);
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!running.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return running.size();
    }

    int count() {
        return running.size();
    }
}
