package org.hasila.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops page furniture from scraped plain text: interface labels, image file names, stray symbols and
 * "read also" / "most read" lists. What is left is the document text every downstream offset indexes into.
 */
final class PlainTextCleaner {

    private static final Pattern IMAGE_FILE = Pattern.compile(
            "(?iu)^[\\p{L}\\p{N} _().,\\-]{1,100}\\.(jpe?g|png|gif|webp|svg|bmp|tiff?|avif|heic)$");
    /** One to three characters and none a letter: bullets, separators, page numbers, share-button glyphs. */
    private static final Pattern NO_LETTERS = Pattern.compile("^[^\\p{L}]{1,3}$");
    /** A copyright line of a page's or a document's footer: "جميع الحقوق محفوظة © 2026", "All rights reserved". */
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?iu)^.{0,80}(©|\\(c\\) ?\\d{4}|جميع الحقوق محفوظة|الحقوق محفوظة|all rights reserved|copyright).{0,80}$");
    /** A headline in a list of links: short and not a finished sentence. */
    private static final int LIST_ITEM_MAX = 150;

    private final Lexicon uiLines;
    private final Lexicon readAlsoCues;
    private final Lexicon tagLabels;

    PlainTextCleaner(Lexicon uiLines, Lexicon readAlsoCues, Lexicon tagLabels) {
        this.uiLines = uiLines;
        this.readAlsoCues = readAlsoCues;
        this.tagLabels = tagLabels;
    }

    static PlainTextCleaner standard() {
        return new PlainTextCleaner(Lexicon.load("ui-lines.txt"), Lexicon.load("read-also-cues.txt"),
                Lexicon.load("tag-labels.txt"));
    }

    String clean(String text) {
        List<String> lines = Paragraphs.lines(text);
        List<String> kept = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = Paragraphs.trim(lines.get(i));
            if (isReadAlsoHeading(line)) {
                i = skipLinkList(lines, i + 1);
                continue;
            }
            if (!isFurniture(line) && !isInlineReadAlso(line)) {
                kept.add(line);
            }
            i++;
        }
        return String.join("\n", Paragraphs.clean(kept));
    }

    boolean isFurniture(String line) {
        return !line.isEmpty()
                && (uiLines.contains(line) || IMAGE_FILE.matcher(line).matches() || NO_LETTERS.matcher(line).matches()
                        || COPYRIGHT.matcher(line).matches());
    }

    boolean isReadAlsoHeading(String line) {
        return !line.isEmpty() && readAlsoCues.contains(line);
    }

    /** "اقرأ أيضاً: headline" on one line, or a page's list of tags ("الكلمات المفتاحية: ديالى داعش"). */
    private boolean isInlineReadAlso(String line) {
        int colon = indexOfColon(line);
        return colon > 0 && colon <= 30 && (readAlsoCues.contains(line.substring(0, colon))
                || tagLabels.contains(line.substring(0, colon)));
    }

    private static int indexOfColon(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ':' || c == '：' || c == '|') {
                return i;
            }
        }
        return -1;
    }

    /** Skips the headlines under a read-also heading: short unfinished lines, up to the first blank line or prose. */
    private static int skipLinkList(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && Paragraphs.trim(lines.get(i)).isEmpty()) {
            i++;
        }
        while (i < lines.size()) {
            String line = Paragraphs.trim(lines.get(i));
            if (line.isEmpty() || line.length() > LIST_ITEM_MAX || endsSentence(line)) {
                break;
            }
            i++;
        }
        return i;
    }

    private static boolean endsSentence(String line) {
        return line.endsWith(".") && !line.endsWith("..");
    }
}
