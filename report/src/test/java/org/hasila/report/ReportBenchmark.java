package org.hasila.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hasila.core.entity.Entity;
import org.hasila.core.event.Reconciliation;

/**
 * Writes the report of generated corpora of the given sizes (default 10,000 and 100,000 documents of about 4 KB)
 * and prints, per size, the time, the report's size, and the heap: the largest live after a collection (sampled
 * while the writer reads the corpus) and the JVM's peak. Run by {@code scripts/benchmark-report} with a small heap
 * to show that the report never needs the corpus in memory.
 */
public final class ReportBenchmark {

    private static final int TEXT_LENGTH = 4_000;

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<Integer> sizes = args.length == 0 ? List.of(10_000, 100_000)
                : java.util.Arrays.stream(args).map(Integer::parseInt).toList();
        Path root = Files.createDirectories(Path.of("target", "benchmark-report"));
        System.out.printf("%9s %8s %9s %10s %9s %9s %9s%n", "documents", "seconds", "docs/s", "json-MB", "html-MB",
                "live-MB", "peak-MB");
        for (int n : sizes) {
            Path out = root.resolve(Integer.toString(n));
            resetPeaks();
            StreamingReportTest.HeapWatch watch = new StreamingReportTest.HeapWatch(Math.max(1_000, n / 20));
            ReportCorpus corpus = new StreamingReportTest.Watched(new GeneratedCorpus(n, TEXT_LENGTH), watch);
            ReportInput input = new ReportInput(new RunSummary(1, "COMPLETED", "generated", n, 0, 0, 0), corpus,
                    List.of(new Entity(GeneratedCorpus.ENTITY, "agency", "Ministry of Health", "وزارة الصحة",
                            List.of())),
                    new Reconciliation(List.of(), Map.of()), Changes.none());
            long start = System.nanoTime();
            new ReportWriter().write(out, input, Instant.now());
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%9d %8.1f %9.0f %10.1f %9.1f %9.1f %9.1f%n", n, seconds, n / seconds,
                    megabytes(Files.size(out.resolve("report.json"))), megabytes(Files.size(out.resolve("report.html"))),
                    megabytes(watch.peak), megabytes(peakHeap()));
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static double megabytes(long bytes) {
        return bytes / 1048576.0;
    }
}
