package org.hasila.app.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.LongPredicate;
import org.hasila.app.store.FileStampStore;
import org.hasila.app.store.RunRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Keeps the last {@code keep} runs: their reports under out/runs/ ({@link RunHistory}) and their rows in the store
 * ({@link RunRows}: the files each read, the events each concluded); without it both grew by a run's worth every
 * night for ever. The rows of an older run are removed only once it can no longer be restarted (its last execution
 * completed or was abandoned); the run going on and the newest {@code keep} job instances keep theirs. The stamps of
 * files gone from the input folder go too, whatever {@code keep} is ({@link FileStampStore#forgetUnread}).
 */
final class RunRetention {

    private static final Logger log = LoggerFactory.getLogger(RunRetention.class);

    private final RunRows rows;
    private final FileStampStore stamps;
    private final JobRepository jobs;
    private final int keep;

    /** @param keep how many runs' reports and rows to keep, the current one's included; 0 keeps every run's */
    RunRetention(RunRows rows, FileStampStore stamps, JobRepository jobs, int keep) {
        if (keep < 0) {
            throw new IllegalArgumentException("runs to keep: 0 (all) or more, got " + keep);
        }
        this.rows = rows;
        this.stamps = stamps;
        this.jobs = jobs;
        this.keep = keep;
    }

    /**
     * Once the run's reports {@code names} are published in {@code output}: keeps them as the run's under runs/,
     * then removes the reports and the rows of the runs beyond the newest {@code keep}, and the stamps of the files
     * under {@code input} that the run did not find there.
     */
    void published(Path output, JobExecution run, List<String> names, Path input) {
        new RunHistory(output, keep).keep(run.getId(), names);
        prune(run.getJobInstance());
        int forgotten = stamps.forgetUnread(FileStampStore.rootOf(input), run.getJobInstance().getInstanceId());
        if (forgotten > 0) {
            log.info("forgot the stamps of {} files no longer in {}", forgotten, input);
        }
    }

    /** Removes the rows of the runs of {@code current}'s job beyond the newest {@code keep} that cannot restart. */
    void prune(JobInstance current) {
        if (keep == 0) {
            return;
        }
        long started = System.nanoTime();
        Set<Long> kept = new HashSet<>();
        kept.add(current.getInstanceId());
        jobs.getJobInstances(current.getJobName(), 0, keep).forEach(i -> kept.add(i.getInstanceId()));
        int removed = 0;
        List<Long> forgotten = toForget(rows.instances(), kept, this::finished);
        for (long instance : forgotten) {
            removed += rows.forget(instance);
        }
        if (!forgotten.isEmpty()) {
            log.info("removed {} stored rows of {} earlier runs (hasila.keep-runs={}) in {} ms: job instances {}",
                    removed, forgotten.size(), keep, (System.nanoTime() - started) / 1_000_000, forgotten);
        }
    }

    /**
     * The instances among {@code withRows} to forget: those not {@code kept} whose runs are {@code finished}, in
     * ascending order.
     */
    static List<Long> toForget(SortedSet<Long> withRows, Set<Long> kept, LongPredicate finished) {
        List<Long> forget = new ArrayList<>();
        for (long instance : withRows) {
            if (!kept.contains(instance) && finished.test(instance)) {
                forget.add(instance);
            }
        }
        return forget;
    }

    /** Whether the instance's run can no longer be restarted: its last execution completed or was abandoned. */
    private boolean finished(long instanceId) {
        JobInstance instance = jobs.getJobInstance(instanceId);
        if (instance == null) {
            return true;
        }
        JobExecution last = jobs.getLastJobExecution(instance);
        return last == null || last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED;
    }
}
