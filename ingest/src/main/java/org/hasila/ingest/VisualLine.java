package org.hasila.ingest;

import java.text.Bidi;
import java.text.Normalizer;

/**
 * Turns one line of a PDF, read left to right as its glyphs stand on the page, into logical (typed) order:
 * right-to-left runs reversed, digits and Latin kept left to right, and Arabic presentation forms (the shaped
 * glyphs many producers map to Unicode) folded back to letters.
 */
final class VisualLine {

    /** Bracket pairs that swap when a right-to-left run is reversed (Unicode Bidi_Mirrored, the common ones). */
    private static final String MIRRORED = "()[]{}<>«»‹›";

    private VisualLine() {
    }

    /** The line's own direction: true right to left, false left to right, null when it has no letters. */
    static Boolean rightToLeft(String line) {
        int rtl = 0;
        int ltr = 0;
        for (int i = 0; i < line.length(); i++) {
            byte d = Character.getDirectionality(line.charAt(i));
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                rtl++;
            } else if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                ltr++;
            }
        }
        return rtl + ltr == 0 ? null : rtl >= ltr;
    }

    /**
     * The logical order of a visual line. {@code rightToLeft} is the paragraph direction, which the page does not
     * mark: the caller takes it from the line's main script, or from the line before when this one has no letters
     * (a year or a figure wrapped onto a line of its own).
     */
    static String toLogical(String visual, boolean rightToLeft) {
        Bidi bidi = new Bidi(visual, rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        if (!bidi.isMixed() && bidi.getBaseLevel() == 0) {
            return visual;
        }
        // Producers disagree on brackets in right-to-left runs: some store the glyph's shape (mirrored), others
        // the typed character. Mirroring is undone only when that leaves the brackets paired.
        String logical = reorder(visual, bidi, true);
        if (!balanced(logical)) {
            String unmirrored = reorder(visual, bidi, false);
            logical = balanced(unmirrored) ? unmirrored : logical;
        }
        return foldPresentationForms(logical);
    }

    /**
     * Applies the bidi reordering to text that is already visual: for the runs a news line has (Arabic words,
     * numbers, Latin names) the reordering is its own inverse, which is what PDFBox does within one word.
     */
    private static String reorder(String visual, Bidi bidi, boolean mirror) {
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Integer[] order = new Integer[runs];
        for (int i = 0; i < runs; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            order[i] = i;
        }
        Bidi.reorderVisually(levels, 0, order, 0, runs);
        StringBuilder out = new StringBuilder(visual.length());
        for (Integer run : order) {
            String text = visual.substring(bidi.getRunStart(run), bidi.getRunLimit(run));
            if ((bidi.getRunLevel(run) & 1) == 0) {
                out.append(text);
            } else {
                for (int i = text.length() - 1; i >= 0; i--) {
                    out.append(mirror ? mirror(text.charAt(i)) : text.charAt(i));
                }
            }
        }
        return out.toString();
    }

    private static char mirror(char c) {
        int i = MIRRORED.indexOf(c);
        return i < 0 ? c : MIRRORED.charAt(i ^ 1);
    }

    /** No closing bracket before its opening one, for each pair kind. */
    static boolean balanced(String text) {
        int[] depth = new int[MIRRORED.length() / 2];
        for (int i = 0; i < text.length(); i++) {
            int k = MIRRORED.indexOf(text.charAt(i));
            if (k >= 0 && (k & 1) == 0) {
                depth[k / 2]++;
            } else if (k >= 0 && --depth[k / 2] < 0) {
                return false;
            }
        }
        return true;
    }

    /** NFKC on the presentation-form blocks only, so that nothing else in the line changes. */
    private static String foldPresentationForms(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean form = (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFE');
            out.append(form ? Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC) : c);
        }
        return out.toString();
    }
}
