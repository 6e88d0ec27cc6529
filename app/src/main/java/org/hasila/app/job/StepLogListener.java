package org.hasila.app.job;

import java.time.Duration;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * A line when a step without progress lines (reconcile, report: one long tasklet each) starts, and one when it ends,
 * so that an operator reading the log knows what a run is doing between the extract step and its end.
 */
class StepLogListener implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StepLogListener.class);

    @Override
    public void beforeStep(StepExecution stepExecution) {
        log.info("{}: started", stepExecution.getStepName());
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        LocalDateTime start = stepExecution.getStartTime();
        Duration took = start == null ? Duration.ZERO : Duration.between(start, LocalDateTime.now());
        log.info("{} {}: read={} written={} in {}s", stepExecution.getStepName(), stepExecution.getStatus(),
                stepExecution.getReadCount(), stepExecution.getWriteCount(), took.toSeconds());
        return stepExecution.getExitStatus();
    }
}
