package org.hasila.extract.claim;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Group;
import org.hasila.core.claim.Kind;
import org.hasila.core.claim.Scope;

/**
 * What a document's earlier sentences said that a later one refers back to: the totals a part "among the dead"
 * belongs to, and the people "others" opening a sentence are others of. One per document, fed sentence by sentence.
 */
final class EarlierSentences {

    /** Words between "among" and its number: the kind's noun and a verb ("بين القتلى"، "among the dead were"). */
    private static final int MAX_AMONG_GAP = 3;

    private final Lexicons lexicons;
    private final Map<Kind, List<Claim>> totals = new EnumMap<>(Kind.class);
    /** The ids of the totals a sentence told as a toll raised ("رفعت ... الحصيلة إلى ثمانية": update-cues.txt). */
    private final Set<String> raised = new HashSet<>();
    private Group lastGroup;
    /** The last total of the incident an earlier sentence gave, of whatever kind. */
    private Claim latest;

    EarlierSentences(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** Takes a sentence's claims: its totals of the incident, whether it raised them, and the last group it named. */
    void remember(SentenceView view, List<Claim> sentenceClaims) {
        boolean raises = !lexicons.updateCues().all(view.words(), 0, view.words().size()).isEmpty();
        for (Claim claim : sentenceClaims) {
            if (claim.partOf() == null && claim.scope() == Scope.INCIDENT) {
                totals.computeIfAbsent(claim.kind(), k -> new ArrayList<>()).add(claim);
                latest = claim;
                if (raises) {
                    raised.add(claim.id());
                }
            }
            if (claim.group() != Group.UNKNOWN) {
                lastGroup = claim.group();
            }
        }
    }

    /**
     * "وأضافت أن بين القتلى خمس نساء وأربعة أطفال": a number after "among the ..." (among.txt) with no total in its
     * sentence is a part of the latest total of its kind, no smaller than it, that an earlier sentence gave; so are
     * the numbers listed after it. {@code earlierTotal} holds what this gave the sentence's numbers before.
     */
    String totalOf(SentenceView view, List<Candidate> candidates, int i, String[] earlierTotal) {
        Candidate c = candidates.get(i);
        if (c.total >= 0) {
            return null;
        }
        if (c.connected && i > 0 && earlierTotal[i - 1] != null) {
            return earlierTotal[i - 1];
        }
        List<Claim> before = totals.getOrDefault(c.kind, List.of());
        if (!before.isEmpty() && moreOf(view, candidates, i)) {
            // "رفعت السلطة ... الحصيلة إلى ثمانية سجناء" then "إن أربعة سجناء آخرين توفوا": the others who raised it, of
            // the latest totals told as raised
            for (int k = before.size() - 1; k >= 0 && raised.contains(before.get(k).id()); k--) {
                if (before.get(k).value().low() > c.quantity.quantity().low()) {
                    return before.get(k).id();
                }
            }
        }
        // "ولا يزال 27 منهم طلقاء": who are still at large of the escape told before
        // "- الخليل: 14 مواطناً" under "وتوزعت حالات الاعتقال على النحو الآتي:": an item of the list of a total told before
        if (before.isEmpty()
                || !c.remainder && !c.listed && !afterAmong(view, candidates, i) && !c.afterAPartWord) {
            return null;
        }
        for (int k = before.size() - 1; k >= 0; k--) {
            if (before.get(k).value().low() >= c.quantity.quantity().low()) {
                return before.get(k).id();
            }
        }
        return null;
    }

    /**
     * "قُتل 40 شخصاً. ومن بينهم 12 طفلاً"، "At least 40 people were killed. They included 12 children.": a number
     * after a word of "among them" (subset-markers.txt) with no total in its sentence and no cue of its own counts
     * what the latest total an earlier sentence gave counts, when that total is no smaller; null otherwise.
     */
    Kind partKind(Candidate c) {
        boolean part = c.kind == null && !c.countsNothing && c.total < 0 && c.afterAPartWord;
        return part && latest != null && latest.value().low() >= c.quantity.quantity().low() ? latest.kind() : null;
    }

    /**
     * "قتل 28 مدنياً. ... وإصابة نحو 60 آخرين": "others" (or "of them") right after the number of a sentence's first
     * figure are others of (or some of) the group the sentence before counted; else the figure's own group.
     */
    Group othersGroup(SentenceView view, Candidate c) {
        int next = c.last + 1;
        // "Forty-three detainees fled. Twenty-nine of them have been recaptured": of them too
        boolean others = next < view.words().size() && (lexicons.others().startsAt(view.words(), next)
                || lexicons.subsetMarkers().startsAt(view.words(), next));
        return others && lastGroup != null ? lastGroup : c.group;
    }

    /**
     * Whether the number, its sentence's first figure, counts others: "others" right after it or after its noun
     * ("أربعة آخرين"، "أربعة سجناء آخرين"، "four more"). After another figure ("مقتل 23 شخصاً وإصابة 140 آخرين") they
     * are others than that figure's people.
     */
    private boolean moreOf(SentenceView view, List<Candidate> candidates, int i) {
        Candidate c = candidates.get(i);
        for (int k = 0; k < i; k++) {
            if (candidates.get(k).kind != null) {
                return false;
            }
        }
        List<Word> words = view.words();
        int next = c.numberLast(words) + 1;
        return next < words.size() && (lexicons.others().at(words, next) != null
                || next + 1 < words.size() && lexicons.others().at(words, next + 1) != null);
    }

    private boolean afterAmong(SentenceView view, List<Candidate> candidates, int i) {
        Candidate c = candidates.get(i);
        int stop = i > 0 ? candidates.get(i - 1).last + 1 : 0;
        for (int k = c.first - 1; k >= Math.max(stop, c.first - MAX_AMONG_GAP - 1); k--) {
            if (lexicons.among().startsAt(view.words(), k)) {
                return true;
            }
        }
        // "إن ثلاثة أطفال على الأقل كانوا بين القتلى"، "three children were among the dead": among after the number
        int next = i + 1 < candidates.size() ? candidates.get(i + 1).first : view.words().size();
        for (int k = c.last + 1; k < Math.min(next, c.last + 2 + MAX_AMONG_GAP); k++) {
            if (view.boundary()[k]) {
                return false;
            }
            if (lexicons.among().startsAt(view.words(), k) && k + 1 < view.words().size()
                    && (lexicons.kinds().at(view.words(), k + 1) != null || k + 2 < view.words().size()
                    && Words.ENGLISH_ARTICLES.contains(view.words().get(k + 1).text())
                    && lexicons.kinds().at(view.words(), k + 2) != null)) {
                return true; // "three inmates were also among the dead"
            }
        }
        return false;
    }
}
