package org.hasila.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import org.hasila.app.job.JobParameterNames;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
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
            case "run" -> outcome(run(Path.of(arguments.input()), Path.of(arguments.output())), out);
            case "restart" -> restart(out);
            case "status" -> {
                statusPrinter.print(out);
                yield CommandLine.OK;
            }
            default -> throw new UsageException("unknown command " + arguments.command());
        };
    }

    /** Starts a new run over the input folder. */
    public JobExecution run(Path input, Path output) {
        JobParameters parameters = new JobParametersBuilder()
                .addString(JobParameterNames.INPUT, input.toAbsolutePath().normalize().toString())
                .addString(JobParameterNames.OUTPUT, output.toAbsolutePath().normalize().toString())
                .addString(JobParameterNames.REQUESTED_AT, Instant.now().toString())
                .toJobParameters();
        try {
            return jobOperator.start(job, parameters);
        } catch (Exception e) {
            throw new IllegalStateException("could not start the run: " + e.getMessage(), e);
        }
    }

    /** Resumes the last run if it failed, stopped or was killed; {@code null} when there is none to resume. */
    public JobExecution restartLast() {
        JobInstance instance = jobRepository.getLastJobInstance(job.getName());
        if (instance == null) {
            return null;
        }
        JobExecution last = jobRepository.getLastJobExecution(instance);
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
