package org.hasila.extract.number;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "A soldier was killed", "a civilian woman was wounded", "a policeman died": an English person noun after "a" (and at
 * most one describing word) that a verb of death, wounding or arrest follows counts one person
 * ({@code singular-english.tsv}: the nouns, the articles and the verbs).
 */
final class EnglishSingulars {

    private final Set<String> nouns;
    private final Set<String> articles;
    private final Set<String> auxiliaries;
    private final Set<String> verbs;
    private final Set<String> pronouns;
    private final NumberLexicon numbers;

    /** Words back from a list's "and" within which a number opens it ("seven soldiers, two civilians and"). */
    private static final int LIST_WORDS = 8;
    private static final Set<String> AND = Set.of("and");

    private EnglishSingulars(Set<String> nouns, Set<String> articles, Set<String> auxiliaries, Set<String> verbs,
                             Set<String> pronouns, NumberLexicon numbers) {
        this.numbers = numbers;
        this.pronouns = Set.copyOf(pronouns);
        this.nouns = Set.copyOf(nouns);
        this.articles = Set.copyOf(articles);
        this.auxiliaries = Set.copyOf(auxiliaries);
        this.verbs = Set.copyOf(verbs);
    }

    static EnglishSingulars fromClasspath(NumberLexicon numbers) {
        Set<String> nouns = new HashSet<>();
        Set<String> articles = new HashSet<>();
        Set<String> auxiliaries = new HashSet<>();
        Set<String> verbs = new HashSet<>();
        Set<String> pronouns = new HashSet<>();
        for (String[] row : Lexicon.rows("singular-english.tsv")) {
            switch (row[1]) {
                case "noun" -> nouns.add(row[0]);
                case "article" -> articles.add(row[0]);
                case "auxiliary" -> auxiliaries.add(row[0]);
                case "verb" -> verbs.add(row[0]);
                case "pronoun" -> pronouns.add(row[0]);
                default -> throw new IllegalStateException("singular-english.tsv: unknown role " + row[1] + " of " + row[0]);
            }
        }
        return new EnglishSingulars(nouns, articles, auxiliaries, verbs, pronouns, numbers);
    }

    Optional<Core> match(List<Token> tokens, int i, OrdinalValues ordinals) {
        Token token = tokens.get(i);
        if (isWord(token, pronouns) && beforeVerb(tokens, i + 1)) {
            // "four soldiers were killed and another was injured": one more
            return Optional.of(Core.exact(i, i, token.start(), token.end(), 1, Core.Source.SINGULAR));
        }
        if (!nouns.contains(token.text()) || !afterArticle(tokens, i)
                || !beforeVerb(tokens, i + 1) && !closesAList(tokens, i) && !opensAList(tokens, i)) {
            return Optional.empty();
        }
        // "a fourth guard died": four in all
        Integer nth = i >= 2 && isWord(tokens.get(i - 2), articles) ? ordinals.valueOf(tokens.get(i - 1)) : null;
        return nth == null ? Optional.of(Core.exact(i, i, token.start(), token.end(), 1, Core.Source.SINGULAR))
                : Optional.of(Core.exact(i - 1, i, tokens.get(i - 1).start(), tokens.get(i - 1).end(), nth,
                        Core.Source.SINGULAR));
    }

    /** "a soldier", "a civilian woman": the article right before, or before one describing word. */
    private boolean afterArticle(List<Token> tokens, int i) {
        return i >= 1 && isWord(tokens.get(i - 1), articles)
                || i >= 2 && tokens.get(i - 1).latin() && isWord(tokens.get(i - 2), articles);
    }

    /**
     * "The dead included seven soldiers, two civilians and a Canadian tourist.": after "and", a singular that ends its
     * clause closes a list of the numbers before it, and counts what they count.
     */
    private boolean closesAList(List<Token> tokens, int i) {
        int article = isWord(tokens.get(i - 1), articles) ? i - 1 : i - 2;
        if (article < 2 || !isWord(tokens.get(article - 1), AND) || i + 1 < tokens.size() && !tokens.get(i + 1).isPunct()) {
            return false;
        }
        for (int k = article - 2; k >= Math.max(0, article - 1 - LIST_WORDS); k--) {
            if (tokens.get(k).isNum() || tokens.get(k).latin() && numbers.lookup(tokens.get(k).text()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "A policeman and two civilians were killed": right before "and", a singular opens a list whose number its verb
     * follows, and counts what that verb counts.
     */
    private boolean opensAList(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || !isWord(tokens.get(i + 1), AND)) {
            return false;
        }
        boolean number = false;
        for (int k = i + 2; k < Math.min(tokens.size(), i + 2 + LIST_WORDS) && !tokens.get(k).isPunct(); k++) {
            if (number && beforeVerb(tokens, k)) {
                return true;
            }
            Token t = tokens.get(k);
            number |= t.isNum() || t.latin() && numbers.lookup(t.text()).isPresent();
        }
        return false;
    }

    /** "was killed", "was shot dead", "died": a verb right after the noun, or after was. */
    private boolean beforeVerb(List<Token> tokens, int next) {
        if (next < tokens.size() && isWord(tokens.get(next), verbs)) {
            return true;
        }
        return next + 1 < tokens.size() && isWord(tokens.get(next), auxiliaries) && isWord(tokens.get(next + 1), verbs);
    }

    private static boolean isWord(Token token, Set<String> words) {
        return token.latin() && words.contains(token.text());
    }
}
