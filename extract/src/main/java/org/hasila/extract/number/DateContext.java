package org.hasila.extract.number;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells numerals that are not counts by their neighbours ({@code date-cues.tsv}, {@code ordinals.txt}):
 * a day before a month name, a year after a month name or after عام/سنة, a clock time after الساعة,
 * a percentage, and the cardinal half of a compound ordinal (الحادي عشر، الثالث والعشرين).
 */
final class DateContext {

    private static final int LAST_DAY = 31;
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2099;
    /** How many words may stand between a month or year word and a year-like number. */
    private static final int YEAR_REACH = 2;
    private static final String FROM = "من";

    private final PhraseSet<String> months;
    private final PhraseSet<String> before;
    private final PhraseSet<String> after;
    private final PhraseSet<String> year;
    private final Set<String> ordinals;

    private DateContext(PhraseSet<String> months, PhraseSet<String> before, PhraseSet<String> after,
                        PhraseSet<String> year, Set<String> ordinals) {
        this.months = months;
        this.before = before;
        this.after = after;
        this.year = year;
        this.ordinals = ordinals;
    }

    static DateContext fromClasspath() {
        List<Phrase<String>> months = new ArrayList<>();
        List<Phrase<String>> before = new ArrayList<>();
        List<Phrase<String>> after = new ArrayList<>();
        List<Phrase<String>> year = new ArrayList<>();
        for (String[] row : Lexicon.rows("date-cues.tsv")) {
            Phrase<String> phrase = new Phrase<>(Lexicon.words(row[0]), row[1]);
            switch (row[1]) {
                case "month" -> months.add(phrase);
                case "before" -> before.add(phrase);
                case "after" -> after.add(phrase);
                case "year" -> year.add(phrase);
                default -> throw new IllegalStateException("unknown date cue type " + row[1]);
            }
        }
        Set<String> ordinals = new HashSet<>();
        Lexicon.rows("ordinals.txt").forEach(row -> ordinals.add(row[0]));
        return new DateContext(new PhraseSet<>(months), new PhraseSet<>(before), new PhraseSet<>(after),
                new PhraseSet<>(year), Set.copyOf(ordinals));
    }

    /** True when the numeral {@code core} is part of a date, a time, a percentage or an ordinal. */
    boolean notACount(List<Token> tokens, Core core) {
        if (!core.numeral()) {
            return false;
        }
        int prev = core.first() - 1;
        if (prev >= 0 && (endsWith(before, tokens, prev) || endsWith(months, tokens, prev) || ordinal(tokens.get(prev)))) {
            return true;
        }
        if (yearLike(tokens, core) && yearCueBefore(tokens, prev)) {
            return true;
        }
        int next = core.last() + 1;
        if (next >= tokens.size()) {
            return false;
        }
        if (after.startingAt(tokens, next).isPresent() && !namesADay(tokens, next)) {
            return true;
        }
        if (core.low() > LAST_DAY) {
            return false;
        }
        int month = tokens.get(next).text().equals(FROM) ? next + 1 : next;
        return months.startingAt(tokens, month).isPresent();
    }

    /** The day word that, with a definite word or "yesterday" after it, names a day: "أصيب 100 يوم الجمعة". */
    private static final String DAY = "يوم";
    private static final String YESTERDAY = "امس";

    /** Whether the unit after a number is "يوم" naming a day ("يوم الجمعة"، "يوم أمس"), when, not how long. */
    private static boolean namesADay(List<Token> tokens, int next) {
        int after = next + 1;
        if (!tokens.get(next).text().equals(DAY) || after >= tokens.size()) {
            return false;
        }
        String word = tokens.get(after).text();
        return word.startsWith("ال") || word.equals(YESTERDAY);
    }

    private static boolean yearLike(List<Token> tokens, Core core) {
        return core.source() == Core.Source.DIGITS && core.first() == core.last()
                && tokens.get(core.first()).text().length() == 4
                && core.low() >= FIRST_YEAR && core.low() <= LAST_YEAR;
    }

    private boolean yearCueBefore(List<Token> tokens, int prev) {
        if (prev >= 0 && endsWith(year, tokens, prev)) {
            return true;
        }
        for (int k = prev; k >= 0 && k >= prev - YEAR_REACH; k--) {
            if (endsWith(months, tokens, k) || endsWith(before, tokens, k)) {
                return true;
            }
            if (!yearLink(tokens.get(k))) {
                return false;
            }
        }
        return false;
    }

    /** What may stand between a month or year word and its year: كانون الثاني من 2022، العام الجديد (2022). */
    private static boolean yearLink(Token token) {
        String text = token.text();
        return text.equals("(") || text.equals(FROM) || text.equals("في") || text.startsWith("ال");
    }

    private static boolean endsWith(PhraseSet<String> phrases, List<Token> tokens, int last) {
        return phrases.endingAt(tokens, last).isPresent();
    }

    private boolean ordinal(Token token) {
        if (!token.isWord()) {
            return false;
        }
        return token.readings().stream().anyMatch(r -> ordinals.contains(r.stem()));
    }
}
