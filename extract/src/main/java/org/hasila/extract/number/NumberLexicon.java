package org.hasila.extract.number;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hasila.core.text.Proclitics;

/**
 * The number words of {@code number-words.tsv}, folded. Glued hundreds (ثلاثمئة، خمسمائة) are
 * composed here from a unit and either spelling of hundred rather than listed.
 */
final class NumberLexicon {

    private static final String[] HUNDRED_SUFFIXES = {"مئه", "مائه"};
    /** The shortest stem read as a number once proclitics are stripped: لست is not ل + ست. */
    private static final int MIN_STRIPPED = 3;

    private final Map<String, NumberWord> words;

    private NumberLexicon(Map<String, NumberWord> words) {
        this.words = Map.copyOf(words);
    }

    static NumberLexicon fromClasspath() {
        Map<String, NumberWord> words = new HashMap<>();
        for (String[] row : Lexicon.rows("number-words.tsv")) {
            words.put(row[0], new NumberWord(Long.parseLong(row[1]), NumberWord.Role.fromCode(row[2])));
        }
        return new NumberLexicon(words);
    }

    Optional<NumberWord> lookup(String stem) {
        NumberWord word = words.get(stem);
        if (word != null) {
            return Optional.of(word);
        }
        return gluedHundred(stem);
    }

    /** The first reading of a word token (proclitics stripped as needed) that is a number word. */
    Optional<Found> first(Token token) {
        for (Proclitics.Reading reading : token.readings()) {
            if (reading.stripped() && reading.stem().length() < MIN_STRIPPED) {
                continue;
            }
            Optional<NumberWord> found = lookup(reading.stem());
            if (found.isPresent()) {
                return Optional.of(new Found(found.get(), reading));
            }
        }
        return Optional.empty();
    }

    /** A number word together with the way its token was read. */
    record Found(NumberWord word, Proclitics.Reading reading) {
    }

    private Optional<NumberWord> gluedHundred(String stem) {
        for (String suffix : HUNDRED_SUFFIXES) {
            if (stem.length() > suffix.length() && stem.endsWith(suffix)) {
                NumberWord unit = words.get(stem.substring(0, stem.length() - suffix.length()));
                if (unit != null && unit.role() == NumberWord.Role.UNIT && unit.value() >= 3 && unit.value() <= 9) {
                    return Optional.of(new NumberWord(unit.value() * 100, NumberWord.Role.HUNDRED));
                }
            }
        }
        return Optional.empty();
    }
}
