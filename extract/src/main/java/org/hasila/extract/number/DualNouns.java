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
    /** The ين forms of the nouns with a sound plural (مدنيين، شرطيين): a dual only when "two" repeats it. */
    private final Set<String> soundForms;
    /** The words for "one of" (one-of.tsv): a dual after one counts no two ("أحد الشهيدين"، "إحدى السيدتين"). */
    private final Set<String> ones;

    private DualNouns(Set<String> forms, Set<String> soundForms, Set<String> ones) {
        this.forms = Set.copyOf(forms);
        this.soundForms = Set.copyOf(soundForms);
        this.ones = Set.copyOf(ones);
    }

    static DualNouns fromClasspath() {
        Set<String> forms = new HashSet<>();
        Set<String> soundForms = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (String[] row : Lexicon.rows("person-nouns.tsv")) {
            String noun = row[0];
            if (row[1].equals("name")) {
                names.add(noun); // "حركة طالبان" is no two students
                continue;
            }
            // folded teh marbuta (ه) is written ت before a suffix: امرأة -> امرأتان
            String base = noun.endsWith("ه") ? noun.substring(0, noun.length() - 1) + "ت" : noun;
            forms.add(base + "ان");
            if (row[1].equals("sound")) {
                soundForms.add(base + "ين");
            }
            if (row[1].equals("broken")) {
                forms.add(base + "ين");
                // with a possessive pronoun the dual drops its ن: "امرأة وطفلاها"، "طفليه"
                for (String pronoun : POSSESSIVES) {
                    forms.add(base + "ا" + pronoun);
                    forms.add(base + "ي" + pronoun);
                }
            }
        }
        Set<String> ones = new HashSet<>();
        for (String[] row : Lexicon.rows("one-of.tsv")) {
            if (row[1].strip().equals("one")) {
                ones.add(row[0]);
            }
        }
        forms.removeAll(names);
        return new DualNouns(forms, soundForms, ones);
    }

    /**
     * "وشرطيين اثنين": the noun of a sound plural at token {@code i} read as the dual that "two" after it repeats (the
     * number then starts at the noun, past its proclitics), or empty.
     */
    Optional<Core> soundBefore(List<Token> tokens, int i, Core two) {
        Token token = tokens.get(i);
        if (!token.isWord()) {
            return Optional.empty();
        }
        for (Proclitics.Reading reading : token.readings()) {
            if (soundForms.contains(reading.stem())) {
                return Optional.of(new Core(i, two.last(), token.start() + reading.phrase(), two.numberEnd(), 2, 2,
                        Core.Source.DUAL));
            }
        }
        return Optional.empty();
    }

    Optional<Core> match(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (!token.isWord() || i > 0 && isOneOf(tokens.get(i - 1))) {
            return Optional.empty(); // "أحد الشهيدين": one of the two
        }
        for (Proclitics.Reading reading : token.readings()) {
            if (forms.contains(reading.stem())) {
                return Optional.of(Core.exact(i, i, token.start() + reading.phrase(), token.end(), 2, Core.Source.DUAL));
            }
        }
        return Optional.empty();
    }

    private boolean isOneOf(Token token) {
        return token.isWord() && token.readings().stream().anyMatch(r -> ones.contains(r.stem()));
    }
}
