package org.hasila.extract.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the cue words of a sentence (see {@code cues.tsv}), longest form first, with their proclitics; a form of kind
 * none covers the words it holds ("طلب عدم ذكر اسمه" is no verb of saying).
 */
final class CueScanner {

    private final Map<String, List<CueForm>> byFirstWord = new HashMap<>();

    CueScanner(SourceLexicon lexicon) {
        for (CueForm form : lexicon.cues) {
            byFirstWord.computeIfAbsent(form.words().get(0), k -> new ArrayList<>()).add(form);
        }
    }

    List<Cue> scan(SentenceView s) {
        List<Cue> cues = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            Cue cue = at(s, i);
            if (cue == null) {
                i++;
            } else {
                if (cue.kind() != CueKind.NONE) {
                    cues.add(cue);
                }
                i = cue.end();
            }
        }
        return cues;
    }

    /** The longest cue starting at word {@code i}, or null. */
    Cue at(SentenceView s, int i) {
        String word = s.word(i);
        Cue best = null;
        best = longer(best, match(s, i, word, "", byFirstWord.get(word)));
        for (int cut = 1; cut <= 2 && cut < word.length() - 1; cut++) {
            String rest = word.substring(cut);
            best = longer(best, match(s, i, rest, word.substring(0, cut), byFirstWord.get(rest)));
        }
        return best;
    }

    private static Cue match(SentenceView s, int i, String first, String prefix, List<CueForm> forms) {
        if (forms == null) {
            return null;
        }
        Cue best = null;
        for (CueForm form : forms) {
            boolean prefixOk = prefix.isEmpty() ? !form.prefixRequired() : form.prefixes().contains(prefix);
            if (!prefixOk || !first.equals(form.words().get(0)) || !rest(s, i, form.words())) {
                continue;
            }
            best = longer(best, new Cue(form.kind(), i, i + form.words().size(), !prefix.isEmpty()));
        }
        return best;
    }

    private static boolean rest(SentenceView s, int i, List<String> words) {
        if (i + words.size() > s.size()) {
            return false;
        }
        for (int k = 1; k < words.size(); k++) {
            if (!s.word(i + k).equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static Cue longer(Cue a, Cue b) {
        if (a == null) {
            return b;
        }
        return b != null && b.end() - b.first() > a.end() - a.first() ? b : a;
    }
}
