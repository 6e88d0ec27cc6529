package org.hasila.extract.time;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Regex building blocks over folded Arabic text, and the lookup of matched words in a lexicon. */
final class TimeText {

    /** No letter or digit just before: the start of a word. */
    static final String WORD_START = "(?<![\\p{L}\\p{N}])";
    /** No letter or digit just after: the end of a word. */
    static final String WORD_END = "(?![\\p{L}\\p{N}])";
    /** Conjunctions that cling to the next word (وأمس، فالخميس); left outside the reported span. */
    static final String CONJUNCTION = "[وف]?";
    /** A four-digit year of the last two centuries, with an optional م (ميلادي) glued to it. */
    static final String YEAR = "(?:19|20)\\d{2}(?!\\p{N})(?:م" + WORD_END + ")?";

    private TimeText() {
    }

    /** The entries of several vocabularies in one list. */
    @SafeVarargs
    static List<String> union(Collection<String>... vocabularies) {
        return Arrays.stream(vocabularies).flatMap(Collection::stream).toList();
    }

    /** One folded lexicon entry as a space-tolerant regex. */
    static String phrase(String entry) {
        String[] tokens = entry.split(" ");
        StringBuilder regex = new StringBuilder(Pattern.quote(tokens[0]));
        for (int i = 1; i < tokens.length; i++) {
            String token = tokens[i];
            regex.append("\\s+");
            // "و العشرين" is sometimes written with a space after the conjunction
            regex.append(token.length() > 1 && token.charAt(0) == 'و'
                    ? "و\\s*" + Pattern.quote(token.substring(1)) : Pattern.quote(token));
        }
        return regex.toString();
    }

    /** An alternation of the entries, longest first so that "أمس الأول" wins over "أمس". */
    static String alternation(Collection<String> entries) {
        return entries.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(TimeText::phrase)
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /** Like {@link #alternation} but words with the article also match with لـ / بـ / كـ (لليوم، بالأمس). */
    static String alternationWithPrepositions(Collection<String> entries) {
        return entries.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(e -> e.startsWith("ال") ? "(?:[بك]?ال|لل)" + phrase(e.substring(2)) : phrase(e))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /** Canonical key of a matched or lexicon phrase: single spaces, "و " joined to its word. */
    static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").replaceAll("(^| )و (?=\\S)", "$1و");
    }

    /** The value of a matched phrase, undoing a preposition glued to its article (لليوم -> اليوم). */
    static <V> V lookup(Map<String, V> lexicon, String matched) {
        String key = key(matched);
        V value = lexicon.get(key);
        if (value == null && key.startsWith("لل")) {
            value = lexicon.get("ال" + key.substring(2));
        }
        if (value == null && (key.startsWith("بال") || key.startsWith("كال"))) {
            value = lexicon.get(key.substring(1));
        }
        return value;
    }
}
