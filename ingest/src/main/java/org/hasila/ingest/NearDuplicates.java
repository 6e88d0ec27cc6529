package org.hasila.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hasila.core.text.TextNormalizer;

/**
 * Signatures for finding the same story republished with small edits: MinHash over word 5-shingles of the text
 * folded for matching (alef forms, ta marbuta, diacritics, digits, case), so spelling variants do not count as edits.
 * Written here rather than taken from a library: the MinHash/LSH libraries on Maven Central (java-lsh and the like)
 * are unmaintained, and the algorithm is a few dozen lines whose signatures must stay stable across releases, since
 * they are stored with each document.
 */
public final class NearDuplicates {

    /** Words per shingle: long enough that two reports of one incident, worded apart, share few shingles. */
    static final int SHINGLE_WORDS = 5;
    /** Hash functions; the resemblance estimate is off by about 0.04 at most of its range. */
    static final int HASHES = 128;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final TextNormalizer FOLD = TextNormalizer.forMatching();
    private static final long[] SEEDS = seeds();

    private NearDuplicates() {
    }

    /** The signature of a document's text; an empty text gets one that matches nothing. */
    public static Fingerprint signature(String text) {
        long[] shingles = shingles(text);
        long[] min = new long[HASHES];
        Arrays.fill(min, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long h = mix(shingle ^ SEEDS[i]);
                if (h < min[i]) {
                    min[i] = h;
                }
            }
        }
        return new Fingerprint(shingles.length, min);
    }

    /**
     * 64-bit hashes of the distinct word shingles, ascending; a text shorter than a shingle is one shingle. A
     * shingle's hash is FNV-1a over the UTF-8 bytes of its words joined by single spaces, then mixed: stable
     * across JVMs, unlike String.hashCode's 32 bits. Each word is encoded once, not once per shingle holding it.
     */
    static long[] shingles(String text) {
        List<byte[]> words = words(FOLD.fold(text));
        int span = Math.min(SHINGLE_WORDS, words.size());
        if (span == 0) {
            return new long[0];
        }
        long[] hashes = new long[words.size() - span + 1];
        for (int start = 0; start < hashes.length; start++) {
            long h = FNV_OFFSET;
            for (int k = start; k < start + span; k++) {
                if (k > start) {
                    h = (h ^ ' ') * FNV_PRIME;
                }
                for (byte b : words.get(k)) {
                    h = (h ^ (b & 0xff)) * FNV_PRIME;
                }
            }
            hashes[start] = mix(h);
        }
        Arrays.sort(hashes);
        int distinct = 0;
        for (int i = 0; i < hashes.length; i++) {
            if (i == 0 || hashes[i] != hashes[i - 1]) {
                hashes[distinct++] = hashes[i];
            }
        }
        return Arrays.copyOf(hashes, distinct);
    }

    /** The runs of letters and numbers (Unicode categories L and N) of a folded text, each in UTF-8. */
    private static List<byte[]> words(String folded) {
        List<byte[]> words = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i <= folded.length()) {
            int c = i < folded.length() ? folded.codePointAt(i) : ' ';
            boolean word = i < folded.length() && isWordChar(c);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.add(folded.substring(start, i).getBytes(StandardCharsets.UTF_8));
                start = -1;
            }
            i += Character.charCount(c);
        }
        return words;
    }

    private static boolean isWordChar(int c) {
        if (Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** The SplitMix64 finaliser: every input bit moves every output bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Fixed seeds, so that signatures stored by one run compare with those of the next. */
    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long state = 0x6861_7369_6c61L; // "hasila"
        for (int i = 0; i < HASHES; i++) {
            state += 0x9e3779b97f4a7c15L;
            seeds[i] = mix(state);
        }
        return seeds;
    }
}
