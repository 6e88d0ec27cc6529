package org.hasila.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Records decoded ahead on a thread of their own come back in row order, with their keys, on the cursor's thread. */
class DecodeAheadTest {

    record Taken(String key, int value, String thread) {
    }

    final List<Taken> taken = new ArrayList<>();

    DecodeAhead<String, Integer> ahead(int rows) {
        return DecodeAhead.forRows(rows, body -> {
            if (body.equals("bad")) {
                throw new IllegalArgumentException("not a number: " + body);
            }
            return Integer.valueOf(body);
        }, (key, value) -> taken.add(new Taken(key, value, Thread.currentThread().getName())));
    }

    @Test
    void manyBatchesComeBackInRowOrderOnTheCursorsThread() {
        int rows = DecodeAhead.BATCH * (DecodeAhead.AHEAD + 3) + 17;
        try (DecodeAhead<String, Integer> decoder = ahead(rows)) {
            IntStream.range(0, rows).forEach(i -> decoder.add("k" + i, Integer.toString(i * 3)));
            decoder.finish();
        }
        assertThat(taken).hasSize(rows);
        for (int i = 0; i < rows; i++) {
            assertThat(taken.get(i)).isEqualTo(new Taken("k" + i, i * 3, Thread.currentThread().getName()));
        }
    }

    @Test
    void noMoreThanTheBatchesAheadAreHeldBeforeBeingHandedOn() {
        int rows = DecodeAhead.BATCH * (DecodeAhead.AHEAD + 2);
        try (DecodeAhead<String, Integer> decoder = ahead(rows)) {
            for (int i = 0; i < rows; i++) {
                decoder.add("k", Integer.toString(i));
                assertThat(i + 1 - taken.size()).isLessThanOrEqualTo(DecodeAhead.BATCH * (DecodeAhead.AHEAD + 1));
            }
            decoder.finish();
        }
        assertThat(taken).hasSize(rows);
    }

    @Test
    void aShortCursorDecodesEachRowAsItComes() {
        try (DecodeAhead<String, Integer> decoder = ahead(DecodeAhead.BATCH - 1)) {
            decoder.add("a", "1");
            assertThat(taken).containsExactly(new Taken("a", 1, Thread.currentThread().getName()));
            decoder.finish();
        }
    }

    @Test
    void aBodyThatDoesNotDecodeFailsTheCursorAndNothingAfterItIsHandedOn() {
        int rows = DecodeAhead.BATCH * 3;
        int bad = DecodeAhead.BATCH + 5;
        assertThatThrownBy(() -> {
            try (DecodeAhead<String, Integer> decoder = ahead(rows)) {
                for (int i = 0; i < rows; i++) {
                    decoder.add("k" + i, i == bad ? "bad" : Integer.toString(i));
                }
                decoder.finish();
            }
        }).isInstanceOf(IllegalArgumentException.class).hasMessage("not a number: bad");
        assertThat(taken).hasSizeLessThanOrEqualTo(bad)
                .allSatisfy(t -> assertThat(t.value()).isLessThan(bad));
    }
}
