package org.hasila.extract.number;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hasila.core.text.Proclitics;

/**
 * Person nouns in the dual, which state "two" without a numeral (قتيلان، جريحين، طفلتان، طفلاها). The forms
 * are made from {@code person-nouns.tsv}: the ان dual for every noun, the ين dual and the duals with a possessive
 * pronoun (طفلاها، طفليه) only for nouns with a broken plural, because for the others (مدنيين، مسلحين) ين is the
 * ordinary plural.
 */
final class DualNouns {

    /** Possessive pronouns as folding writes them (ه for his, ها for her, هم and هن for their). */
    private static final List<String> POSSESSIVES = List.of("ه", "ها", "هم", "هن");

    private final Set<String> forms;

    private DualNouns(Set<String> forms) {
        this.forms = Set.copyOf(forms);
    }

    static DualNouns fromClasspath() {
        Set<String> forms = new HashSet<>();
        for (String[] row : Lexicon.rows("person-nouns.tsv")) {
            String noun = row[0];
            // folded teh marbuta (ه) is written ت before a suffix: امرأة -> امرأتان
            String base = noun.endsWith("ه") ? noun.substring(0, noun.length() - 1) + "ت" : noun;
            forms.add(base + "ان");
            if (row[1].equals("broken")) {
                forms.add(base + "ين");
                // with a possessive pronoun the dual drops its ن: "امرأة وطفلاها"، "طفليه"
                for (String pronoun : POSSESSIVES) {
                    forms.add(base + "ا" + pronoun);
                    forms.add(base + "ي" + pronoun);
                }
            }
        }
        return new DualNouns(forms);
    }

    /** "One of", folded, before a dual: the dual then counts no two ("أحد الشهيدين"، "إحدى السيدتين"). */
    private static final Set<String> ONE_OF = Set.of("احد", "احدي", "واحد", "واحدي", "لاحد", "لاحدي");

    Optional<Core> match(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (!token.isWord() || i > 0 && ONE_OF.contains(tokens.get(i - 1).text())) {
            return Optional.empty(); // "أحد الشهيدين": one of the two
        }
        for (Proclitics.Reading reading : token.readings()) {
            if (forms.contains(reading.stem())) {
                return Optional.of(Core.exact(i, i, token.start() + reading.phrase(), token.end(), 2, Core.Source.DUAL));
            }
        }
        return Optional.empty();
    }
}
