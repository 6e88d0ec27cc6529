package org.hasila.app.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** Prints runs and their steps for operators. */
@Component
public class RunStatusPrinter {

    private static final int RECENT_INSTANCES = 10;

    private final JobRepository jobRepository;

    public RunStatusPrinter(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    void print(PrintStream out) {
        List<JobInstance> instances = jobRepository.getJobInstances("hasila", 0, RECENT_INSTANCES);
        if (instances.isEmpty()) {
            out.println("no runs yet");
            return;
        }
        for (JobInstance instance : instances) {
            List<JobExecution> executions = jobRepository.getJobExecutions(instance).stream()
                    .sorted(Comparator.comparingLong(JobExecution::getId)).toList();
            for (JobExecution execution : executions) {
                out.println(summary(execution) + "  input=" + execution.getJobParameters().getString("input"));
                execution.getStepExecutions().stream()
                        .sorted(Comparator.comparingLong(StepExecution::getId))
                        .forEach(step -> out.println("    " + step(step)));
            }
        }
    }

    String summary(JobExecution execution) {
        return String.format(java.util.Locale.ROOT, "run %d (instance %d) %s  started %s  took %s",
                execution.getId(), execution.getJobInstanceId(), execution.getStatus(),
                execution.getStartTime(), took(execution.getStartTime(), execution.getEndTime()));
    }

    private static String step(StepExecution step) {
        return String.format(java.util.Locale.ROOT, "%-10s %-9s read=%d written=%d skipped=%d filtered=%d commits=%d took %s",
                step.getStepName(), step.getStatus(), step.getReadCount(), step.getWriteCount(), step.getSkipCount(),
                step.getFilterCount(), step.getCommitCount(), took(step.getStartTime(), step.getEndTime()));
    }

    private static String took(LocalDateTime start, LocalDateTime end) {
        if (start == null || end == null) {
            return "-";
        }
        Duration d = Duration.between(start, end);
        return String.format(java.util.Locale.ROOT, "%d.%03ds", d.toSeconds(), d.toMillisPart());
    }
}
