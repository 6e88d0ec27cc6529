package org.hasila.extract.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * Typo tolerance for name words: Damerau-Levenshtein (optimal string alignment) distance of at most
 * one, and the single-deletion variants that let an index find such near words in constant time. Kept here because
 * commons-text's distances have no transpositions and no such index, and Lucene's fuzzy matching needs a search
 * index over the text, not a gazetteer lookup per word.
 */
final class Typos {

    /** The fewest letters of a word a name with one letter dropped may be. */
    private static final int MIN_SHORTENED = 6;

    private Typos() {
    }

    /** True when one substitution, insertion, deletion or swap of neighbours turns {@code a} into {@code b}. */
    static boolean withinOne(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la && i == lb) {
            return true;
        }
        if (la == lb) {
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2);
        }
        return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
    }

    /**
     * A plausible typo rather than another word: within one edit, no digits, a word of at least
     * {@value #MIN_SHORTENED} letters when a letter is missing, and not the same word
     * with a letter added, dropped or changed at its end, which in Arabic is usually another word form
     * (سوري / سوريا, بغدادي / بغداد) or another word (بأماكن "in places" / باماكو) rather than a slip of the keyboard.
     */
    static boolean isTypo(String text, String name) {
        // the edit first: most words asked about are nowhere near the name, and it costs no more than the tests below
        if (text.equals(name) || !withinOne(text, name) || hasDigit(text) || hasDigit(name)) {
            return false;
        }
        if (text.startsWith(name) || name.startsWith(text)) {
            return false;
        }
        int last = text.length() - 1;
        if (text.length() == name.length() && text.regionMatches(0, name, 0, last)) {
            return false;
        }
        // a letter dropped from a name of six leaves a word of five, too often another one ("النارية": the ص of
        // الناصرية, but "الدراجات النارية" are motorcycles); a long vowel dropped is a way of spelling it (هودن، هودان)
        return text.length() >= name.length() || text.length() >= MIN_SHORTENED || dropsALongVowel(text, name);
    }

    /**
     * Whether the two words differ only in their last letter, a final alif for the ta marbuta (folded to ه) or the
     * other way round: a foreign name's ending that Arabic outlets write either way ("ديرا" and "ديرة").
     */
    static boolean finalAlifForHa(String a, String b) {
        int last = a.length() - 1;
        if (a.length() != b.length() || last < 2 || !a.regionMatches(0, b, 0, last)) {
            return false;
        }
        char x = a.charAt(last);
        char y = b.charAt(last);
        return x == 'ا' && y == 'ه' || x == 'ه' && y == 'ا';
    }

    /** Whether {@code text} is {@code name} without one of its long vowels (ا، و، ي). */
    static boolean dropsALongVowel(String text, String name) {
        int n = name.length();
        if (text.length() != n - 1) {
            return false;
        }
        // name without its letter i is text when the two share their first i letters and name's last n - 1 - i
        int prefix = 0;
        while (prefix < n - 1 && text.charAt(prefix) == name.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - 1 && text.charAt(n - 2 - suffix) == name.charAt(n - 1 - suffix)) {
            suffix++;
        }
        for (int i = Math.max(0, n - 1 - suffix); i <= prefix; i++) {
            if (LONG_VOWELS.indexOf(name.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static final String LONG_VOWELS = "اوي";

    /** The word with each one of its letters deleted in turn. */
    static List<String> deletions(String word) {
        List<String> out = new ArrayList<>(word.length());
        for (int i = 0; i < word.length(); i++) {
            out.add(word.substring(0, i) + word.substring(i + 1));
        }
        return out;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
