package org.hasila.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The pipeline's claim and document ids as longs and back, exactly; ids of any other form are not encoded. */
class HexIdKeysTest {

    static final HexIdKeys CLAIMS = HexIdKeys.CLAIMS;

    @Test
    void theExtractorsIdsGoToLongsAndBackUnchanged() {
        assertThat(CLAIMS.of("c-000000000000")).isZero();
        assertThat(CLAIMS.of("c-00000000001f")).isEqualTo(31);
        assertThat(CLAIMS.of("c-ffffffffffff")).isEqualTo((1L << 48) - 1);
        Random random = new Random(11);
        for (int i = 0; i < 1_000; i++) {
            String id = "c-%012x".formatted(random.nextLong() & ((1L << 48) - 1));
            assertThat(CLAIMS.id(CLAIMS.of(id))).isEqualTo(id);
        }
    }

    @Test
    void idsOfOtherFormsAreNotEncoded() {
        for (String other : List.of("c-0-a", "c-00000000001F", "c-0000000000001", "d-000000000001", "c-00000000000g",
                "c-00000000000", "")) {
            assertThat(CLAIMS.of(other)).as(other).isEqualTo(HexIdKeys.NONE);
        }
        assertThat(CLAIMS.of(null)).isEqualTo(HexIdKeys.NONE);
        assertThatThrownBy(() -> CLAIMS.id(HexIdKeys.NONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CLAIMS.id(1L << 48)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void documentIdsHaveTheirOwnPrefix() {
        HexIdKeys documents = HexIdKeys.DOCUMENTS;
        assertThat(documents.of("d-00000000001f")).isEqualTo(31);
        assertThat(documents.id(31)).isEqualTo("d-00000000001f");
        assertThat(documents.of("c-00000000001f")).isEqualTo(HexIdKeys.NONE);
        assertThat(CLAIMS.id(documents.of("d-3f1a9c0b2e4d"))).isEqualTo("c-3f1a9c0b2e4d");
    }
}
