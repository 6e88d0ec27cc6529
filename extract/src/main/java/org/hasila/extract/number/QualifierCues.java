package org.hasila.extract.number;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hasila.core.claim.Qualifier;
import org.hasila.core.text.Proclitics;

/**
 * The words that bound a number ({@code qualifiers.tsv}): cues right before it (نحو، أكثر من، بما لا يقل
 * عن), cues after it or after its counted noun (على الأقل، تقريبا), and verbs of estimating a few words
 * before a number they introduce with بـ ({@code estimate-verbs.txt}: قُدّر عددهم بـ 121).
 */
final class QualifierCues {

    /** Words allowed between a number and a cue after it: the counted noun and an adjective. */
    private static final int AFTER_GAP = 2;
    /** Words allowed between an estimating verb and the بـ that links it to the number. */
    private static final int ESTIMATE_GAP = 4;

    private final PhraseSet<Qualifier> before;
    private final PhraseSet<Qualifier> after;
    private final Set<String> estimateVerbs;
    /** Nouns of a count between a verb of exceeding and the number it bounds (the claim grammar's tally-nouns.txt). */
    private final Set<String> tallyNouns;

    private QualifierCues(PhraseSet<Qualifier> before, PhraseSet<Qualifier> after, Set<String> estimateVerbs,
                          Set<String> tallyNouns) {
        this.before = before;
        this.after = after;
        this.estimateVerbs = estimateVerbs;
        this.tallyNouns = tallyNouns;
    }

    static QualifierCues fromClasspath() {
        List<Phrase<Qualifier>> before = new ArrayList<>();
        List<Phrase<Qualifier>> after = new ArrayList<>();
        for (String[] row : Lexicon.rows("qualifiers.tsv")) {
            Phrase<Qualifier> phrase = new Phrase<>(Lexicon.words(row[0]), Qualifier.fromCode(row[1]));
            (row[2].equals("after") ? after : before).add(phrase);
        }
        Set<String> verbs = new HashSet<>();
        Lexicon.rows("estimate-verbs.txt").forEach(row -> verbs.add(row[0]));
        Set<String> tallies = new HashSet<>();
        Lexicon.rows(TALLY_NOUNS).stream().filter(row -> !row[0].contains(" ")).forEach(row -> tallies.add(row[0]));
        return new QualifierCues(new PhraseSet<>(before), new PhraseSet<>(after), Set.copyOf(verbs),
                Set.copyOf(tallies));
    }

    /** A qualifier and the folded span of the cue that states it. */
    record Bound(Qualifier qualifier, int start, int end) {
    }

    /**
     * A cue right before the number, over any bare proclitic token (قرابة الـ 100), or a verb of exceeding before the
     * tally it bounds ("تخطى عدد الجرحى 620"، "تجاوزت حصيلة القتلى 50": more than).
     */
    Optional<Bound> before(List<Token> tokens, int first) {
        int k = skipBareClitics(tokens, first - 1);
        Optional<Phrase.Hit<Qualifier>> hit = before.endingAt(tokens, k);
        if (hit.isEmpty() && k >= 2 && tokens.get(k).isWord() && tallyNouns.contains(tokens.get(k - 1).text())) {
            hit = before.endingAt(tokens, k - 2);
        }
        return hit.map(h -> new Bound(h.phrase().value(), h.start(), h.end(tokens)));
    }

    /** The claim grammar's nouns of a count going on, one file for both readers of them. */
    private static final String TALLY_NOUNS = "/org/hasila/extract/claim/tally-nouns.txt";

    /** A cue right after the number or after up to two words that follow it, all in one clause. */
    Optional<Bound> after(List<Token> tokens, int last) {
        for (int gap = 0; gap <= AFTER_GAP; gap++) {
            int k = last + 1 + gap;
            if (k >= tokens.size()) {
                break;
            }
            Optional<Phrase.Hit<Qualifier>> hit = after.startingAt(tokens, k);
            int next = hit.map(h -> h.lastToken() + 1).orElse(-1);
            if (hit.isPresent() && gap > 0 && next < tokens.size() && tokens.get(next).isNum()) {
                // "the two groups killed at least 80": a cue before another number, past words, is that number's
                break;
            }
            if (hit.isPresent()) {
                return Optional.of(new Bound(hit.get().phrase().value(), tokens.get(last).end(), hit.get().end(tokens)));
            }
            if (!tokens.get(k).isWord()) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * Where an estimating verb starts when the quantity, beginning at token {@code lead} and folded
     * offset {@code leadStart}, is introduced by بـ and such a verb stands a few words before; else -1.
     */
    int estimate(List<Token> tokens, int lead, int leadStart) {
        Token token = tokens.get(lead);
        boolean linked = token.text().substring(0, leadStart - token.start()).indexOf('ب') >= 0;
        int k = lead - 1;
        while (k >= 0 && tokens.get(k).isWord() && Clitics.onlyClitics(tokens.get(k).text())) {
            linked |= tokens.get(k).text().indexOf('ب') >= 0;
            k--;
        }
        if (!linked) {
            return -1;
        }
        for (int seen = 0; seen < ESTIMATE_GAP && k >= 0 && tokens.get(k).isWord(); seen++, k--) {
            for (Proclitics.Reading reading : tokens.get(k).readings()) {
                if (estimateVerbs.contains(reading.stem())) {
                    return tokens.get(k).start() + reading.offset();
                }
            }
        }
        return -1;
    }

    private static int skipBareClitics(List<Token> tokens, int k) {
        while (k >= 0 && tokens.get(k).isWord() && Clitics.onlyClitics(tokens.get(k).text())) {
            k--;
        }
        return k;
    }
}
