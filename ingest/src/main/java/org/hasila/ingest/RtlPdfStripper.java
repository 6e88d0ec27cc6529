package org.hasila.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDFBox text stripper that puts right-to-left lines in logical order as a whole. PDFBox reorders within
 * each word it finds; a producer that places every word on its own (no space glyphs, common with justified
 * Arabic) then comes out with its words in reverse order. Here the line's glyphs, in page order, are
 * reordered together once the line is complete.
 *
 * <p>A line the page wrapped is joined to the next with a space: one that spans nearly the page's widest line and
 * does not end a sentence ("أن الحصيلة النهائية" / "للغارة التي شنها"). A sentence broken over lines was read as
 * several, and its figure lost the source named at its start; PDFBox's own paragraphs do not help there, as it takes a
 * right-to-left line's ragged left end for an indent and starts a paragraph at nearly every line.
 */
final class RtlPdfStripper extends PDFTextStripper {

    /** Share of a space's width above which a gap between glyphs is a word break (PDFBox uses about half). */
    private static final float SPACE_SHARE = 0.5f;
    /** Share of the page's widest line from which a line that ends no sentence is a wrapped one. */
    private static final float FULL_LINE = 0.85f;
    /** Marks that end a sentence at a line's end, a closing quote or bracket after them included. */
    private static final Pattern SENTENCE_END =
            Pattern.compile("[.!?؟:؛…][\\s\"'»”)\\]]*$");

    /** A line of the page as written, its extent on the page, and what followed it. */
    private record Line(String text, float left, float right, String separator) {
        float width() {
            return right - left;
        }
    }

    private final List<List<TextPosition>> words = new ArrayList<>();
    private final List<Line> page = new ArrayList<>();
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
    protected void writeLineSeparator() {
        flushLine(getLineSeparator());
    }

    @Override
    protected void writeParagraphEnd() {
        flushLine(getParagraphEnd());
    }

    @Override
    protected void writePageEnd() throws IOException {
        flushLine("");
        writePageLines();
        super.writePageEnd();
    }

    @Override
    protected void endPage(PDPage pdPage) throws IOException {
        flushLine("");
        writePageLines();
        super.endPage(pdPage);
    }

    /** Ends the line being read, to be written with the page; {@code separator} follows it, added to one ended. */
    private void flushLine(String separator) {
        if (words.isEmpty()) {
            if (!page.isEmpty()) {
                Line last = page.remove(page.size() - 1);
                page.add(new Line(last.text(), last.left(), last.right(), last.separator() + separator));
            }
            return;
        }
        String visual = inPageOrder() ? joined() : regrouped();
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (List<TextPosition> word : words) {
            for (TextPosition glyph : word) {
                left = Math.min(left, glyph.getX());
                right = Math.max(right, glyph.getX() + glyph.getWidth());
            }
        }
        words.clear();
        Boolean own = VisualLine.rightToLeft(visual);
        rightToLeft = own == null ? rightToLeft : own;
        page.add(new Line(VisualLine.toLogical(visual, rightToLeft), left, right, separator));
    }

    private void writePageLines() throws IOException {
        float widest = 0;
        for (Line line : page) {
            widest = Math.max(widest, line.width());
        }
        for (int i = 0; i < page.size(); i++) {
            Line line = page.get(i);
            output.write(line.text());
            boolean wrapped = i + 1 < page.size() && line.width() >= widest * FULL_LINE
                    && !SENTENCE_END.matcher(line.text()).find() && !line.separator().isEmpty();
            output.write(wrapped ? getWordSeparator() : line.separator());
        }
        page.clear();
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
