package org.hasila.extract.number;

import java.util.List;
import java.util.Optional;
import org.hasila.extract.number.NumberWord.Role;

/**
 * Reads a number written in words: units, teens (unit + عشر), tens, hundreds (glued or spaced),
 * multipliers (ألف، آلاف، مليون) and compounds joined by و (ثلاثمئة وأربعة وسبعون، ألف ومئتي); in English the
 * same with "and" and the hyphen of "twenty-five" ("two hundred and fifty").
 * A part joined by و must fit the Arabic order (a ten after a unit, anything smaller after a hundred
 * or a multiplier), so two numbers side by side ("خمسة وثلاثة") are not summed into one.
 */
final class WordNumberParser {

    private enum Last { UNIT, TEEN, TEN, HUNDRED, MULT }

    private static final String ARTICLE = "ال";

    private final NumberLexicon lexicon;

    WordNumberParser(NumberLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Optional<Core> parse(List<Token> tokens, int i) {
        return parse(tokens, i, false);
    }

    /**
     * As {@link #parse(List, int)}; where {@code bounded} (a word of bounding stands before it: "تجاوز الخمسين"،
     * "exceeded fifty"), a lone definite ten is the number, not an ordinal.
     */
    Optional<Core> parse(List<Token> tokens, int i, boolean bounded) {
        Token token = tokens.get(i);
        if (!token.isWord()) {
            return Optional.empty();
        }
        Optional<NumberLexicon.Found> found = lexicon.first(token);
        if (found.isEmpty() || found.get().word().role() == Role.MULT_PLURAL) {
            return Optional.empty();
        }
        State state = new State(found.get().word(), found.get().reading().definite());
        int j = i;
        while (j + 1 < tokens.size() && (tokens.get(j + 1).isWord() || state.hyphenated(tokens, j + 1))) {
            int next = state.extend(tokens, j + 1);
            if (next < 0) {
                break;
            }
            j = next;
        }
        if (state.pending || unlikelyAlone(found.get(), i == j, bounded)) {
            return Optional.empty();
        }
        int start = token.start() + found.get().reading().phrase();
        return Optional.of(Core.exact(i, j, start, tokens.get(j).end(), state.total + state.current, Core.Source.WORDS));
    }

    /**
     * A lone definite ten is an ordinal (القرن العشرين) unless bounded, الاثنين is Monday, المئة is "per cent": none
     * of them counts anything.
     */
    private static boolean unlikelyAlone(NumberLexicon.Found found, boolean alone, boolean bounded) {
        NumberWord word = found.word();
        return alone && found.reading().definite()
                && (word.role() == Role.TEN && !bounded || word.role() == Role.HUNDRED || word.value() == 2);
    }

    /** The value read so far, as in the usual total/current accumulation of spelled-out numbers. */
    private final class State {
        long total;
        long current;
        long lastMultiplier = Long.MAX_VALUE;
        Last last;
        boolean pending;
        /** The first word has the article: so may the words joined to it ("الثمانية والعشرين"). */
        final boolean definite;

        State(NumberWord first, boolean definite) {
            this.definite = definite;
            switch (first.role()) {
                case MULT, MULT_DUAL -> {
                    total = first.value();
                    lastMultiplier = first.role() == Role.MULT ? first.value() : first.value() / 2;
                    last = Last.MULT;
                }
                default -> {
                    current = first.value();
                    last = lastOf(first);
                    pending = first.role() == Role.COMPOUND_UNIT;
                }
            }
        }

        /** "twenty-five": a hyphen glued between a ten and a Latin unit word. */
        boolean hyphenated(List<Token> tokens, int k) {
            return last == Last.TEN && tokens.get(k).text().equals("-") && k + 1 < tokens.size()
                    && tokens.get(k + 1).glued() && tokens.get(k + 1).latin();
        }

        /** Index of the last token taken when token {@code k} continues the number, else -1. */
        int extend(List<Token> tokens, int k) {
            String text = tokens.get(k).text();
            if (hyphenated(tokens, k)) {
                return lexicon.lookup(tokens.get(k + 1).text()).filter(this::joinHyphen).isPresent() ? k + 1 : -1;
            }
            Optional<NumberWord> direct = lexicon.lookup(text);
            if (direct.isPresent()) {
                return joinDirectly(direct.get(), tokens.get(k).latin()) ? k : -1;
            }
            boolean and = text.equals("و") || text.equals("and");
            if (and && k + 1 < tokens.size() && tokens.get(k + 1).isWord()) {
                return joined(tokens.get(k + 1).text()).filter(this::joinWithAnd).isPresent() ? k + 1 : -1;
            }
            if (text.length() > 1 && text.charAt(0) == 'و') {
                return joined(text.substring(1)).filter(this::joinWithAnd).isPresent() ? k : -1;
            }
            return -1;
        }

        /** The number word after و, with the article where the first word has it ("الثمانية والعشرين": 28). */
        private Optional<NumberWord> joined(String word) {
            Optional<NumberWord> plain = lexicon.lookup(word);
            return plain.isEmpty() && definite && word.startsWith(ARTICLE) ? lexicon.lookup(word.substring(ARTICLE.length()))
                    : plain;
        }

        /** {@code latin}: an English word ("two hundred"), where any unit multiplies a hundred (Arabic has مئتان). */
        private boolean joinDirectly(NumberWord word, boolean latin) {
            long unit = current % 100;
            if (word.role() == Role.UNIT && word.value() == 10 && last == Last.UNIT && unit >= 1 && unit <= 9) {
                current += 10;
                last = Last.TEEN;
                pending = false;
                return true;
            }
            if (pending) {
                return false;
            }
            if (word.role() == Role.HUNDRED && word.value() == 100 && last == Last.UNIT
                    && (current >= 3 || latin && current >= 1) && current <= 9) {
                current *= 100;
                last = Last.HUNDRED;
                return true;
            }
            boolean multiplies = word.role() == Role.MULT && current > 0
                    || word.role() == Role.MULT_PLURAL && last == Last.UNIT && unit >= 3 && unit <= 10;
            if (multiplies && word.value() < lastMultiplier) {
                total += current * word.value();
                current = 0;
                lastMultiplier = word.value();
                last = Last.MULT;
                return true;
            }
            return false;
        }

        /** "twenty-five": the English order, a unit after its ten. */
        private boolean joinHyphen(NumberWord word) {
            boolean fits = word.isUnit() && word.value() >= 1 && word.value() <= 9;
            if (fits) {
                current += word.value();
                last = Last.UNIT;
            }
            return fits;
        }

        private boolean joinWithAnd(NumberWord word) {
            boolean fits;
            if (word.role() == Role.TEN) {
                long unit = current % 100;
                fits = last == Last.UNIT && unit >= 1 && unit <= 9
                        || !pending && (last == Last.HUNDRED || last == Last.MULT && word.value() < lastMultiplier);
            } else if (word.isUnit() || word.role() == Role.HUNDRED) {
                fits = !pending && (last == Last.HUNDRED && word.value() < 100
                        || last == Last.MULT && word.value() < lastMultiplier);
            } else {
                fits = false;
            }
            if (fits) {
                current += word.value();
                last = lastOf(word);
                pending = false;
            }
            return fits;
        }

        private Last lastOf(NumberWord word) {
            return switch (word.role()) {
                case TEN -> Last.TEN;
                case HUNDRED -> Last.HUNDRED;
                default -> Last.UNIT;
            };
        }
    }
}
