package org.hasila.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The compact map of each claim's event answers as a plain map of the same entries would. */
class ClaimEventsTest {

    @Test
    void answersAsAHashMapOfTheSameEntriesPastSeveralGrowths() {
        Random random = new Random(7);
        Map<String, String> reference = new HashMap<>();
        ClaimEvents compact = new ClaimEvents();
        for (int e = 0; e < 3_000; e++) {
            String event = "e-" + e;
            List<String> claims = new ArrayList<>();
            for (int c = random.nextInt(4); c >= 0; c--) {
                claims.add(random.nextInt(20) == 0 ? "legacy-" + random.nextInt(1_000)
                        : "c-%012x".formatted(random.nextLong() & ((1L << 48) - 1)));
            }
            compact.add(event, claims);
            claims.forEach(id -> reference.put(id, event));
        }

        assertThat(compact).hasSize(reference.size());
        reference.forEach((id, event) -> assertThat(compact.get(id)).as(id).isEqualTo(event));
        assertThat(compact.get("c-%012x".formatted(123_456_789L))).isNull();
        assertThat(compact.get("legacy-none")).isNull();
        assertThat(compact.get(42)).isNull();
        assertThat(Map.copyOf(compact)).isEqualTo(reference);
    }
}
