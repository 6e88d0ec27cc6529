package org.hasila.core.text;

import java.util.List;

/** A chain of {@link CharFold}s applied in order, keeping the offset map. */
public final class TextNormalizer {

    private final List<CharFold> folds;

    public TextNormalizer(List<CharFold> folds) {
        this.folds = List.copyOf(folds);
    }

    /** The chain used for matching Arabic and English: letters, digits, punctuation. */
    public static TextNormalizer forMatching() {
        return new TextNormalizer(List.of(new ArabicLetterFold(), new DigitFold(), new PunctuationFold()));
    }

    public NormalizedText normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] map = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            int c = text.charAt(i);
            for (CharFold fold : folds) {
                c = fold.fold((char) c);
                if (c == CharFold.DROP) {
                    break;
                }
            }
            if (c != CharFold.DROP) {
                map[out.length()] = i;
                out.append((char) c);
            }
        }
        return new NormalizedText(text, out.toString(), java.util.Arrays.copyOf(map, out.length()));
    }

    /** The folded form of a lexicon entry. */
    public String fold(String text) {
        return normalize(text).text();
    }
}
