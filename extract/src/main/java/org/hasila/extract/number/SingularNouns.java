package org.hasila.extract.number;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hasila.core.text.Proclitics;

/**
 * A singular person noun right after a word of killing, wounding or arrest counts one person ("مقتل جندي"،
 * "وإصابة طفل"، "لقي مدني حتفه"), or after such a verb and a short phrase of where or how ("قتل في القصف طفل"),
 * or joined by و to a dual ("سقوط شهيدين وجريح"), or in the accusative between أن and such a verb ("أن سجيناً
 * قُتل": singular-leads.txt marks those words "that").
 * The nouns are those of {@code person-nouns.tsv}, bare or with the article; the words before them are
 * {@code singular-leads.txt} and {@code singular-gaps.txt}. Elsewhere a singular noun names someone ("قال مسؤول").
 */
final class SingularNouns {

    /** The partitive after "one": "واحد من عناصرها". */
    private static final String OF = "من";

    /** Words of the phrase between a verb and its noun, at most: "في القصف"، "برصاص قناص". */
    private static final int MAX_GAP = 2;

    private final Set<String> nouns;
    private final Set<String> leads;
    private final Set<String> verbs;
    private final Set<String> gaps;
    private final Set<String> thats;
    private final EnglishSingulars english;
    private final OrdinalValues ordinals = OrdinalValues.fromClasspath();
    private final DualNouns duals;
    private final Set<String> ones;
    private final Set<String> oneOfHeads;
    private final NumberLexicon numbers;

    private SingularNouns(Set<String> nouns, Set<String> leads, Set<String> verbs, Set<String> gaps,
                          Set<String> thats, DualNouns duals, Set<String> ones, Set<String> oneOfHeads,
                          NumberLexicon numbers) {
        this.numbers = numbers;
        this.thats = Set.copyOf(thats);
        this.english = EnglishSingulars.fromClasspath(numbers);
        this.duals = duals;
        this.ones = Set.copyOf(ones);
        this.oneOfHeads = Set.copyOf(oneOfHeads);
        this.nouns = Set.copyOf(nouns);
        this.leads = Set.copyOf(leads);
        this.verbs = Set.copyOf(verbs);
        this.gaps = Set.copyOf(gaps);
    }

    static SingularNouns fromClasspath(DualNouns duals, NumberLexicon numbers) {
        Set<String> nouns = new HashSet<>();
        Lexicon.rows("person-nouns.tsv").stream().filter(row -> !row[1].equals("name")).forEach(row -> nouns.add(row[0]));
        Set<String> leads = new HashSet<>();
        Set<String> verbs = new HashSet<>();
        Set<String> thats = new HashSet<>();
        for (String[] row : Lexicon.rows("singular-leads.txt")) {
            String mark = row.length > 1 ? row[1].strip() : "";
            switch (mark) {
                case "that" -> thats.add(row[0]);
                case "verb" -> {
                    leads.add(row[0]);
                    verbs.add(row[0]);
                }
                case "" -> leads.add(row[0]);
                default -> throw new IllegalStateException("singular-leads.txt: unknown mark " + mark + " of " + row[0]);
            }
        }
        Set<String> gaps = new HashSet<>();
        Lexicon.rows("singular-gaps.txt").forEach(row -> gaps.add(row[0]));
        Set<String> ones = new HashSet<>();
        Set<String> oneOfHeads = new HashSet<>();
        for (String[] row : Lexicon.rows("one-of.tsv")) {
            switch (row[1].strip()) {
                case "one" -> ones.add(row[0]);
                case "head" -> oneOfHeads.add(row[0]);
                default -> throw new IllegalStateException("one-of.tsv: unknown role " + row[1] + " of " + row[0]);
            }
        }
        return new SingularNouns(nouns, leads, verbs, gaps, thats, duals, ones, oneOfHeads, numbers);
    }

    Optional<Core> match(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (i == 0 || !token.isWord()) {
            return Optional.empty();
        }
        Optional<Core> oneOf = oneOf(tokens, i);
        if (oneOf.isPresent()) {
            return oneOf;
        }
        if (token.latin()) {
            return english.match(tokens, i, ordinals);
        }
        if (ordinals.valueOf(token) != null && isLead(tokens.get(i - 1), verbs)) {
            // "قُتل مزارعان اثنان وأصيب ثالث": a third one was wounded
            return Optional.of(Core.exact(i, i, token.start(), token.end(), 1, Core.Source.SINGULAR));
        }
        for (Proclitics.Reading reading : token.readings()) {
            // the noun itself or with the article only ("مقتل جندي"، "مقتل الجندي"), not after و or a preposition;
            // the noun first: few words are one, and the word before is looked at only then
            if (!nouns.contains(reading.stem()) && !nouns.contains(withoutAccusative(reading.stem()))) {
                continue;
            }
            boolean counted = reading.phrase() == 0
                    ? isLead(tokens.get(i - 1), leads) && !subjectOfACount(tokens, i) || afterVerbAndPhrase(tokens, i)
                            || betweenThatAndVerb(tokens, i, reading) || !reading.definite() && oneAfter(tokens, i)
                    : afterDual(tokens, i, reading) || afterCountedSingular(tokens, i, reading)
                            || afterCountedPlural(tokens, i, reading)
                            // "خمسة من أفرادها وسجيناً واحداً": joined by و, the word for one says it counts one
                            || reading.phrase() == 1 && token.text().startsWith("و") && !reading.definite()
                                    && oneAfter(tokens, i);
            if (counted) {
                // "وفاة حارس رابع": a fourth guard died, four in all
                Integer nth = i + 1 < tokens.size() ? ordinals.valueOf(tokens.get(i + 1)) : null;
                return nth == null
                        ? Optional.of(Core.exact(i, i, token.start() + reading.phrase(), token.end(), 1, Core.Source.SINGULAR))
                        : Optional.of(Core.exact(i, i + 1, token.start() + reading.phrase(), tokens.get(i + 1).end(), nth,
                                Core.Source.SINGULAR));
            }
        }
        return Optional.empty();
    }

