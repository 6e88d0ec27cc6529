package org.hasila.extract.time;

import java.util.Arrays;

/**
 * A folded text with the offsets where its words start (no letter or digit just before), found once per text
 * and shared by every rule, since every rule's pattern begins with {@link TimeText#WORD_START}.
 */
record WordStarts(String text, int[] starts) {

    static WordStarts of(String folded) {
        int[] starts = new int[folded.length() / 2 + 1];
        int count = 0;
        for (int i = 0; i < folded.length(); i++) {
            if (i == 0 || !Character.isLetterOrDigit(folded.charAt(i - 1))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i;
            }
        }
        return new WordStarts(folded, Arrays.copyOf(starts, count));
    }
}
