package org.hasila.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import org.hasila.app.job.JobParameterNames;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/** The commands an operator or a scheduler runs: run, restart, status. */
@Component
public class Commands {

    private final Job job;
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final RunStatusPrinter statusPrinter;

    public Commands(Job job, JobOperator jobOperator, JobRepository jobRepository, RunStatusPrinter statusPrinter) {
        this.job = job;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.statusPrinter = statusPrinter;
    }

    int execute(Arguments arguments, PrintStream out) {
        return switch (arguments.command()) {
            case "run" -> runOnce(arguments, out);
            case "restart" -> restart(out);
            case "abandon" -> abandon(out);
            case "status" -> {
                statusPrinter.print(out);
                yield CommandLine.OK;
            }
            default -> throw new UsageException("unknown command " + arguments.command());
        };
    }

    /**
     * Runs the job over the input folder for a night. A run already completed for the same input, output and
     * date is returned as it is, not done again; one that failed is resumed where it stopped.
     */
    public JobExecution run(Path input, Path output, LocalDate runDate) {
        refuseWhileAnotherRuns();
        JobParameters parameters = new JobParametersBuilder()
                .addString(JobParameterNames.INPUT, input.toAbsolutePath().normalize().toString())
                .addString(JobParameterNames.OUTPUT, output.toAbsolutePath().normalize().toString())
                .addLocalDate(JobParameterNames.RUN_DATE, runDate)
                .toJobParameters();
        try {
            return jobOperator.start(job, parameters);
        } catch (JobInstanceAlreadyCompleteException e) {
            return jobRepository.getLastJobExecution(job.getName(), parameters);
        } catch (Exception e) {
            throw new IllegalStateException("could not start the run: " + e.getMessage(), e);
        }
    }

    private int runOnce(Arguments arguments, PrintStream out) {
        JobExecution before = lastExecution();
        JobExecution execution = run(Path.of(arguments.input()), Path.of(arguments.output()), arguments.runDate());
        if (before != null && execution.getId() == before.getId() && execution.getStatus() == BatchStatus.COMPLETED) {
            out.println("nothing to do: the run for " + arguments.runDate() + " over " + arguments.input()
                    + " already completed as run " + execution.getId() + " (give --run-date to run again)");
            return CommandLine.OK;
        }
        return outcome(execution, out);
    }

    /** One run at a time on a database: a run marked running is either alive or was killed. */
    private void refuseWhileAnotherRuns() {
        jobRepository.findRunningJobExecutions(job.getName()).stream().findFirst().ifPresent(running -> {
            throw new RunInProgressException("run " + running.getId() + " (started " + running.getStartTime()
                    + ") is still marked running; if its process is gone, resume it with restart or give it up"
                    + " with abandon");
        });
    }

    private JobExecution lastExecution() {
        JobInstance instance = jobRepository.getLastJobInstance(job.getName());
        return instance == null ? null : jobRepository.getLastJobExecution(instance);
    }

    /** Resumes the last run if it failed, stopped or was killed; {@code null} when there is none to resume. */
    public JobExecution restartLast() {
        JobExecution last = lastExecution();
        if (last == null) {
            return null;
        }
        BatchStatus status = last.getStatus();
        if (status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED) {
            return null;
        }
        if (status.isRunning()) {
            // Its process is gone (killed, out of memory, power loss): mark it failed so it can restart.
            last = jobOperator.recover(last);
        }
        try {
            return jobOperator.restart(last);
        } catch (Exception e) {
            throw new IllegalStateException("could not restart run " + last.getId() + ": " + e.getMessage(), e);
        }
    }

    /** Gives up the last run if it failed, stopped or was killed, so that nothing resumes it. */
    public JobExecution abandonLast() {
        JobExecution last = lastExecution();
        if (last == null || last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED) {
            return null;
        }
        if (last.getStatus().isRunning()) {
            last = jobOperator.recover(last);
        }
        try {
            return jobOperator.abandon(last);
        } catch (Exception e) {
            throw new IllegalStateException("could not abandon run " + last.getId() + ": " + e.getMessage(), e);
        }
    }

    private int abandon(PrintStream out) {
        JobExecution abandoned = abandonLast();
        out.println(abandoned == null ? "nothing to abandon: the last run completed or was abandoned"
                : "abandoned run " + abandoned.getId() + "; it will not be resumed");
        return CommandLine.OK;
    }

    private int restart(PrintStream out) {
        JobExecution execution = restartLast();
        if (execution == null) {
            out.println("nothing to restart: the last run completed or was abandoned");
            return CommandLine.OK;
        }
        return outcome(execution, out);
    }

    private int outcome(JobExecution execution, PrintStream out) {
        out.println(statusPrinter.summary(execution));
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return CommandLine.OK;
        }
        String reason = execution.getAllFailureExceptions().stream().findFirst()
                .map(CommandLine::oneLine).orElse(execution.getExitStatus().getExitDescription());
        System.err.println("hasila: run " + execution.getId() + " " + execution.getStatus() + ": " + reason
                + " (resume it with: restart)");
        return CommandLine.FAILED;
    }
}
