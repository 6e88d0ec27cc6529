package org.hasila.app.remote;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.integration.core.GenericSelector;

/**
 * Lets through, to the worker steps, only a request for a partition still waiting for a worker in a run still
 * running. A partition already started was taken by a worker that died (the broker hands its request again to
 * another): it is left to fail with its run, which {@code restart} resumes. A request of a run that failed or was
 * given up meanwhile would redo its work beside the restart, and one naming no partition of this worker's database
 * means the manager and the worker were given different databases.
 */
final class PartitionRequestGuard implements GenericSelector<StepExecutionRequest> {

    private static final Logger log = LoggerFactory.getLogger(PartitionRequestGuard.class);

    private final JobRepository jobRepository;

    PartitionRequestGuard(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    @Override
    public boolean accept(StepExecutionRequest request) {
        StepExecution partition;
        try {
            partition = jobRepository.getStepExecution(request.getStepExecutionId());
        } catch (EmptyResultDataAccessException e) {
            partition = null;
        }
        if (partition == null) {
            log.warn("dropped a request for partition {} ({}): no such partition in this worker's database;"
                    + " give the worker the manager's --db", request.getStepExecutionId(), request.getStepName());
            return false;
        }
        BatchStatus run = partition.getJobExecution().getStatus();
        if (!run.isRunning()) {
            log.warn("dropped a request for {} (partition {}): its run {} is {}", partition.getStepName(),
                    partition.getId(), partition.getJobExecutionId(), run);
            return false;
        }
        if (partition.getStatus() != BatchStatus.STARTING) {
            log.warn("dropped a request for {} (partition {}): already {}, taken by a worker that has gone; it fails"
                    + " with its run, and restart runs it again", partition.getStepName(), partition.getId(),
                    partition.getStatus());
            return false;
        }
        return true;
    }
}
