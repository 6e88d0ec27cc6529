package org.hasila.extract.claim;

import java.util.List;

/**
 * The words of one sentence with the clause boundaries among them.
 *
 * @param boundary {@code boundary[i]} is true when word i is a clause mark (، ; : brackets) or opens a
 *                 clause (بينما، في حين ...)
 */
record SentenceView(Sentence sentence, List<Word> words, boolean[] boundary) {

    private static final String MARKS = "،,;؛:()[]{}-–—\"";

    static SentenceView of(String folded, Sentence sentence, Lexicons lexicons) {
        List<Word> words = Words.of(folded, sentence.start(), sentence.end());
        boolean[] boundary = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            // a hyphen glued to the words either side joins them ("a 12-year-old boy", "al-Sina'a"); a dash parts clauses
            boolean joining = w.text().equals("-") && i > 0 && i + 1 < words.size()
                    && words.get(i - 1).end() == w.start() && w.end() == words.get(i + 1).start();
            boundary[i] |= w.isPunct() && MARKS.contains(w.text()) && !joining;
            PhraseLexicon.Hit<Boolean> hit = lexicons.clauseBreaks().at(words, i);
            if (hit != null) {
                boundary[i] = true;
            }
        }
        return new SentenceView(sentence, words, boundary);
    }

    /** Clause boundaries among words (from, to). */
    int boundariesBetween(int from, int to) {
        int n = 0;
        for (int i = Math.max(0, from + 1); i < Math.min(to, boundary.length); i++) {
            n += boundary[i] ? 1 : 0;
        }
        return n;
    }

    /** First word of the clause holding word i. */
    int clauseStart(int i) {
        int k = i;
        while (k > 0 && !boundary[k - 1]) {
            k--;
        }
        return k;
    }

    /** Exclusive end word of the clause holding word i. */
    int clauseEnd(int i) {
        int k = i + 1;
        while (k < boundary.length && !boundary[k]) {
            k++;
        }
        return k;
    }
}
