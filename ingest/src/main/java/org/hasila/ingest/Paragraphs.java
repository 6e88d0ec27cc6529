package org.hasila.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Puts extracted text in one shape: '\n' line ends, no BOM, trimmed lines, blocks separated by one blank line. */
final class Paragraphs {

    /** Whitespace as it occurs in scraped pages: also no-break spaces, zero-width and direction marks. */
    private static final Pattern EDGE_SPACE =
            Pattern.compile("^[\\s\\p{Z}\\u200B-\\u200F\\u2060\\uFEFF]+|[\\s\\p{Z}\\u200B-\\u200F\\u2060\\uFEFF]+$");

    private Paragraphs() {
    }

    static String normalize(String text) {
        return String.join("\n", clean(lines(text)));
    }

    static List<String> lines(String text) {
        String unified = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n');
        return List.of(unified.split("\n", -1));
    }

    /** Trims every line and keeps at most one blank line between blocks, none at either end. */
    static List<String> clean(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String trimmed = trim(line);
            if (trimmed.isEmpty() && (out.isEmpty() || out.get(out.size() - 1).isEmpty())) {
                continue;
            }
            out.add(trimmed);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    static String trim(String line) {
        return EDGE_SPACE.matcher(line).replaceAll("").replaceAll("[ \\t\\u00A0]{2,}", " ");
    }
}
