package org.hasila.app.job;

import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Progress of a chunk-oriented step: a line at a steady interval (INFO) with the documents done of the step's
 * total, the rate and the time left, a line after every chunk (DEBUG), and the step's totals at its end. One
 * listener serves every execution of its step, and the partitions of a partitioned step run at once, each on a
 * thread of its own from start to end (a chunk's writes included), so each keeps its count on its thread.
 */
class ProgressListener implements StepExecutionListener, ItemWriteListener<Object> {

    /**
     * How many documents this execution of a step has to do in all, asked once, at its first progress line (its
     * reader is open by then), given the documents it has done so far and those a failed run committed before it.
     */
    @FunctionalInterface
    interface StepTotal {
        long of(long doneSoFar, long committedBefore);
    }

    private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);
    private static final Duration INTERVAL = Duration.ofSeconds(5);

    private final String readerName;
    private final StepTotal stepTotal;
    private final LongSupplier nanoClock;
    private final long intervalNanos;
    private final ThreadLocal<Progress> progress = ThreadLocal.withInitial(Progress::new);

    /** One step execution's count. */
    private static final class Progress {
        private String step = "";
        private long startedAt;
        private long lastLineAt;
        private long done;
        private long resumedFrom;
        private long total = -1;
    }

    /**
     * @param readerName the name under which the step's reader saves its position
     * @param stepTotal  the documents this execution has to do
     */
    ProgressListener(String readerName, StepTotal stepTotal) {
        this(readerName, stepTotal, System::nanoTime, INTERVAL);
    }

    ProgressListener(String readerName, StepTotal stepTotal, LongSupplier nanoClock, Duration interval) {
        this.readerName = readerName;
        this.stepTotal = stepTotal;
        this.nanoClock = nanoClock;
        this.intervalNanos = interval.toNanos();
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        Progress p = new Progress();
        progress.set(p);
        p.step = stepExecution.getStepName();
        p.startedAt = nanoClock.getAsLong();
        p.lastLineAt = p.startedAt;
        p.resumedFrom = stepExecution.getExecutionContext().getInt(readerName + ".read.count", 0);
        if (p.resumedFrom > 0) {
            log.info("{}: resuming after {} documents committed by the failed run", p.step, p.resumedFrom);
        }
    }

    @Override
    public void afterWrite(Chunk<?> items) {
        Progress p = progress.get();
        p.done += items.size();
        long now = nanoClock.getAsLong();
        log.debug("{}: {} documents written", p.step, p.done);
        if (now - p.lastLineAt >= intervalNanos) {
            p.lastLineAt = now;
            log.info(line(now));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        log.info("{} {}: read={} written={} skipped={} commits={}", stepExecution.getStepName(),
                stepExecution.getStatus(), stepExecution.getReadCount(), stepExecution.getWriteCount(),
                stepExecution.getSkipCount(), stepExecution.getCommitCount());
        progress.remove();
        return stepExecution.getExitStatus();
    }

    /** {@code extract: 1200 of 4000 documents done in 10s (120.0/s), about 23s left}, for this thread's execution. */
    String line(long now) {
        Progress p = progress.get();
        if (p.total < 0) {
            p.total = Math.max(p.done, stepTotal.of(p.done, p.resumedFrom));
        }
        double seconds = Math.max(1e-9, (now - p.startedAt) / 1e9);
        double rate = p.done / seconds;
        String left = rate > 0 ? String.format(Locale.ROOT, ", about %.0fs left", (p.total - p.done) / rate) : "";
        return String.format(Locale.ROOT, "%s: %d of %d documents done in %.0fs (%.1f/s)%s", p.step, p.done, p.total,
                seconds, rate, left);
    }
}
