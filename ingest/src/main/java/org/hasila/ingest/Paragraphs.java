package org.hasila.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Puts extracted text in one shape: '\n' line ends, no BOM, trimmed lines, blocks separated by one blank line. */
final class Paragraphs {

    /** Whitespace as it occurs in scraped pages: also no-break spaces, zero-width and direction marks. */
    private static final Pattern EDGE_SPACE =
            Pattern.compile("^[\\s\\p{Z}\\u200B-\\u200F\\u2060\\uFEFF]+|[\\s\\p{Z}\\u200B-\\u200F\\u2060\\uFEFF]+$");
    private static final Pattern SPACE_RUN = Pattern.compile("[ \\t\\u00A0]{2,}");

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
        if (isTrimmed(line)) {
            return line;
        }
        return SPACE_RUN.matcher(EDGE_SPACE.matcher(line).replaceAll("")).replaceAll(" ");
    }

    /**
     * Whether neither pattern of {@link #trim} can match, as for most lines: no edge space at either end (nor a line
     * terminator at the end, before which {@code $} also matches) and no two spaces in a row.
     */
    private static boolean isTrimmed(String line) {
        if (line.isEmpty()) {
            return true;
        }
        char last = line.charAt(line.length() - 1);
        if (isEdgeSpace(line.charAt(0)) || isEdgeSpace(last) || "\n\r\u0085\u2028\u2029".indexOf(last) >= 0) {
            return false;
        }
        for (int i = 1; i < line.length(); i++) {
            if (isRunSpace(line.charAt(i)) && isRunSpace(line.charAt(i - 1))) {
                return false;
            }
        }
        return true;
    }

    /** A char of EDGE_SPACE's class: \\s, \\p{Z}, zero-width and direction marks, the BOM. */
    private static boolean isEdgeSpace(char c) {
        int type = Character.getType(c);
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                || type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || c >= '\u200B' && c <= '\u200F' || c == '\u2060' || c == '\uFEFF';
    }

    private static boolean isRunSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0';
    }
}
