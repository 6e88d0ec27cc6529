package org.hasila.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hasila.core.claim.Claim;
import org.hasila.core.event.Note;

/**
 * The current claim of each source within one figure: a source's later figure replaces its earlier
 * one, so a toll that rises day by day is an update, not a contradiction.
 */
final class Supersession {

    static final String SUPERSEDED = "superseded";

    private final List<Claim> current = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();

    /** @param chronological the figure's claims, earliest first */
    Supersession(List<Claim> chronological, SourceIdentity identity) {
        Map<String, List<Claim>> bySource = new LinkedHashMap<>();
        chronological.forEach(c -> bySource.computeIfAbsent(identity.of(c), s -> new ArrayList<>()).add(c));
        for (List<Claim> claims : bySource.values()) {
            Claim latest = mostPrecisePeer(claims);
            current.add(latest);
            List<String> earlier = claims.stream()
                    .filter(c -> c != latest && !sameInterval(c, latest))
                    .map(Describe::figure)
                    .toList();
            if (!earlier.isEmpty()) {
                notes.add(new Note(SUPERSEDED, Describe.source(latest) + "'s current figure, "
                        + Describe.figure(latest) + ", replaces its earlier or less precise "
                        + String.join(", ", earlier) + "."));
            }
        }
    }

    /** One claim per source, in order of each source's first claim. */
    List<Claim> current() {
        return current;
    }

    List<Note> notes() {
        return notes;
    }

    /**
     * The last claim, unless the same document states the same source's figure more than once for the
     * same date: order within one text is no sign of time, so the most precise statement stands (of several
     * in one sentence, the largest).
     */
    private static Claim mostPrecisePeer(List<Claim> chronological) {
        Claim last = chronological.get(chronological.size() - 1);
        Claim precise = chronological.stream()
                .filter(c -> c.document().equals(last.document()) && Objects.equals(c.asOf(), last.asOf()))
                .min(Comparator.comparingLong(Supersession::width).thenComparingInt(c -> c.evidence().start()))
                .orElse(last);
        // one sentence listing the group twice ("سبعة أطفال وثلاث نساء", both civilians) counts parts of it:
        // the largest is the surest lower bound of their sum
        return chronological.stream()
                .filter(c -> c.document().equals(precise.document()) && Objects.equals(c.asOf(), precise.asOf())
                        && c.evidence().start() == precise.evidence().start() && width(c) == width(precise))
                .max(Comparator.comparingLong(c -> c.value().low()))
                .orElse(precise);
    }

    private static long width(Claim c) {
        Bounds b = Bounds.of(c.value());
        return b.high() == null ? Long.MAX_VALUE : b.high() - b.low();
    }

    private static boolean sameInterval(Claim a, Claim b) {
        return a.value().low() == b.value().low() && Objects.equals(a.value().high(), b.value().high());
    }
}
