package org.hasila.app.job;

import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Progress of a chunk-oriented step: a line at a steady interval (INFO) and after every chunk (DEBUG),
 * with the documents done, the rate, and the step's totals at its end.
 */
class ProgressListener implements StepExecutionListener, ItemWriteListener<Object> {

    private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);
    private static final long INTERVAL_NANOS = Duration.ofSeconds(5).toNanos();

    private final String readerName;
    private String step = "";
    private long startedAt;
    private long lastLineAt;
    private long done;
    private long resumedFrom;

    /** @param readerName the name under which the step's reader saves its position */
    ProgressListener(String readerName) {
        this.readerName = readerName;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution.getStepName();
        startedAt = System.nanoTime();
        lastLineAt = startedAt;
        done = 0;
        resumedFrom = stepExecution.getExecutionContext().getInt(readerName + ".read.count", 0);
        if (resumedFrom > 0) {
            log.info("{}: resuming after {} documents committed by the failed run", step, resumedFrom);
        }
    }

    @Override
    public void afterWrite(Chunk<?> items) {
        done += items.size();
        long now = System.nanoTime();
        log.debug("{}: {} documents written", step, done);
        if (now - lastLineAt >= INTERVAL_NANOS) {
            lastLineAt = now;
            log.info(line(now));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        log.info("{} {}: read={} written={} skipped={} commits={}", step, stepExecution.getStatus(),
                stepExecution.getReadCount(), stepExecution.getWriteCount(), stepExecution.getSkipCount(),
                stepExecution.getCommitCount());
        return stepExecution.getExitStatus();
    }

    private String line(long now) {
        double seconds = Math.max(1e-9, (now - startedAt) / 1e9);
        return String.format(Locale.ROOT, "%s: %d documents done in %.0fs (%.1f/s)", step, done, seconds,
                done / seconds);
    }
}
