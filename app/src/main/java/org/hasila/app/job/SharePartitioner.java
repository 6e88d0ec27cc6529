package org.hasila.app.job;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits a run's ingest or extract into {@code gridSize} {@link PartitionShare shares}, named {@code partition0},
 * {@code partition1}, ...: the same names for the same grid size, so that a restart finds the partitions of the run
 * it resumes (Spring Batch keeps the first grid size of a run for its restarts).
 */
public final class SharePartitioner implements Partitioner {

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < gridSize; i++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(PartitionShare.INDEX, i);
            context.putInt(PartitionShare.COUNT, gridSize);
            partitions.put("partition" + i, context);
        }
        return partitions;
    }
}
