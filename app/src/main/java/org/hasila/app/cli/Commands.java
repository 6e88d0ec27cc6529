package org.hasila.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import org.hasila.app.job.JobParameterNames;
import org.hasila.app.job.RunMode;
import org.hasila.app.remote.Worker;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The commands an operator or a scheduler runs: run, manager, worker, restart, abandon, status. */
@Component
public class Commands {

    private final Job job;
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final RunStatusPrinter statusPrinter;
    private final ObjectProvider<Worker> worker;

    public Commands(Job job, JobOperator jobOperator, JobRepository jobRepository, RunStatusPrinter statusPrinter,
                    ObjectProvider<Worker> worker) {
        this.job = job;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.statusPrinter = statusPrinter;
        this.worker = worker;
    }

    int execute(Arguments arguments, PrintStream out) {
        return switch (arguments.command()) {
            case "run" -> runOnce(arguments, RunMode.LOCAL, out);
            case "manager" -> runOnce(arguments, RunMode.DISTRIBUTED, out);
            case "worker" -> serve(out);
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
        return run(input, output, runDate, RunMode.LOCAL);
    }

    /** {@link #run(Path, Path, LocalDate)}, with ingest and extract run here or by workers. */
    public JobExecution run(Path input, Path output, LocalDate runDate, RunMode mode) {
        refuseWhileAnotherRuns();
        JobParameters parameters = new JobParametersBuilder()
                .addString(JobParameterNames.INPUT, input.toAbsolutePath().normalize().toString())
                .addString(JobParameterNames.OUTPUT, output.toAbsolutePath().normalize().toString())
                .addLocalDate(JobParameterNames.RUN_DATE, runDate)
                .addString(JobParameterNames.MODE, mode.parameter(), false)
                .toJobParameters();
        try {
            return jobOperator.start(job, parameters);
        } catch (JobInstanceAlreadyCompleteException e) {
            return jobRepository.getLastJobExecution(job.getName(), parameters);
        } catch (Exception e) {
            throw new IllegalStateException("could not start the run: " + e.getMessage(), e);
        }
    }

    private int runOnce(Arguments arguments, RunMode mode, PrintStream out) {
        JobExecution before = lastExecution();
        JobExecution execution = run(Path.of(arguments.input()), Path.of(arguments.output()), arguments.runDate(), mode);
        if (before != null && execution.getId() == before.getId() && execution.getStatus() == BatchStatus.COMPLETED) {
            out.println("nothing to do: the run for " + arguments.runDate() + " over " + arguments.input()
                    + " already completed as run " + execution.getId() + " (give --run-date to run again)");
            return CommandLine.OK;
        }
        return outcome(execution, out);
    }

    /**
     * One run at a time on a database: a run marked running is either alive or was killed. So is a failed run with
     * partitions marked running (its manager gave up waiting): their workers may still be at them.
     */
    private void refuseWhileAnotherRuns() {
        jobRepository.findRunningJobExecutions(job.getName()).stream().findFirst().ifPresent(running -> {
            throw new RunInProgressException("run " + running.getId() + " (started " + running.getStartTime()
                    + ") is still marked running; if its process is gone, resume it with restart or give it up"
                    + " with abandon");
        });
        JobExecution last = lastExecution();
        if (last != null && hasRunningSteps(last)) {
            throw new RunInProgressException("run " + last.getId() + " " + last.getStatus() + " still has partitions"
                    + " marked running; if their workers are gone, resume it with restart or give it up with abandon");
        }
    }

    private static boolean hasRunningSteps(JobExecution execution) {
        return execution.getStepExecutions().stream().anyMatch(step -> step.getStatus().isRunning());
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
        if (status.isRunning() || hasRunningSteps(last)) {
            // Its process is gone (killed, out of memory, power loss), or the workers of partitions its manager gave
            // up on: mark it and them failed so that it can restart, re-running them.
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
        if (last.getStatus().isRunning() || hasRunningSteps(last)) {
            last = jobOperator.recover(last);
        }
        try {
            return jobOperator.abandon(last);
        } catch (Exception e) {
            throw new IllegalStateException("could not abandon run " + last.getId() + ": " + e.getMessage(), e);
        }
    }

    /** Serves as a worker until the process is stopped; only in a context started for the worker command. */
    private int serve(PrintStream out) {
        try {
            worker.getObject().serve(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return CommandLine.OK;
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
