package org.hasila.extract.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits folded text into words. Letters and digits are split apart because reports glue them
 * (1000إرهابي، و61); every punctuation mark is a token of its own so clause marks stay visible.
 */
final class Words {

    private Words() {
    }

    static List<Word> of(String text, int from, int to) {
        List<Word> words = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isDigit(c)) {
                while (i < to && (Character.isDigit(text.charAt(i)) || innerSeparator(text, i, to))) {
                    i++;
                }
            } else if (Character.isLetter(c)) {
                while (i < to && Character.isLetter(text.charAt(i))) {
                    i++;
                }
            } else {
                i++;
            }
            words.add(new Word(start, i, text.substring(start, i)));
        }
        return words;
    }

    private static boolean innerSeparator(String text, int i, int to) {
        return ".,".indexOf(text.charAt(i)) >= 0 && i + 1 < to && Character.isDigit(text.charAt(i + 1));
    }

    /** Index of the word holding {@code offset}, else of the first after it, else {@code words.size()}. */
    static int indexAt(List<Word> words, int offset) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).end() > offset) {
                return i;
            }
        }
        return words.size();
    }

    /** Index of the last word starting before the exclusive end {@code offset}, or -1. */
    static int indexBefore(List<Word> words, int offset) {
        for (int i = words.size() - 1; i >= 0; i--) {
            if (words.get(i).start() < offset) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The word before a definite number, the noun it describes ("الساعات الـ24"، "المهاجمين الستة"): -1 unless the
     * number, whose first word is {@code number}, carries the article, glued ("الستة") or a token of its own
     * ("الـ24", folded to "ال" + "24").
     */
    static int nounOfDefinite(List<Word> words, int number, String numberText) {
        if (numberText.startsWith("ال")) {
            return number - 1;
        }
        if (number > 0 && words.get(number - 1).text().equals("ال")) {
            return number - 2;
        }
        return -1;
    }

    /** The English articles, which stand between a word and the noun it takes ("among the dead", "the town of"). */
    static final Set<String> ENGLISH_ARTICLES = Set.of("the", "a", "an");

    static final Set<String> COMMAS = Set.of("،", ",");
}
