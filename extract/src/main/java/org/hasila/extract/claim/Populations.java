package org.hasila.extract.claim;

import java.util.List;
import org.hasila.core.claim.Group;
import org.hasila.core.claim.Kind;

/**
 * A number counted out of a whole ("112 of the 187 inmates escaped"، "فر 112 من أصل 187 نزيلاً", out-of.txt): what befell
 * them, from a cue on either side, is the first number's; the whole counts what its own noun says (the inmates held,
 * the wounded of whom some died), else nothing, and a whole of the first number's kind is its total. The first number
 * names whom it counts through the whole's noun.
 */
final class Populations {

    /** Words between a whole and the word of holding that says it counts the held ("كانوا محتجزين"). */
    private static final int HOLDING_GAP = 1;

    private final Lexicons lexicons;

    Populations(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** Gives each number counted out of the next one its kind, and the whole the kind of its noun alone. */
    void kinds(SentenceView view, List<Candidate> candidates) {
        for (int i = 0; i + 1 < candidates.size(); i++) {
            Candidate part = candidates.get(i);
            Candidate whole = candidates.get(i + 1);
            if (!outOf(view, part, whole)) {
                continue;
            }
            // "ثلاثة من السجناء الخمسة قتلوا": a definite whole follows the noun it counts, and the verb follows it
            boolean definite = ofADefiniteWhole(view, part, whole);
            int noun = definite ? whole.describedNoun(view.words()) : whole.last + 1;
            PhraseLexicon.Hit<KindCue> cue = noun < view.words().size() ? lexicons.kinds().at(view.words(), noun) : null;
            // a verb of holding right after the whole, not its noun of inmates ("من أصل 3787 كانوا محتجزين")
            boolean heldAfter = cue == null && !inmates(view, noun) && holdingAfter(view, noun);
            Kind own = cue != null ? cue.value().kind() : heldAfter ? Kind.DETAINED : null;
            if (part.kind == null && definite) {
                // "ثلاثة من القتلى العشرة كانوا أطفالاً": with no verb of its own, the part is some of what the noun counts
                Kind verb = verbAfter(view, whole.last + 1);
                part.kind = verb != null ? verb : own;
                whole.kind = own != null ? own : whole.kind == part.kind ? populationOf(part) : whole.kind;
                whole.countsNothing = whole.kind == null;
            } else if (part.kind == null) {
                // "112 of the 187 inmates escaped": the verb after the whole is the part's; the whole's noun says what
                // it counts ("187 inmates" are held), and a noun of no kind leaves it the kind its cues gave it
                // ("Four of the 12 people killed were children")
                part.kind = verbAfter(view, cue != null ? cue.to() : noun + 1);
                whole.kind = own != null ? own : whole.kind;
            } else if (whole.kind == null || heldAfter || own == null && whole.kind == part.kind) {
                // "وفر 112 من أصل 187 نزيلاً"; not "إعادة القبض على 38 من أصل 71 نزيلاً فرّوا", whom the verb after describes.
                // A whole of no noun of its own counts who were there, not what befell the part: the held where some
                // escaped ("879 نزيلاً فروا من أصل 994"), no one of the vocabulary where some were killed ("قتل 5 من أصل
                // 20 راكباً"); a whole the words after it say were held is the held ("3696 سجينا فروا من أصل 3787 كانوا
                // محتجزين"), whatever cue of the part's reaches it
                whole.kind = own != null ? own : populationOf(part);
                whole.countsNothing = whole.kind == null;
            }
            if (whole.kind != null && whole.kind == part.kind) {
                // "three of the 10 killed were children": some of a toll
                part.total = i + 1;
                part.subset = true;
            }
        }
    }

    /** Gives a number counted out of a whole that names no one the whole's group ("112 of the 187 inmates"). */
    void groups(SentenceView view, List<Candidate> candidates) {
        for (int i = 0; i + 1 < candidates.size(); i++) {
            Candidate part = candidates.get(i);
            Candidate whole = candidates.get(i + 1);
            if ((part.group == null || part.group == Group.UNKNOWN || part.group == Group.ALL)
                    && whole.group != null && outOf(view, part, whole)) {
                part.group = whole.group;
            } else if (part.kind == Kind.ESCAPED && part.group == Group.DETAINEES && whole.kind == Kind.DETAINED
                    && outOf(view, part, whole)) {
                // "879 نزيلاً فروا من أصل 994 كانوا في سجن كوجه المتوسط الحراسة": the held, of whom the inmates fled
                whole.group = Group.DETAINEES;
            }
        }
    }

    private boolean outOf(SentenceView view, Candidate part, Candidate whole) {
        if (whole.first <= part.last + 1) {
            return false;
        }
        int from = part.last + 1;
        PhraseLexicon.Hit<Group> noun = lexicons.groups().at(view.words(), from);
        if (noun != null && noun.to() < whole.first) {
            from = noun.to(); // "43 نزيلاً من أصل 312": the part's own noun before the whole
        }
        PhraseLexicon.Hit<KindCue> verb = from < whole.first ? lexicons.kinds().at(view.words(), from) : null;
        if (verb != null && verb.to() < whole.first) {
            from = verb.to(); // "879 نزيلاً فروا من أصل 994": the part's verb before the whole
        }
        PhraseLexicon.Hit<Boolean> hit = lexicons.outOf().at(view.words(), from);
        return hit != null && hit.to() == whole.first || ofADefiniteWhole(view, part, whole);
    }

    /** The Arabic partitive between a part and the noun of its whole. */
    private static final String PARTITIVE_OF = "من";

    /** "ثلاثة من السجناء الخمسة": a part of the noun that the whole, a definite number right after it, describes. */
    private static boolean ofADefiniteWhole(SentenceView view, Candidate part, Candidate whole) {
        int from = part.last + 1;
        return from + 1 < whole.first && view.words().get(from).text().equals(PARTITIVE_OF)
                && whole.quantity.quantity().text().startsWith("ال") && whole.describedNoun(view.words()) == from + 1;
    }

    /**
     * What a whole of no noun of its own counts, of which the part is some: the held, where some escaped; else nothing
     * of the vocabulary (the passengers of a bus, some of whom were killed).
     */
    private static Kind populationOf(Candidate part) {
        return part.kind == Kind.ESCAPED ? Kind.DETAINED : null;
    }

    /**
     * Whether the whole counts people held: its noun names them ("نزيلاً") or a word of holding follows it at once or
     * after one word ("من أصل 312 كانوا محتجزين في السجن").
     */
    private boolean held(SentenceView view, int noun) {
        return inmates(view, noun) || holdingAfter(view, noun);
    }

    /** Whether the word at {@code noun} is a noun of the held ("نزيلاً"، "inmates"). */
    private boolean inmates(SentenceView view, int noun) {
        PhraseLexicon.Hit<Group> group = noun < view.words().size() ? lexicons.groups().at(view.words(), noun) : null;
        return group != null && group.value() == Group.DETAINEES;
    }

    /** Whether a word of holding stands at {@code noun} or one word after it ("كانوا محتجزين"). */
    private boolean holdingAfter(SentenceView view, int noun) {
        List<Word> words = view.words();
        for (int k = noun; k < Math.min(noun + HOLDING_GAP + 1, view.clauseEnd(noun)); k++) {
            PhraseLexicon.Hit<KindCue> cue = lexicons.kinds().at(words, k);
            if (cue != null && cue.value().kind() == Kind.DETAINED) {
                return true;
            }
        }
        return false;
    }

    /**
     * The kind of the first cue of what befell people from {@code from} to the end of the clause, or null: not one of
     * who are held ("inmates held at the facility" describes the whole).
     */
    private Kind verbAfter(SentenceView view, int from) {
        int end = Math.min(view.clauseEnd(from), view.words().size());
        for (int k = from; k < end; k++) {
            PhraseLexicon.Hit<KindCue> cue = lexicons.kinds().at(view.words(), k);
            KindCue found = cue == null ? null : cue.value();
            if (found != null && found.kind() != null && found.kind() != Kind.DETAINED && !found.weak() && !found.status()) {
                return found.kind();
            }
        }
        return null;
    }
}
