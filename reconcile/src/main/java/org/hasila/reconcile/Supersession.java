package org.hasila.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Qualifier;
import org.hasila.core.claim.Quantity;
import org.hasila.core.event.Note;

/**
 * The current claim of each source within one figure: a source's later figure replaces its earlier
 * one, so a toll that rises day by day is an update, not a contradiction. The parts of one total that a sentence
 * lists for the same group stand together, and the source states their sum; so do the figures of one list with no
 * total ("قُتل طفلان وامرأة").
 */
final class Supersession {

    static final String SUPERSEDED = "superseded";

    private final List<Claim> current = new ArrayList<>();
    private final List<Quantity> values = new ArrayList<>();
    private final List<Claim> latest = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();

    /** @param chronological the figure's claims, earliest first */
    Supersession(List<Claim> chronological, SourceIdentity identity) {
        Map<String, List<Claim>> bySource = new LinkedHashMap<>();
        chronological.forEach(c -> bySource.computeIfAbsent(identity.of(c), s -> new ArrayList<>()).add(c));
        for (List<Claim> claims : bySource.values()) {
            Claim latest = mostPrecisePeer(claims);
            List<Claim> parts = listedParts(latest, claims);
            current.addAll(parts);
            values.add(parts.size() == 1 ? latest.value() : sum(parts));
            this.latest.add(latest);
            List<String> earlier = claims.stream()
                    .filter(c -> !parts.contains(c) && !sameInterval(c, latest))
                    .map(Describe::figure)
                    .toList();
            if (!earlier.isEmpty()) {
                notes.add(new Note(SUPERSEDED, Describe.source(latest) + "'s current figure, "
                        + Describe.figure(latest) + ", replaces its earlier or less precise "
                        + String.join(", ", earlier) + "."));
            }
        }
    }

    /** The claims that stand, in order of each source's first claim: one a source, or the parts it lists. */
    List<Claim> current() {
        return current;
    }

    /** What each source states now, in the same order: its current claim's value, or its listed parts' sum. */
    List<Quantity> values() {
        return values;
    }

    /** Each source's latest claim, in the order of {@link #values()}. */
    List<Claim> latest() {
        return latest;
    }

    /**
     * The parts of one total that the sentence of {@code latest} lists for the same group, all exact ("23 قتيلاً،
     * بينهم خمسة أطفال وسيدتان": both civilians, 7 in all), or {@code latest} alone. Parts are known by the total
     * they point to; figures of one sentence that point to none ("ارتفع من 5 إلى 7") are not added up.
     */
    private static List<Claim> listedParts(Claim latest, List<Claim> claims) {
        if (latest.partOf() == null && latest.value().qualifier() == Qualifier.EXACT) {
            return listed(latest, claims);
        }
        if (latest.partOf() == null || latest.value().qualifier() != Qualifier.EXACT) {
            return List.of(latest);
        }
        List<Claim> parts = claims.stream()
                .filter(c -> latest.partOf().equals(c.partOf()) && c.document().equals(latest.document())
                        && c.evidence().start() == latest.evidence().start()
                        && c.value().qualifier() == Qualifier.EXACT)
                .toList();
        return parts.size() > 1 ? parts : List.of(latest);
    }

    /**
     * The figures of one list that {@code latest} belongs to, all exact ("قُتل طفلان وامرأة": both civilians, 3 in
     * all; {@link Claim#listedWith}), or {@code latest} alone.
     */
    private static List<Claim> listed(Claim latest, List<Claim> claims) {
        String head = latest.listedWith() != null ? latest.listedWith() : latest.id();
        List<Claim> list = claims.stream()
                .filter(c -> (c.id().equals(head) || head.equals(c.listedWith())) && c.partOf() == null
                        && c.document().equals(latest.document()) && c.value().qualifier() == Qualifier.EXACT)
                .toList();
        return list.size() > 1 && list.contains(latest) ? list : List.of(latest);
    }

    private static Quantity sum(List<Claim> parts) {
        long total = parts.stream().mapToLong(c -> c.value().low()).sum();
        String text = String.join(" + ", parts.stream().map(c -> c.value().text()).toList());
        return Quantity.exact(total, text);
    }

    List<Note> notes() {
        return notes;
    }

    /**
     * The last claim, unless the same document states the same source's figure more than once for the
     * same date: order within one text is no sign of time, so the most precise statement stands (of several
     * in one sentence, the largest). A live page's entries are times of their own: its later entry's figure stands.
     */
    private static Claim mostPrecisePeer(List<Claim> chronological) {
        Claim last = chronological.get(chronological.size() - 1);
        Claim precise = chronological.stream()
                .filter(c -> c.document().equals(last.document()) && Objects.equals(c.asOf(), last.asOf())
                        && Objects.equals(c.asOfTime(), last.asOfTime()))
                .min(Comparator.comparingLong(Supersession::width).thenComparingInt(c -> c.evidence().start()))
                .orElse(last);
        // one sentence stating the group twice in no list the extractor saw ("ارتفعت الحصيلة من 5 إلى 7"): the
        // largest is the surest lower bound
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
