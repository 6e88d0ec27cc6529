package org.hasila.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordMemoTest {

    final List<String> computed = new ArrayList<>();
    final WordMemo<Integer> lengths = new WordMemo<>(2, word -> {
        computed.add(word);
        return word.length();
    });

    @Test
    void aWordIsWorkedOutOnceWhileItIsKept() {
        assertThat(lengths.get("قتلى")).isEqualTo(4);
        assertThat(lengths.get("قتلى")).isEqualTo(4);

        assertThat(computed).containsExactly("قتلى");
    }

    @Test
    void aFullMemoStartsAfreshAndStillAnswersRight() {
        lengths.get("a");
        lengths.get("bb");
        assertThat(lengths.get("ccc")).isEqualTo(3);
        assertThat(lengths.get("a")).isEqualTo(1);

        assertThat(computed).containsExactly("a", "bb", "ccc", "a");
    }
}
