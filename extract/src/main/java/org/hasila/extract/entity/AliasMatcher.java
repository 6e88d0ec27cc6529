package org.hasila.extract.entity;

import java.util.List;
import java.util.function.Predicate;
import org.hasila.core.text.NormalizedText;

/** Checks one alias against the text words from a given position on. */
final class AliasMatcher {

    private static final int NO = -1;

    private final Readings readings;
    /** Words that are names of their own as written: no typo of another name's word ("الحديدة" is no "حديثة"). */
    private final Predicate<String> names;

    AliasMatcher(Readings readings, Predicate<String> names) {
        this.readings = readings;
        this.names = names;
    }

    /**
     * The alias matched at word {@code i} read as {@code first}, or null. {@code firstCost} is what
     * {@link #firstCost} gave for that reading, which depends on the word alone and is worked out once per word.
     */
    Candidate match(Alias alias, Reading first, int firstCost, List<TextToken> words, int i, NormalizedText text) {
        int n = alias.size();
        if (i + n > words.size()) {
            return null;
        }
        if (n == 1 && alias.firstDefinite() != first.definite()) {
            return null;
        }
        String folded = text.text();
        int typos = 0;
        for (int k = 0; k < n; k++) {
            TextToken word = words.get(i + k);
            if (k > 0 && !joins(folded, words.get(i + k - 1).end(), word.start())) {
                return null;
            }
            Reading reading = k == 0 ? first : readings.inner(word.in(folded));
            String core = reading.core();
            if (k > 0 && k == n - 1 && alias.lastDefinite() && !reading.definite()
                    && opensAConstruct(words, i + n, text)) {
                return null; // "منطقة باب توما": باب without its article is the head of another name
            }
            String upper = alias.exactCase().get(k);
            if (upper != null && (k == 0 && first.skip() > 0 || !original(text, word).equals(upper))) {
                return null;
            }
            if (alias.capitalised().get(k) && !Character.isUpperCase(original(text, word).charAt(0))) {
                return null; // "hit-and-run" is not Hit
            }
            int cost = k == 0 ? firstCost : cost(alias, k, core);
            if (cost == NO) {
                return null;
            }
            typos += cost;
        }
        if (n > 1 && typos == n) {
            return null;
        }
        return new Candidate(alias, n, typos, words.get(i).start() + first.skip(), words.get(i + n - 1).end());
    }

    /** Whether the reading can be the alias's first word: 0 as it is, 1 with a typo, or {@link #NO}. */
    int firstCost(Alias alias, Reading first) {
        return cost(alias, 0, first.core());
    }

    static boolean matches(int cost) {
        return cost != NO;
    }

    private int cost(Alias alias, int k, String core) {
        String wanted = alias.cores().get(k);
        if (wanted.equals(core)) {
            return 0;
        }
        if (names.test(core)) {
            return NO; // a name of its own is no typo of another: "مدينة الحديدة" is Hodeidah, not "مدينة حديثة"
        }
        if (alias.size() > 1 && Typos.finalAlifForHa(core, wanted)) {
            return 1; // "ديرا إسماعيل خان" is "ديرة إسماعيل خان": a name of several words vouches for the ending
        }
        if (!alias.allowsTypo(k) || !Typos.isTypo(core, wanted)) {
            return NO;
        }
        // a letter added that is no long vowel is as much another name as a letter changed ("مانسيلا" is not مانيلا;
        // "بيشاور" is بشاور)
        boolean changed = core.length() == wanted.length()
                || core.length() > wanted.length() && !Typos.dropsALongVowel(wanted, core);
        return !changed || alias.allowsChange(k) ? 1 : NO;
    }

    /** Whether the word at {@code next} follows the one before it with only spaces between, in Arabic letters. */
    private static boolean opensAConstruct(List<TextToken> words, int next, NormalizedText text) {
        if (next >= words.size()) {
            return false;
        }
        String folded = text.text();
        TextToken word = words.get(next);
        String gap = folded.substring(words.get(next - 1).end(), word.start());
        return gap.isBlank() && gap.indexOf('\n') < 0
                && Character.UnicodeBlock.of(folded.charAt(word.start())) == Character.UnicodeBlock.ARABIC
                && !Character.isDigit(folded.charAt(word.start()));
    }

    /**
     * Whether two words of one name may be separated by this gap: spaces and dashes, or a lone dot
     * as in an abbreviation (U.S.); a dot followed by a space ends a sentence instead, and a line
     * break ends a title or paragraph.
     */
    private static boolean joins(String text, int from, int to) {
        boolean dot = false;
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return false;
            } else if (c == '.') {
                dot = true;
            } else if (Character.isWhitespace(c) || c == '\u200C' || c == '\u200D') {
                space = true;
            } else if ("-\u2010\u2011\u2013\u2014".indexOf(c) < 0) {
                return false;
            }
        }
        return !(dot && space);
    }

    private static String original(NormalizedText text, TextToken word) {
        return text.original().substring(text.originalStart(word.start()), text.originalEnd(word.end()));
    }
}
