package org.hasila.app.job;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * At the end of a run, one line per step with its documents per second, then the JVM's peak heap: what the
 * benchmark (scripts/benchmark) reads, and what an operator compares between nights. The same figures go to
 * Micrometer (counts and timings per step), for whatever registry the deployment adds: {@code hasila.step.items}
 * (tags step, count=read|written|skipped|commits), {@code hasila.step.duration} (tags step, status) and
 * {@code hasila.run.peak.heap} (bytes).
 */
class RunMetricsListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(RunMetricsListener.class);

    private final MeterRegistry meters;

    /** Records into Micrometer's global registry. */
    RunMetricsListener() {
        this(Metrics.globalRegistry);
    }

    RunMetricsListener(MeterRegistry meters) {
        this.meters = meters;
    }

    /** Steps that read one item per document; the others (reconcile, report) work over the whole run. */
    private static final Set<String> DOCUMENT_STEPS = Set.of("ingest", "extract");

    @Override
    public void afterJob(JobExecution jobExecution) {
        // the run's documents: the most items a step wrote (ingest one per file, report one text per document)
        long documents = jobExecution.getStepExecutions().stream().mapToLong(StepExecution::getWriteCount).max()
                .orElse(0);
        jobExecution.getStepExecutions().stream()
                .filter(step -> !isPartition(step))
                .sorted(Comparator.comparingLong(StepExecution::getId))
                .forEach(step -> {
                    log.info(stepLine(step, DOCUMENT_STEPS.contains(step.getStepName()) ? step.getReadCount() : documents));
                    record(step);
                });
        DistributionSummary.builder("hasila.run.peak.heap").baseUnit("bytes").register(meters).record(peakHeapBytes());
        log.info(String.format(Locale.ROOT, "metrics run %d %s: took=%.3fs peak-heap=%.1fMB", jobExecution.getId(),
                jobExecution.getStatus(), seconds(jobExecution.getStartTime(), jobExecution.getEndTime()),
                peakHeapBytes() / 1024.0 / 1024.0));
    }

    /**
     * A partition of a manager's step ({@code ingestPartition:partition0}): its counts are in its manager step's, and
     * this process's copy of it is not what its worker wrote to the repository.
     */
    private static boolean isPartition(StepExecution step) {
        return step.getStepName().contains(":");
    }

    private void record(StepExecution step) {
        String name = step.getStepName();
        meters.counter("hasila.step.items", "step", name, "count", "read").increment(step.getReadCount());
        meters.counter("hasila.step.items", "step", name, "count", "written").increment(step.getWriteCount());
        meters.counter("hasila.step.items", "step", name, "count", "skipped").increment(step.getSkipCount());
        meters.counter("hasila.step.items", "step", name, "count", "commits").increment(step.getCommitCount());
        Timer.builder("hasila.step.duration").tag("step", name).tag("status", step.getStatus().name())
                .register(meters)
                .record(Duration.ofNanos((long) (seconds(step.getStartTime(), step.getEndTime()) * 1e9)));
    }

    static String stepLine(StepExecution step, long documents) {
        double seconds = seconds(step.getStartTime(), step.getEndTime());
        return String.format(Locale.ROOT, "metrics step %s: read=%d written=%d took=%.3fs docs=%d docs/s=%.1f",
                step.getStepName(), step.getReadCount(), step.getWriteCount(), seconds, documents,
                seconds > 0 ? documents / seconds : 0.0);
    }

    /** Sum of the heap pools' peaks: each pool peaks at its own moment, so this bounds the true peak from above. */
    static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage)
                .filter(usage -> usage != null)
                .mapToLong(usage -> usage.getUsed())
                .sum();
    }

    private static double seconds(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            return 0;
        }
        return Duration.between(start, end == null ? LocalDateTime.now() : end).toNanos() / 1e9;
    }
}
