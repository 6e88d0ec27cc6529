package org.hasila.extract.claim;

import java.util.ArrayList;
import java.util.List;
import org.hasila.core.text.NormalizedText;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;

/**
 * Splits text into sentences: ICU's Arabic sentence rules (the Arabic comma does not end a
 * sentence), then line breaks. A text hard-wrapped at a fixed width (lines of similar length that
 * stop mid-sentence) keeps its sentences across lines; a short line there still ends one.
 */
final class SentenceSplitter {

    private static final String TERMINAL = ".!?؟:…;؛";
    private static final int MAX_HEADLINE_WORDS = 16;
    /** Sentences at the top of a text that may be its headline and subtitles. */
    private static final int HEAD_SENTENCES = 3;
    /** Marks that open an item of a list. */
    static final String LIST_MARKS = "-–—•·▪●*";
    private static final ULocale ARABIC = new ULocale("ar");
    /**
     * ICU's Arabic sentence rules, past the English abbreviations ICU knows ("Mr."). Built once (wrapping compiles the
     * abbreviations), cloned for each text.
     */
    private static final BreakIterator SENTENCES = FilteredBreakIteratorBuilder.getInstance(ULocale.ENGLISH)
            .wrapIteratorWithFilter(BreakIterator.getSentenceInstance(ARABIC));
    /**
     * Abbreviations after which a full stop ends no sentence either (claim/abbreviations.txt: "Dr.", "د."), each a
     * word of its own: ICU's filter matches the end of any word, so that "د." kept every Arabic word ending in dal
     * ("مهد التمرد. ففي عام 2017") from ending its sentence.
     */
    private static final List<String> ABBREVIATIONS = Lines.read("/org/hasila/extract/claim/abbreviations.txt").stream()
            .map(row -> row[0].strip()).toList();

    /**
     * The sentences of a folded text, found with its Latin letters in their original case (folding lowers them,
     * and a capital after a full stop is what tells ICU that "... in a statement. Around 2,000" is two sentences).
     */
    List<Sentence> split(NormalizedText text) {
        String folded = text.text();
        char[] cased = folded.toCharArray();
        for (int i = 0; i < cased.length; i++) {
            if (cased[i] < 0x80 && Character.isLowerCase(cased[i])) {
                char original = text.original().charAt(text.originalStart(i));
                cased[i] = Character.toLowerCase(original) == cased[i] ? original : cased[i];
            }
        }
        return split(new String(cased));
    }

    List<Sentence> split(String text) {
        List<int[]> lines = lines(text);
        int wrapWidth = wrapWidth(text, lines);
        boolean prose = lines.stream().anyMatch(line -> endsWithTerminal(text, line));
        List<Sentence> out = new ArrayList<>();
        // one iterator for the whole text: setText starts it afresh on each block, and ICU's instances are copies
        BreakIterator it = (BreakIterator) SENTENCES.clone();
        int blockStart = 0;
        for (int k = 0; k < lines.size(); k++) {
            int[] line = lines.get(k);
            boolean last = k == lines.size() - 1;
            if (last || breaksAfter(text, line, wrapWidth)) {
                splitBlock(it, text, blockStart, line[1], prose, out);
                blockStart = line[1];
            }
        }
        return out;
    }

    private boolean breaksAfter(String text, int[] line, int wrapWidth) {
        int length = line[1] - line[0];
        if (wrapWidth == 0 || length == 0) {
            return true;
        }
        return endsWithTerminal(text, line) || length < wrapWidth * 8 / 10;
    }

