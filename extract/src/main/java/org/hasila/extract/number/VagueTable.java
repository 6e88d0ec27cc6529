package org.hasila.extract.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The one table of vague quantities ({@code vague.tsv}): عشرات → [20, 99], مئات الآلاف → [200000, 999999]. */
final class VagueTable {

    private final PhraseSet<long[]> phrases;

    private VagueTable(PhraseSet<long[]> phrases) {
        this.phrases = phrases;
    }

    static VagueTable fromClasspath() {
        List<Phrase<long[]>> phrases = new ArrayList<>();
        for (String[] row : Lexicon.rows("vague.tsv")) {
            long[] bounds = {Long.parseLong(row[1]), Long.parseLong(row[2])};
            phrases.add(new Phrase<>(Lexicon.words(row[0]), bounds));
        }
        return new VagueTable(new PhraseSet<>(phrases));
    }

    Optional<Core> match(List<Token> tokens, int i) {
        if (!tokens.get(i).isWord()) {
            return Optional.empty();
        }
        return phrases.startingAt(tokens, i).map(hit -> new Core(i, hit.lastToken(), hit.start(),
                hit.end(tokens), hit.phrase().value()[0], hit.phrase().value()[1], Core.Source.VAGUE));
    }
}