    /**
     * "حين قتل مسلح 13 شخصاً"، "وقتل انتحاري 20 شخصاً": after a verb, a singular noun that a number follows is who
     * did it, the number its object.
     */
    private boolean subjectOfACount(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || !isLead(tokens.get(i - 1), verbs)) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return next.isNum() || next.isWord() && numbers.first(next).isPresent();
    }

    /** "وأصيب أحد الحراس"، "قتل أحد عناصر الشرطة": one of the people the plural after it names (one-of.tsv). */
    private Optional<Core> oneOf(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        // like a singular noun, only after a word of killing, wounding or arrest: "قال أحد العناصر" names a speaker,
        // "في أحد الهجمات" a time
        if (i + 1 >= tokens.size() || !tokens.get(i + 1).isWord()
                || !isLead(tokens.get(i - 1), leads) && !thatThenVerb(tokens, i)) {
            return Optional.empty();
        }
        for (Proclitics.Reading reading : token.readings()) {
            // bare or after و only: "بأحد الانفجارات" is in one of the blasts
            boolean bare = reading.offset() == 0 || reading.offset() == 1 && token.text().startsWith("و");
            if (bare && reading.phrase() == reading.offset() && !reading.definite() && ones.contains(reading.stem())) {
                Token next = tokens.get(i + 1);
                // "أحد الحراس"، "أحد عناصر الشرطة"، "واحد من عناصرها"
                if (next.text().startsWith("ال") || oneOfHeads.contains(next.text()) || next.text().equals(OF)) {
                    return Optional.of(Core.exact(i, i, token.start() + reading.offset(), token.end(), 1,
                            Core.Source.SINGULAR));
                }
            }
        }
        return Optional.empty();
    }

    /** "أن أحد حراس السجن قُتل": after أن, one of a plural that a verb of the leads follows within its construct. */
    private boolean thatThenVerb(List<Token> tokens, int i) {
        if (!isLead(tokens.get(i - 1), thats)) {
            return false;
        }
        for (int k = i + 2; k < Math.min(tokens.size(), i + 4); k++) {
            if (isLead(tokens.get(k), verbs)) {
                return true;
            }
        }
        return false;
    }

    /** "ونعى الحزب عنصراً واحداً": the word for one after an indefinite noun says it counts one, whatever leads it. */
    private boolean oneAfter(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || !tokens.get(i + 1).isWord()) {
            return false;
        }
        String next = tokens.get(i + 1).text();
        return ones.contains(next) || ones.contains(withoutAccusative(next));
    }

    /** The noun without the alef of its indefinite accusative ("قتلوا شرطياً"، "أصابوا طفلاً"). */
    private static String withoutAccusative(String stem) {
        return stem.length() > 3 && stem.endsWith("ا") ? stem.substring(0, stem.length() - 1) : stem;
    }

    /** Words of whom the noun is one, between it and its verb: "من قوات الأمن". */
    private static final int AFFILIATION_WORDS = 3;

    /**
     * "أن سجيناً قُتل": an accusative noun after أن with a verb of the leads right after it, or after whom it is one of
     * ("إن جندياً من قوات الأمن قُتل").
     */
    private boolean betweenThatAndVerb(List<Token> tokens, int i, Proclitics.Reading reading) {
        if (nouns.contains(reading.stem()) || !isLead(tokens.get(i - 1), thats)) {
            return false;
        }
        int verb = i + 1;
        if (verb < tokens.size() && tokens.get(verb).text().equals(OF)) {
            int end = Math.min(tokens.size(), i + 3 + AFFILIATION_WORDS);
            for (verb = i + 2; verb < end && tokens.get(verb).isWord() && !isLead(tokens.get(verb), verbs); verb++) {
                // the words of the affiliation
            }
        }
        return verb < tokens.size() && isLead(tokens.get(verb), verbs);
    }

    /** "مقتل ضابط وجندي": the noun joined by و (and nothing else) to a singular counted after a lead before it. */
    private boolean afterCountedSingular(List<Token> tokens, int i, Proclitics.Reading reading) {
        if (reading.phrase() != 1 || !tokens.get(i).text().startsWith("و") || i < 2) {
            return false;
        }
        Token before = tokens.get(i - 1);
        boolean noun = before.readings().stream()
                .anyMatch(r -> r.phrase() == 0 && (nouns.contains(r.stem()) || nouns.contains(withoutAccusative(r.stem()))));
        return noun && isLead(tokens.get(i - 2), leads);
    }

    /**
     * "قتل 5 جنود وضابط"، "قتل ثلاثة جنود ومدني"، "أربعة عمال أجانب ومزارع": the noun joined by و (and nothing else) to
     * the noun a number counts, one word describing that noun at most.
     */
    private boolean afterCountedPlural(List<Token> tokens, int i, Proclitics.Reading reading) {
        // "أكثر من 220 عاملاً صحياً ومسعفاً": a noun in the accusative goes on with the singular a number above ten
        // counts, as one kind of them, not one more
        if (reading.phrase() != 1 || !tokens.get(i).text().startsWith("و") || i < 2 || !tokens.get(i - 1).isWord()
                || !nouns.contains(reading.stem())) {
            return false;
        }
        for (int k = i - 2; k >= Math.max(0, i - 1 - COUNTED_NOUN_WORDS); k--) {
            Token t = tokens.get(k);
            if (t.isNum() || t.isWord() && numbers.first(t).isPresent()) {
                // three to ten count a plural; above, the singular counted goes on ("15 مليون نازح ولاجئ"), unless an
                // accusative counted below a hundred is followed by a noun that is not ("مقتل 12 فلسطينياً وجندي
                // إسرائيلي": one soldier more)
                return countsAPlural(t) || countsAnAccusative(t) && accusative(tokens.get(k + 1))
                        && !accusative(tokens.get(i));
            }
            if (!t.isWord()) {
                return false;
            }
        }
        return false;
    }

    /** The largest number whose counted noun is a plural (ثلاثة جنود، عشرة جنود; أحد عشر جندياً is singular). */
    private static final long LARGEST_WITH_PLURAL = 10;

    /** The largest number whose counted noun is in the accusative (أحد عشر جندياً ... تسعة وتسعون جندياً). */
    private static final long LARGEST_WITH_ACCUSATIVE = 99;

    private boolean countsAnAccusative(Token number) {
        if (number.isNum()) {
            return number.text().matches("\\d{2}") && Integer.parseInt(number.text()) > LARGEST_WITH_PLURAL;
        }
        return numbers.first(number).filter(found -> found.word().value() > LARGEST_WITH_PLURAL
                && found.word().value() <= LARGEST_WITH_ACCUSATIVE).isPresent();
    }

    /** A word ending in the alif of the indefinite accusative ("فلسطينياً", folded "فلسطينيا"). */
    private static boolean accusative(Token word) {
        return word.isWord() && word.text().length() > 3 && word.text().endsWith("ا");
    }

    private boolean countsAPlural(Token number) {
        if (number.isNum()) {
            return number.text().matches("\\d{1,2}") && Integer.parseInt(number.text()) <= LARGEST_WITH_PLURAL;
        }
        return numbers.first(number).filter(found -> found.word().value() <= LARGEST_WITH_PLURAL).isPresent();
    }

    /** Words of the noun a number counts, with one that describes it ("عمال أجانب"). */
    private static final int COUNTED_NOUN_WORDS = 2;

    /** "سقوط شهيدين وجريح"، "طفلين وامرأة": the noun joined by و (and nothing else) to a dual before it. */
    private boolean afterDual(List<Token> tokens, int i, Proclitics.Reading reading) {
        if (reading.phrase() != 1 || !tokens.get(i).text().startsWith("و")) {
            return false;
        }
        // "مواطنان أردنيان وسائحة كندية": one word describing the dual, itself a dual, may stand between
        return duals.match(tokens, i - 1).isPresent() || i >= 3 && describesADual(tokens.get(i - 1))
                && duals.match(tokens, i - 2).isPresent();
    }

    private static boolean describesADual(Token token) {
        return token.isWord() && !token.text().startsWith("و") && (token.text().endsWith("ان") || token.text().endsWith("ين"));
    }

    /** "قتل في القصف طفل": a verb of the leads, a phrase opened by a word of singular-gaps.txt, the noun at {@code i}. */
    private boolean afterVerbAndPhrase(List<Token> tokens, int i) {
        for (int gap = 1; gap <= MAX_GAP && i - gap - 1 >= 0; gap++) {
            int opening = i - gap;
            if (isLead(tokens.get(opening - 1), verbs) && tokens.get(opening).isWord()
                    && gaps.contains(tokens.get(opening).text())) {
                return allWords(tokens, opening, i);
            }
        }
        return false;
    }

    private static boolean allWords(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).isWord()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLead(Token token, Set<String> words) {
        if (!token.isWord()) {
            return false;
        }
        for (Proclitics.Reading reading : token.readings()) {
            if (words.contains(reading.stem())) {
                return true;
            }
        }
        return false;
    }
}
