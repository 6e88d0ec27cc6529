package org.hasila.core.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The extractor's claim ids as longs and back, exactly; ids of any other form are not encoded. */
class ClaimIdKeysTest {

    @Test
    void theExtractorsIdsGoToLongsAndBackUnchanged() {
        assertThat(ClaimIdKeys.of("c-000000000000")).isZero();
        assertThat(ClaimIdKeys.of("c-00000000001f")).isEqualTo(31);
        assertThat(ClaimIdKeys.of("c-ffffffffffff")).isEqualTo((1L << 48) - 1);
        Random random = new Random(11);
        for (int i = 0; i < 1_000; i++) {
            String id = "c-%012x".formatted(random.nextLong() & ((1L << 48) - 1));
            assertThat(ClaimIdKeys.id(ClaimIdKeys.of(id))).isEqualTo(id);
        }
    }

    @Test
    void idsOfOtherFormsAreNotEncoded() {
        for (String other : List.of("c-0-a", "c-00000000001F", "c-0000000000001", "d-000000000001", "c-00000000000g",
                "c-00000000000", "")) {
            assertThat(ClaimIdKeys.of(other)).as(other).isEqualTo(ClaimIdKeys.NONE);
        }
        assertThat(ClaimIdKeys.of(null)).isEqualTo(ClaimIdKeys.NONE);
        assertThatThrownBy(() -> ClaimIdKeys.id(ClaimIdKeys.NONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClaimIdKeys.id(1L << 48)).isInstanceOf(IllegalArgumentException.class);
    }
}
