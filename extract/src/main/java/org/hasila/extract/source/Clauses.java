package org.hasila.extract.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a sentence into clauses: at clause-break words (في حين، بينما، فيما), at a semicolon, and
 * at a speech verb with و/ف that names a new speaker ("، وقال المرصد ..."), so that one sentence
 * can carry two attributions.
 */
final class Clauses {

    private static final String SEMICOLONS = ";؛";

    /** The clause breaks by the word they may start with: their first word, bare or with و. */
    private final Map<String, List<List<String>>> byFirstWord = new HashMap<>();

    Clauses(SourceLexicon lexicon) {
        for (List<String> words : lexicon.clauseBreaks) {
            byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(words);
            byFirstWord.computeIfAbsent("و" + words.get(0), k -> new ArrayList<>()).add(words);
        }
    }

    /** For each word, the index of the first word of its clause, before verbs are resolved. */
    int[] byWords(SentenceView s) {
        int[] start = new int[s.size()];
        int current = 0;
        for (int i = 0; i < s.size(); i++) {
            if (i > 0 && (s.gapHas(i, SEMICOLONS) || opensClause(s, i))) {
                current = i;
            }
            start[i] = current;
        }
        return start;
    }

    /** The same, also cut at each و/ف-prefixed verb cue that names a speaker of its own. */
    int[] withVerbs(SentenceView s, int[] byWords, List<Cue> cues, Resolution[] resolutions) {
        int[] start = byWords.clone();
        for (int k = 0; k < cues.size(); k++) {
            Cue cue = cues.get(k);
            Resolution r = resolutions[k];
            if (cue.prefixed() && cue.kind().isVerb() && r != null && !r.inherited() && cue.first() > 0) {
                for (int i = cue.first(); i < s.size() && start[i] == byWords[cue.first()]; i++) {
                    start[i] = cue.first();
                }
            }
        }
        return start;
    }

    private boolean opensClause(SentenceView s, int i) {
        for (List<String> words : byFirstWord.getOrDefault(s.word(i), List.of())) {
            if (matches(s, i, words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(SentenceView s, int i, List<String> words) {
        if (i + words.size() > s.size()) {
            return false;
        }
        String first = s.word(i);
        if (!first.equals(words.get(0)) && !first.equals("و" + words.get(0))) {
            return false;
        }
        for (int k = 1; k < words.size(); k++) {
            if (!s.word(i + k).equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }
}
