package org.hasila.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ParagraphsTest {

    private static final Pattern EDGE_SPACE =
            Pattern.compile("^[\\s\\p{Z}\\u200B-\\u200F\\u2060\\uFEFF]+|[\\s\\p{Z}\\u200B-\\u200F\\u2060\\uFEFF]+$");

    @Test
    void trimDropsEdgeSpaceAndCollapsesSpaceRuns() {
        assertThat(Paragraphs.trim("\u200F\u00A0 قتل  خمسة\t\tمدنيين \u2060")).isEqualTo("قتل خمسة مدنيين");
        assertThat(Paragraphs.trim("قتل خمسة")).isEqualTo("قتل خمسة");
    }

    /** Lines that need nothing are returned as they are; every char at either edge or doubled is trimmed as before. */
    @Test
    void trimDoesWhatItsPatternsDoForEveryChar() {
        List<String> lines = new ArrayList<>();
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            String s = String.valueOf((char) c);
            lines.add(s);
            lines.add(s + "ب");
            lines.add("ب" + s);
            lines.add("ب" + s + s + "ب");
            lines.add("ب" + s + "\u0085");
            lines.add("ب " + s);
        }
        for (String line : lines) {
            String expected = EDGE_SPACE.matcher(line).replaceAll("").replaceAll("[ \\t\\u00A0]{2,}", " ");
            assertThat(Paragraphs.trim(line)).as("U+%04X", (int) line.charAt(line.length() > 1 ? 1 : 0))
                    .isEqualTo(expected);
        }
    }
}
