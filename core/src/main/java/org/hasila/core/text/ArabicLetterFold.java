package org.hasila.core.text;

import org.apache.lucene.analysis.ar.ArabicNormalizer;

/**
 * Lucene's {@link ArabicNormalizer} applied one character at a time: alef forms to bare alef,
 * alef maqsura to yeh, teh marbuta to heh, tatweel and diacritics dropped. Every rule of that
 * normalizer looks at a single character, so per-character application is exact and lets us
 * keep the offset map that the whole-string call would lose.
 */
public final class ArabicLetterFold implements CharFold {

    private final ArabicNormalizer normalizer = new ArabicNormalizer();

    @Override
    public int fold(char c) {
        char[] one = {c};
        return normalizer.normalize(one, 1) == 0 ? DROP : one[0];
    }
}
