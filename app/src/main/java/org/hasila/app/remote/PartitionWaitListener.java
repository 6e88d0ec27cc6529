package org.hasila.app.remote;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.hasila.app.job.HasilaProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Tells the operator of a manager step where its partitions went and, when the step gave up waiting for them, which
 * did not finish: a worker that was killed leaves its partition started, and the run fails once
 * {@code hasila.partition-timeout} has passed, with that reason instead of a bare timeout. When the step failed, the
 * partitions no worker took (the broker was down, or no worker came) are marked failed: their requests are dropped by
 * the workers now, and the run resumes without being recovered first.
 */
final class PartitionWaitListener implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(PartitionWaitListener.class);

    private final String workerStep;
    private final HasilaProperties properties;
    private final JobRepository jobRepository;
    private final PartitionQueue queue;

    PartitionWaitListener(String workerStep, HasilaProperties properties, JobRepository jobRepository,
                          PartitionQueue queue) {
        this.workerStep = workerStep;
        this.properties = properties;
        this.jobRepository = jobRepository;
        this.queue = queue;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        log.info("{}: handing its partitions to workers through {} (queue {}), waiting for them up to {}",
                stepExecution.getStepName(), properties.brokerUrl(), queue,
                properties.partitionTimeout());
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (!stepExecution.getStatus().isUnsuccessful()) {
            return stepExecution.getExitStatus();
        }
        List<StepExecution> unfinished = jobRepository.getJobExecution(stepExecution.getJobExecutionId())
                .getStepExecutions().stream()
                .filter(step -> step.getStepName().startsWith(workerStep + ":") && step.getStatus().isRunning())
                .sorted(Comparator.comparing(StepExecution::getStepName))
                .toList();
        List<Throwable> failures = stepExecution.getFailureExceptions();
        if (failures.stream().anyMatch(TimeoutException.class::isInstance)) {
            IllegalStateException reason = new IllegalStateException(stepExecution.getStepName()
                    + ": partitions not finished within " + properties.partitionTimeout() + ": "
                    + unfinished.stream().map(step -> step.getStepName() + " " + step.getStatus())
                            .collect(Collectors.joining(", "))
                    + " (no worker took them, or their worker died; restart runs them)");
            failures.replaceAll(e -> e instanceof TimeoutException ? reason : e);
            log.error(reason.getMessage());
        }
        unfinished.stream().filter(step -> step.getStatus() == BatchStatus.STARTING).forEach(this::neverTaken);
        return stepExecution.getExitStatus();
    }

    private void neverTaken(StepExecution partition) {
        partition.setStatus(BatchStatus.FAILED);
        partition.setExitStatus(ExitStatus.FAILED.addExitDescription("no worker took it before its manager failed"));
        partition.setEndTime(LocalDateTime.now());
        try {
            jobRepository.update(partition);
        } catch (OptimisticLockingFailureException e) {
            // a worker took it meanwhile: it runs, and restart deals with it like any started partition
        }
    }
}
