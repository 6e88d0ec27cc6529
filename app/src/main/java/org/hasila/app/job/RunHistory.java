package org.hasila.app.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * out/runs/&lt;executionId&gt;/: each successful run's reports (the texts stay in out/text/), the last
 * {@code keep} runs' of them. Each is a hard link to the report just published where the file system has them (a
 * copy otherwise): the next run publishes its reports as new files renamed over these names, never writing into
 * them, so the run's copy keeps its content while the latest reports are not stored twice.
 */
final class RunHistory {

    static final String DIRECTORY = "runs";

    private static final Logger log = LoggerFactory.getLogger(RunHistory.class);

    private final Path output;
    private final Path runs;
    private final int keep;

    /**
     * @param keep how many runs' reports to keep, the latest included; 0 keeps every run's (a negative count is
     *             refused where it is configured, {@link HasilaProperties})
     */
    RunHistory(Path output, int keep) {
        if (keep < 0) {
            throw new IllegalArgumentException("runs to keep: 0 (all) or more, got " + keep);
        }
        this.output = output;
        this.runs = output.resolve(DIRECTORY);
        this.keep = keep;
    }

    /** Keeps the published reports {@code names} (in the output folder) as the run's, then drops the oldest runs'. */
    void keep(long executionId, List<String> names) {
        Path run = runs.resolve(Long.toString(executionId));
        try {
            Files.createDirectories(run);
            for (String name : names) {
                Path temp = run.resolve(name + ".tmp");
                Files.deleteIfExists(temp);
                Path published = output.resolve(name);
                try {
                    Files.createLink(temp, published);
                } catch (UnsupportedOperationException | FileSystemException noLink) {
                    Files.copy(published, temp, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(temp, run.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the run's reports in " + run, e);
        }
        prune();
    }

    /**
     * Removes the folders of all but the newest {@code keep} runs (by execution id, which grows run after run).
     * Only folders named by a number are runs; anything else under runs/ is left alone. A folder that cannot be
     * removed is logged and left for the next run: the reports are already published.
     */
    void prune() {
        if (keep == 0) {
            return;
        }
        List<Path> kept = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(runs,
                entry -> Files.isDirectory(entry) && entry.getFileName().toString().matches("[0-9]{1,18}"))) {
            entries.forEach(kept::add);
        } catch (IOException e) {
            log.warn("cannot list {} to remove old runs' reports: {}", runs, e.toString());
            return;
        }
        kept.sort(Comparator.comparingLong((Path run) -> Long.parseLong(run.getFileName().toString())).reversed());
        for (Path old : kept.subList(Math.min(keep, kept.size()), kept.size())) {
            try (Stream<Path> files = Files.walk(old)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            } catch (IOException | UncheckedIOException e) {
                log.warn("cannot remove the old run's reports in {}: {}", old, e.toString());
            }
        }
    }
}
