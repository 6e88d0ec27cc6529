package org.hasila.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDFBox text stripper that puts right-to-left lines in logical order as a whole. PDFBox reorders within
 * each word it finds; a producer that places every word on its own (no space glyphs, common with justified
 * Arabic) then comes out with its words in reverse order. Here the line's glyphs, in page order, are
 * reordered together once the line is complete.
 */
final class RtlPdfStripper extends PDFTextStripper {

    /** Share of a space's width above which a gap between glyphs is a word break (PDFBox uses about half). */
    private static final float SPACE_SHARE = 0.5f;

    private final List<List<TextPosition>> words = new ArrayList<>();
    /** Direction of the last line with letters; a line without any (a wrapped year) follows it. */
    private boolean rightToLeft;

    RtlPdfStripper() {
        // Stream order, as Tika reads PDFs: sorting by position would interleave the lines of side-by-side columns.
        setSortByPosition(false);
        setLineSeparator("\n");
        setWordSeparator(" ");
        setParagraphStart("");
        setParagraphEnd("\n\n");
        setPageEnd("\n\n");
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        words.add(List.copyOf(positions));
    }

    @Override
    protected void writeWordSeparator() {
        // words are joined when the line is flushed
    }

    @Override
    protected void writeLineSeparator() throws IOException {
        flushLine();
        super.writeLineSeparator();
    }

    @Override
    protected void writeParagraphEnd() throws IOException {
        flushLine();
        super.writeParagraphEnd();
    }

    @Override
    protected void writePageEnd() throws IOException {
        flushLine();
        super.writePageEnd();
    }

    private void flushLine() throws IOException {
        if (words.isEmpty()) {
            return;
        }
        String visual = inPageOrder() ? joined() : regrouped();
        words.clear();
        Boolean own = VisualLine.rightToLeft(visual);
        rightToLeft = own == null ? rightToLeft : own;
        output.write(VisualLine.toLogical(visual, rightToLeft));
    }

    /** Whether the glyphs of the line were drawn left to right, as the page shows them. */
    private boolean inPageOrder() {
        float x = -Float.MAX_VALUE;
        for (List<TextPosition> word : words) {
            for (TextPosition glyph : word) {
                if (glyph.getX() < x) {
                    return false;
                }
                x = glyph.getX();
            }
        }
        return true;
    }

    private String joined() {
        StringBuilder visual = new StringBuilder();
        for (List<TextPosition> word : words) {
            if (!visual.isEmpty()) {
                visual.append(getWordSeparator());
            }
            word.forEach(glyph -> visual.append(glyph.getVisuallyOrderedUnicode()));
        }
        return visual.toString();
    }

    /**
     * A line whose words were drawn right to left, one by one: its glyphs in page order, with a space wherever
     * the gap between two glyphs is a good part of a space's width (PDFBox saw no gaps, the pen moved backwards).
     */
    private String regrouped() {
        List<TextPosition> glyphs = new ArrayList<>();
        words.forEach(glyphs::addAll);
        glyphs.sort(Comparator.comparingDouble(TextPosition::getX));
        StringBuilder visual = new StringBuilder();
        TextPosition previous = null;
        for (TextPosition glyph : glyphs) {
            if (previous != null) {
                float gap = glyph.getX() - (previous.getX() + previous.getWidth());
                float space = Math.max(previous.getWidthOfSpace(), previous.getFontSizeInPt() * 0.25f);
                if (gap > space * SPACE_SHARE && !previous.getUnicode().isBlank() && !glyph.getUnicode().isBlank()) {
                    visual.append(getWordSeparator());
                }
            }
            visual.append(glyph.getVisuallyOrderedUnicode());
            previous = glyph;
        }
        return visual.toString();
    }
}
