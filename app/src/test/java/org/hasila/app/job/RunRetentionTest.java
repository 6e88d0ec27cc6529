package org.hasila.app.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Which runs' stored rows go: those neither kept nor restartable. */
class RunRetentionTest {

    @Test
    void forgetsFinishedRunsBeyondTheKeptOnes() {
        TreeSet<Long> withRows = new TreeSet<>(Set.of(1L, 2L, 3L, 4L, 5L));

        assertThat(RunRetention.toForget(withRows, Set.of(4L, 5L), instance -> true)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void keepsTheRowsOfARunThatMayStillBeRestarted() {
        TreeSet<Long> withRows = new TreeSet<>(Set.of(1L, 2L, 3L, 4L));

        assertThat(RunRetention.toForget(withRows, Set.of(4L), instance -> instance != 2L)).containsExactly(1L, 3L);
    }

    @Test
    void forgetsNothingWhenEveryRunIsKept() {
        TreeSet<Long> withRows = new TreeSet<>(Set.of(7L, 8L));

        assertThat(RunRetention.toForget(withRows, Set.of(7L, 8L, 9L), instance -> true)).isEmpty();
    }

    @Test
    void refusesANegativeCount() {
        assertThatThrownBy(() -> new RunRetention(null, null, null, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