    private void splitBlock(BreakIterator it, String text, int from, int to, boolean prose, List<Sentence> out) {
        // ICU ends a sentence at every line break: a wrapped block is handed over as one line
        String block = text.substring(from, to);
        int keep = block.stripTrailing().length();
        it.setText(block.substring(0, keep).replace('\n', ' ').replace('\r', ' ') + block.substring(keep));
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
            if (end < keep && (endsWithAbbreviation(block, end) || dotInsideAName(block, end))) {
                continue;
            }
            add(text, from + start, from + end, prose, out);
            start = end;
        }
    }

    /** Letters of a site's ending after its full stop, at most: "نت", "net", "com". */
    private static final int SITE_ENDING = 3;

    /**
     * Whether the break follows a full stop between a letter and a site's short ending, inside a name:
     * "لـ«العربية.نت»"، "Aljazeera.net" (not "في الهجوم.وأصيب", a space left out).
     */
    private static boolean dotInsideAName(String block, int end) {
        if (end < 2 || block.charAt(end - 1) != '.' || !Character.isLetter(block.charAt(end - 2))) {
            return false;
        }
        int k = end;
        while (k < block.length() && Character.isLetter(block.charAt(k))) {
            k++;
        }
        return k > end && k - end <= SITE_ENDING;
    }

    /** Whether the text before {@code end} ends with an abbreviation that is a word of its own ("قال د. يعقوب"). */
    private static boolean endsWithAbbreviation(String block, int end) {
        String before = block.substring(0, end).stripTrailing();
        for (String abbreviation : ABBREVIATIONS) {
            int at = before.length() - abbreviation.length();
            if (before.endsWith(abbreviation) && (at == 0 || !Character.isLetterOrDigit(before.charAt(at - 1)))) {
                return true;
            }
        }
        return false;
    }

    private void add(String text, int start, int end, boolean prose, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            // a headline stands among the first lines (headline, subtitle, date line), or heads a paragraph that
            // ends as a sentence does (a crosshead: "نزوح مئات المدنيين في الحسكة"); short lines without full stops
            // one after another, in a text with no sentence ending with a full stop, are its text (a web story)
            boolean heads = prose && (out.size() < HEAD_SENTENCES || paragraphFollows(text, end));
            out.add(new Sentence(start, end, heads && isHeadline(text, start, end)));
        }
    }

    /** The sentence at {@code start} is an item of a list ("- في درعا: مقتل 3"). */
    static boolean opensListItem(String text, int start) {
        return LIST_MARKS.indexOf(text.charAt(start)) >= 0;
    }

    /** The next line with text after {@code end} ends with closing punctuation. */
    private static boolean paragraphFollows(String text, int end) {
        int from = text.indexOf('\n', end);
        while (from >= 0 && from < text.length() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        if (from < 0 || from >= text.length()) {
            return false;
        }
        int to = text.indexOf('\n', from);
        String line = text.substring(from, to < 0 ? text.length() : to).strip();
        return !line.isEmpty() && TERMINAL.indexOf(line.charAt(line.length() - 1)) >= 0;
    }

    /**
     * A line of few words without closing punctuation, or one whose parts the headline's double stop joins ("مقتل 5
     * في قصف على السوق.. والجيش يتوعد"): every sentence of it is the headline's.
     */
    private static boolean isHeadline(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end - 1);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        String line = text.substring(lineStart, lineEnd).strip();
        boolean ownLine = lineStart == start && (end == text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r');
        boolean doubleStop = line.contains("..");
        if (line.isEmpty() || !ownLine && !doubleStop || opensListItem(text, lineStart)) {
            // an item of a list ("- انتشال سبع جثث من تحت الأنقاض؛") is no headline
            return false;
        }
        char last = line.charAt(line.length() - 1);
        if (TERMINAL.indexOf(last) >= 0 && !line.endsWith("..")) {
            return false;
        }
        return line.split("\\s+").length <= MAX_HEADLINE_WORDS;
    }

    /** Each line as [start, end-with-newline), with its text end at index 1 excluding the break. */
    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < text.length() || lines.isEmpty()) {
            lines.add(new int[] {start, text.length()});
        }
        return lines;
    }

    /**
     * The width a hard-wrapped text is wrapped at, or 0 when it is not wrapped: most long lines stop
     * without closing punctuation.
     */
    private static int wrapWidth(String text, List<int[]> lines) {
        List<Integer> open = new ArrayList<>();
        int nonEmpty = 0;
        for (int[] line : lines) {
            int length = line[1] - line[0];
            if (text.substring(line[0], line[1]).isBlank()) {
                continue;
            }
            nonEmpty++;
            if (length >= 50 && !endsWithTerminal(text, line)) {
                open.add(length);
            }
        }
        if (open.size() < 3 || open.size() * 2 < nonEmpty) {
            return 0;
        }
        open.sort(Integer::compare);
        return open.get(open.size() / 2);
    }

    private static boolean endsWithTerminal(String text, int[] line) {
        int end = line[1];
        while (end > line[0] && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > line[0] && TERMINAL.indexOf(text.charAt(end - 1)) >= 0;
    }
}
