package org.hasila.app.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

class ProgressListenerTest {

    static final long SECOND = 1_000_000_000L;

    final AtomicLong clock = new AtomicLong();
    final List<long[]> totalsAsked = new ArrayList<>();

    ProgressListener listener(long total) {
        return new ProgressListener("ingestFiles", (done, committedBefore) -> {
            totalsAsked.add(new long[] {done, committedBefore});
            return total - committedBefore;
        }, clock::get, Duration.ofSeconds(5));
    }

    static StepExecution step(int committedBefore) {
        StepExecution step = new StepExecution(11L, "ingest",
                new JobExecution(7L, new JobInstance(3L, "hasila"), new JobParameters()));
        if (committedBefore > 0) {
            step.getExecutionContext().putInt("ingestFiles.read.count", committedBefore);
        }
        return step;
    }

    static Chunk<Object> chunk(int size) {
        return new Chunk<>(Collections.nCopies(size, new Object()));
    }

    /** A listener over a step of {@code total} documents, {@code written} of them written at second {@code at}. */
    ProgressListener afterWriting(long total, int committedBefore, int written, long at) {
        ProgressListener progress = listener(total);
        progress.beforeStep(step(committedBefore));
        clock.set(at * SECOND);
        progress.afterWrite(chunk(written));
        return progress;
    }

    @Test
    void aLineGivesTheDocumentsDoneOfTheTotalTheRateAndTheTimeLeft() {
        ProgressListener progress = afterWriting(1000, 0, 200, 10);

        assertThat(progress.line(10 * SECOND))
                .isEqualTo("ingest: 200 of 1000 documents done in 10s (20.0/s), about 40s left");
        assertThat(progress.line(20 * SECOND))
                .as("the total is asked once").isEqualTo("ingest: 200 of 1000 documents done in 20s (10.0/s), about 80s left");
        assertThat(totalsAsked).hasSize(1);
    }

    @Test
    void aRestartedStepCountsOnlyWhatIsLeftAfterTheFailedRunsCommits() {
        ProgressListener progress = afterWriting(1000, 400, 300, 6);

        assertThat(progress.line(6 * SECOND))
                .isEqualTo("ingest: 300 of 600 documents done in 6s (50.0/s), about 6s left");
        assertThat(totalsAsked.get(0)).containsExactly(300, 400);
    }

    @Test
    void aTotalBelowTheDocumentsDoneIsRaisedToThem() {
        ProgressListener progress = afterWriting(100, 0, 150, 1);

        assertThat(progress.line(2 * SECOND)).isEqualTo("ingest: 150 of 150 documents done in 2s (75.0/s), about 0s left");
    }

    @Test
    void partitionsRunningAtOnceOnTheirOwnThreadsEachKeepTheirOwnCount() throws Exception {
        ProgressListener progress = listener(1000);
        StepExecution first = new StepExecution(12L, "extractPartition:partition0",
                new JobExecution(7L, new JobInstance(3L, "hasila"), new JobParameters()));
        StepExecution second = new StepExecution(13L, "extractPartition:partition1", first.getJobExecution());
        clock.set(10 * SECOND);
        CyclicBarrier bothStarted = new CyclicBarrier(2);
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Thread a = new Thread(() -> runPartition(progress, first, 30, bothStarted, lines));
        Thread b = new Thread(() -> runPartition(progress, second, 70, bothStarted, lines));
        a.start();
        b.start();
        a.join();
        b.join();

        assertThat(lines).containsExactlyInAnyOrder(
                "extractPartition:partition0: 30 of 1000 documents done in 10s (3.0/s), about 323s left",
                "extractPartition:partition1: 70 of 1000 documents done in 10s (7.0/s), about 133s left");
    }

    /** A partition's thread: starts its execution, writes once both have started, and takes its line. */
    private static void runPartition(ProgressListener progress, StepExecution step, int written, CyclicBarrier barrier,
                                     List<String> lines) {
        progress.beforeStep(step);
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        progress.afterWrite(chunk(written));
        lines.add(progress.line(20 * SECOND));
    }
}
