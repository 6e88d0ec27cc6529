package org.hasila.extract.time;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a rule's matches can start with, so that its pattern is tried only at the few word starts where one
 * of them begins, instead of at every position of the text (the alternations of lexicon entries are costly).
 */
final class Leads {

    /** The longest run of clitics before a lead word: a conjunction, a preposition and the article (وبال). */
    private static final int MAX_PREFIX = 4;

    private final boolean digits;
    /** The first letters of the lead words as a bit set over all chars, for a quick test at every word start. */
    private final long[] firstLetters = new long[1 << 10];
    /** The lead words of a single letter, as a bit set like {@link #firstLetters}. */
    private final long[] oneLetterWords = new long[1 << 10];
    /** Open-addressing table from the first two letters of a lead word to the lead words that begin with them. */
    private final int[] keys;
    private final String[][] words;

    /**
     * @param digits whether a match can start with an ASCII digit
     * @param entries lexicon entries or fixed words a match can start with; only their first word counts, and
     *                its article is optional (it may be elided, as in لليوم)
     */
    Leads(boolean digits, Collection<String> entries) {
        this.digits = digits;
        Map<Integer, List<String>> byPair = new LinkedHashMap<>();
        entries.stream().map(Leads::core).distinct().forEach(core -> {
            char first = core.charAt(0);
            firstLetters[first >>> 6] |= 1L << first;
            if (core.length() == 1) {
                oneLetterWords[first >>> 6] |= 1L << first;
            } else {
                byPair.computeIfAbsent(pair(first, core.charAt(1)), p -> new ArrayList<>()).add(core);
            }
        });
        int size = Integer.highestOneBit(Math.max(1, byPair.size()) * 8);
        keys = new int[size];
        words = new String[size][];
        byPair.forEach((key, list) -> {
            int h = mix(key) & (size - 1);
            while (keys[h] != 0) {
                h = (h + 1) & (size - 1);
            }
            keys[h] = key;
            words[h] = list.toArray(String[]::new);
        });
    }

    /** The first word of an entry, without its article: the part every match of it must contain literally. */
    private static String core(String entry) {
        String first = entry.strip().split(" ", 2)[0];
        return first.startsWith("ال") && first.length() > 2 ? first.substring(2) : first;
    }

    private static int pair(char first, char second) {
        return first << 16 | second;
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /**
     * Whether a match may start at word start {@code i}: a lead word (or a digit) begins there, possibly after a
     * few clitic letters. A necessary condition only; the pattern decides.
     */
    private boolean at(String text, int i) {
        int last = Math.min(text.length() - 1, i + MAX_PREFIX);
        for (int k = i; k <= last; k++) {
            char c = text.charAt(k);
            if (digits && c >= '0' && c <= '9' || (firstLetters[c >>> 6] & (1L << c)) != 0 && startsWord(text, k, c)) {
                return true;
            }
            if (!isClitic(c)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isClitic(char c) {
        return switch (c) {
            case 'و', 'ف', 'ب', 'ل', 'ك', 'ا' -> true;
            default -> false;
        };
    }

    private boolean startsWord(String text, int k, char c) {
        if ((oneLetterWords[c >>> 6] & (1L << c)) != 0) {
            return true;
        }
        String[] candidates = k + 1 < text.length() ? bucket(pair(c, text.charAt(k + 1))) : null;
        if (candidates != null) {
            for (String word : candidates) {
                if (text.startsWith(word, k)) {
                    return true;
                }
            }
        }
        return false;
    }

    private String[] bucket(int key) {
        int mask = keys.length - 1;
        for (int h = mix(key) & mask; keys[h] != 0; h = (h + 1) & mask) {
            if (keys[h] == key) {
                return words[h];
            }
        }
        return null;
    }

    /** The successive matches of {@code pattern} in the text, the same as {@link Matcher#find()} gives. */
    Matches matches(Pattern pattern, WordStarts words) {
        return new Matches(pattern.matcher(words.text()).useTransparentBounds(true).useAnchoringBounds(false), words);
    }

    /** Iterates matches by trying the pattern anchored at each allowed word start, left to right. */
    final class Matches {

        private final Matcher matcher;
        private final WordStarts words;
        private int next;

        private Matches(Matcher matcher, WordStarts words) {
            this.matcher = matcher;
            this.words = words;
        }

        /** Advances to the next match; its groups are then read from {@link #matcher()}. */
        boolean find() {
            String text = words.text();
            int[] starts = words.starts();
            int length = text.length();
            for (int w = next; w < starts.length; w++) {
                int i = starts[w];
                if (at(text, i)) {
                    matcher.region(i, length);
                    if (matcher.lookingAt()) {
                        int end = Math.max(matcher.end(), i + 1);
                        next = w + 1;
                        while (next < starts.length && starts[next] < end) {
                            next++;
                        }
                        return true;
                    }
                }
            }
            next = starts.length;
            return false;
        }

        Matcher matcher() {
            return matcher;
        }
    }
}
