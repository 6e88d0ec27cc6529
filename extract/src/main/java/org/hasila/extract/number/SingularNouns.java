package org.hasila.extract.number;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hasila.core.text.Proclitics;

/**
 * A singular person noun right after a word of killing, wounding or arrest counts one person ("مقتل جندي"،
 * "وإصابة طفل"، "لقي مدني حتفه"). The nouns are those of {@code person-nouns.tsv}, bare or with the article; the
 * words before them are {@code singular-leads.txt}. Elsewhere a singular noun names someone ("قال مسؤول").
 */
final class SingularNouns {

    private final Set<String> nouns;
    private final Set<String> leads;

    private SingularNouns(Set<String> nouns, Set<String> leads) {
        this.nouns = Set.copyOf(nouns);
        this.leads = Set.copyOf(leads);
    }

    static SingularNouns fromClasspath() {
        Set<String> nouns = new HashSet<>();
        Lexicon.rows("person-nouns.tsv").forEach(row -> nouns.add(row[0]));
        Set<String> leads = new HashSet<>();
        Lexicon.rows("singular-leads.txt").forEach(row -> leads.add(row[0]));
        return new SingularNouns(nouns, leads);
    }

    Optional<Core> match(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (i == 0 || !token.isWord()) {
            return Optional.empty();
        }
        for (Proclitics.Reading reading : token.readings()) {
            // the noun itself or with the article only ("مقتل جندي"، "مقتل الجندي"), not after و or a preposition;
            // the noun first: few words are one, and the word before is looked at only then
            if (reading.phrase() == 0 && nouns.contains(reading.stem()) && isLead(tokens.get(i - 1))) {
                return Optional.of(Core.exact(i, i, token.start(), token.end(), 1, Core.Source.SINGULAR));
            }
        }
        return Optional.empty();
    }

    private boolean isLead(Token token) {
        if (!token.isWord()) {
            return false;
        }
        for (Proclitics.Reading reading : token.readings()) {
            if (leads.contains(reading.stem())) {
                return true;
            }
        }
        return false;
    }
}
