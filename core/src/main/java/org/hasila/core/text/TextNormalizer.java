package org.hasila.core.text;

import java.util.Arrays;
import java.util.List;

/** A chain of {@link CharFold}s applied in order, keeping the offset map. */
public final class TextNormalizer {

    private static final int CHARS = Character.MAX_VALUE + 1;
    private static final TextNormalizer MATCHING =
            new TextNormalizer(List.of(new ArabicLetterFold(), new DigitFold(), new PunctuationFold()), true);

    private final List<CharFold> folds;
    /**
     * For a chain whose folds look at one char and nothing else (the matching chain), every char's result worked
     * out once: {@code table[c]} is the folded char unless bit c of {@code dropped} is set. Null otherwise.
     */
    private final char[] table;
    private final long[] dropped;

    public TextNormalizer(List<CharFold> folds) {
        this(folds, false);
    }

    private TextNormalizer(List<CharFold> folds, boolean tabulate) {
        this.folds = List.copyOf(folds);
        if (tabulate) {
            this.table = new char[CHARS];
            this.dropped = new long[CHARS / Long.SIZE];
            for (int c = 0; c < CHARS; c++) {
                int folded = foldChain((char) c);
                if (folded == CharFold.DROP) {
                    dropped[c >>> 6] |= 1L << c;
                } else {
                    table[c] = (char) folded;
                }
            }
        } else {
            this.table = null;
            this.dropped = null;
        }
    }

    /**
     * The chain used for matching Arabic and English: letters, digits, punctuation. One shared instance, its
     * folds tabulated for every char.
     */
    public static TextNormalizer forMatching() {
        return MATCHING;
    }

    public NormalizedText normalize(String text) {
        char[] out = new char[text.length()];
        int[] map = new int[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            int c = fold(text.charAt(i));
            if (c != CharFold.DROP) {
                map[n] = i;
                out[n++] = (char) c;
            }
        }
        return new NormalizedText(text, new String(out, 0, n), Arrays.copyOf(map, n));
    }

    /** The folded form of a lexicon entry. */
    public String fold(String text) {
        char[] out = new char[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            int c = fold(text.charAt(i));
            if (c != CharFold.DROP) {
                out[n++] = (char) c;
            }
        }
        return new String(out, 0, n);
    }

    private int fold(char c) {
        if (table == null) {
            return foldChain(c);
        }
        return (dropped[c >>> 6] & (1L << c)) != 0 ? CharFold.DROP : table[c];
    }

    private int foldChain(char original) {
        int c = original;
        for (CharFold fold : folds) {
            c = fold.fold((char) c);
            if (c == CharFold.DROP) {
                break;
            }
        }
        return c;
    }
}
