package org.hasila.app.job;

import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;

/**
 * A step of the job that runs here, or, in a run started by a manager, hands its partitions to workers (its remote
 * partitioning manager step). One job with one step of each name serves both, so a run resumes the way it started,
 * and a night's run is one job instance whichever command started it.
 */
final class DistributableStep implements Step {

    private final Step local;
    private final Step manager;

    DistributableStep(Step local, Step manager) {
        if (!local.getName().equals(manager.getName())) {
            throw new IllegalArgumentException("a step and its manager step have one name, not " + local.getName()
                    + " and " + manager.getName());
        }
        this.local = local;
        this.manager = manager;
    }

    @Override
    public String getName() {
        return local.getName();
    }

    @Override
    public boolean isAllowStartIfComplete() {
        return local.isAllowStartIfComplete();
    }

    @Override
    public int getStartLimit() {
        return local.getStartLimit();
    }

    @Override
    public void execute(StepExecution stepExecution) throws JobInterruptedException {
        Step step = RunMode.of(stepExecution.getJobParameters()) == RunMode.DISTRIBUTED ? manager : local;
        step.execute(stepExecution);
    }
}
