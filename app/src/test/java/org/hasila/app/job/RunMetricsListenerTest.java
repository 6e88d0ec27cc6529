package org.hasila.app.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

class RunMetricsListenerTest {

    @Test
    void aFinishedRunLeavesCountsAndTimingsPerStepInMicrometer() {
        JobExecution run = new JobExecution(7L, new JobInstance(3L, "hasila"), new JobParameters());
        LocalDateTime start = LocalDateTime.of(2026, 11, 26, 2, 0, 0);
        run.setStartTime(start);
        run.setEndTime(start.plusSeconds(10));
        StepExecution extract = new StepExecution(11L, "extract", run);
        extract.setStartTime(start);
        extract.setEndTime(start.plusSeconds(4));
        extract.setStatus(BatchStatus.COMPLETED);
        extract.setReadCount(40);
        extract.setWriteCount(38);
        extract.setCommitCount(4);
        run.addStepExecution(extract);

        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        new RunMetricsListener(meters).afterJob(run);

        assertThat(meters.get("hasila.step.items").tags("step", "extract", "count", "read").counter().count())
                .isEqualTo(40.0);
        assertThat(meters.get("hasila.step.items").tags("step", "extract", "count", "written").counter().count())
                .isEqualTo(38.0);
        assertThat(meters.get("hasila.step.duration").tags("step", "extract", "status", "COMPLETED").timer()
                .totalTime(java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(4.0);
        assertThat(meters.get("hasila.run.peak.heap").summary().max()).isPositive();
    }
}
