package org.hasila.app.job;

import java.time.Duration;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Static settings of the job.
 *
 * @param chunkSize        documents per transaction in the ingest and extract steps
 * @param policy           reconciliation policy: conservative or ucdp
 * @param gazetteer        a user gazetteer file extending the shipped one, or null
 * @param maxFileBytes     larger input files are quarantined unread
 * @param parseTimeout     a parse taking longer is cut off and the file quarantined
 * @param extractThreads   threads reading (ingest) or extracting (extract) the documents of a chunk at once; 0 means
 *                         one per core
 * @param brokerUrl        the message broker through which a manager hands partitions to workers (Artemis core
 *                         protocol); the broker command listens on its port
 * @param gridSize         partitions a manager splits ingest and extract into
 * @param partitionTimeout how long a manager waits for the partitions of a step to finish before failing the run
 * @param itemDelay        a pause before each document of ingest and extract, to slow a process down on purpose
 *                         (tests and demonstrations of a worker killed mid-partition); zero in production
 * @param keepRuns         how many runs' reports out/runs/ keeps (the latest included, older ones removed); 0 keeps
 *                         every run's
 */
@ConfigurationProperties("hasila")
public record HasilaProperties(@DefaultValue("50") int chunkSize,
                               @DefaultValue("conservative") String policy,
                               Path gazetteer,
                               @DefaultValue("52428800") long maxFileBytes,
                               @DefaultValue("60s") Duration parseTimeout,
                               @DefaultValue("0") int extractThreads,
                               @DefaultValue("tcp://localhost:61616") String brokerUrl,
                               @DefaultValue("8") int gridSize,
                               @DefaultValue("4h") Duration partitionTimeout,
                               @DefaultValue("0s") Duration itemDelay,
                               @DefaultValue("30") int keepRuns) {

    public HasilaProperties {
        if (keepRuns < 0) {
            throw new IllegalArgumentException("hasila.keep-runs must be 0 (keep every run's reports) or more, got "
                    + keepRuns);
        }
    }

    /** The extract threads to use: as set, or one per core. */
    public int effectiveExtractThreads() {
        return extractThreads > 0 ? extractThreads : Runtime.getRuntime().availableProcessors();
    }
}
