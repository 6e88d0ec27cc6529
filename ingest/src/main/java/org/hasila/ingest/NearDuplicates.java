package org.hasila.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final TextNormalizer FOLD = TextNormalizer.forMatching();
    private static final long[] SEEDS = seeds();

    private NearDuplicates() {
    }

    /** The signature of a document's text; an empty text gets one that matches nothing. */
    public static Fingerprint signature(String text) {
        Set<Long> shingles = shingles(text);
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
        return new Fingerprint(shingles.size(), min);
    }

    /** 64-bit hashes of the distinct word shingles; a text shorter than a shingle is one shingle. */
    static Set<Long> shingles(String text) {
        List<String> words = Arrays.stream(NOT_WORD.split(FOLD.fold(text))).filter(w -> !w.isEmpty()).toList();
        Set<Long> out = new HashSet<>();
        int span = Math.min(SHINGLE_WORDS, words.size());
        for (int start = 0; span > 0 && start + span <= words.size(); start++) {
            out.add(hash(String.join(" ", words.subList(start, start + span))));
        }
        return out;
    }

    /** FNV-1a over UTF-8, then mixed: stable across JVMs, unlike String.hashCode's 32 bits. */
    private static long hash(String shingle) {
        long h = 0xcbf29ce484222325L;
        for (byte b : shingle.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return mix(h);
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
