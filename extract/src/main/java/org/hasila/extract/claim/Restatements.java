package org.hasila.extract.claim;

import java.util.List;

/**
 * A number of households restated at once in people ("ووصلت نحو 450 أسرة، أي ما يقارب 3200 شخص"، "450 families, or
 * about 3,200 people", restatements.txt): the people are the count, of what the households counted; the households
 * count nothing, so that a figure of people takes no number of families for its low.
 */
final class Restatements {

    private final Lexicons lexicons;

    Restatements(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    void resolve(SentenceView view, List<Candidate> candidates) {
        List<Word> words = view.words();
        for (int i = 0; i + 1 < candidates.size(); i++) {
            Candidate households = candidates.get(i);
            Candidate people = candidates.get(i + 1);
            int noun = households.last + 1;
            PhraseLexicon.Hit<KindCue> unit = noun < words.size() ? lexicons.kinds().at(words, noun) : null;
            if (households.kind == null || unit == null || !unit.value().nounOnly()
                    || unit.value().kind() != households.kind) {
                continue;
            }
            int k = unit.to();
            while (k < people.first && words.get(k).isPunct()) {
                k++;
            }
            PhraseLexicon.Hit<Boolean> restated = k > unit.to() ? lexicons.restatements().at(words, k) : null;
            if (restated != null && restated.to() == people.first) {
                people.kind = people.kind == null ? households.kind : people.kind;
                households.kind = null;
                households.countsNothing = true;
            }
        }
    }
}
