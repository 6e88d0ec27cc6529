package org.hasila.app.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class SharePartitionerTest {

    @Test
    void eachPartitionNamesItsShareOfTheGrid() {
        Map<String, ExecutionContext> partitions = new SharePartitioner().partition(3);

        assertThat(partitions).containsOnlyKeys("partition0", "partition1", "partition2");
        partitions.forEach((name, context) -> {
            int index = Integer.parseInt(name.substring("partition".length()));
            assertThat(context.getInt(PartitionShare.INDEX)).isEqualTo(index);
            assertThat(context.getInt(PartitionShare.COUNT)).isEqualTo(3);
        });
    }

    @Test
    void theSameGridGivesTheSamePartitionsForARestartToFind() {
        assertThat(new SharePartitioner().partition(4)).isEqualTo(new SharePartitioner().partition(4));
    }
}
