package org.hasila.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Group;
import org.hasila.core.claim.Kind;
import org.hasila.core.claim.Quantity;
import org.hasila.core.event.Note;

/**
 * The sources' current figures without the claims a party to the fighting makes of its enemy's losses ({@link
 * Claim#partisan}: "زعمت حركة الشباب أنها قتلت أكثر من 20 من عناصر الأمن"), while another source gives the figure; all of
 * them when none does. Such a claim is reported and noted, but neither bounds the range nor gives the best where
 * another source counts: a boast of 25 soldiers killed beside a ministry's 5 is no evidence that 25 died.
 */
final class PartisanClaims {

    static final String PARTISAN_CLAIM = "partisan-claim";

    private final List<Claim> latest = new ArrayList<>();
    private final List<Quantity> values = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();

    /** @param latest each source's latest claim, in the order of {@code values} */
    PartisanClaims(List<Claim> latest, List<Quantity> values) {
        boolean othersCount = latest.stream().anyMatch(c -> !c.partisan());
        for (int i = 0; i < latest.size(); i++) {
            Claim c = latest.get(i);
            if (othersCount && c.partisan()) {
                notes.add(new Note(PARTISAN_CLAIM, Describe.said(c) + ": a party's claim of its enemy's losses; the"
                        + " range and the best are taken from the other sources."));
            } else {
                this.latest.add(c);
                this.values.add(values.get(i));
            }
        }
    }

    /**
     * Of {@code values}, in the order of {@code latest}, those that bound the range: all but the partisan claims' where
     * another source counts.
     */
    static List<Quantity> bounding(List<Claim> latest, List<Quantity> values) {
        if (latest.stream().allMatch(Claim::partisan) || latest.stream().noneMatch(Claim::partisan)) {
            return values;
        }
        List<Quantity> out = new ArrayList<>();
        for (int i = 0; i < latest.size(); i++) {
            if (!latest.get(i).partisan()) {
                out.add(values.get(i));
            }
        }
        return out;
    }

    /**
     * A party's claims of its enemy's losses that are the only count of their group ("وزعمت الحركة أنها قتلت 45
     * جندياً" beside a ministry's toll of 21) make no figure of their own where other sources count the kind: a boast
     * is no evidence that so many died. They stay the event's claims, noted in the kind's figure of all (else its
     * first).
     */
    static void withoutBoastFigures(Map<Kind, Map<Group, List<Claim>>> byFigure, Map<String, List<Note>> notes) {
        byFigure.forEach((kind, groups) -> {
            if (groups.values().stream().flatMap(List::stream).allMatch(Claim::partisan)) {
                return;
            }
            List<Claim> dropped = new ArrayList<>();
            groups.values().removeIf(claims -> claims.stream().allMatch(Claim::partisan) && dropped.addAll(claims));
            Group target = groups.containsKey(Group.ALL) ? Group.ALL : groups.keySet().iterator().next();
            for (Claim c : dropped) {
                notes.computeIfAbsent(FigureKey.of(kind, target), k -> new ArrayList<>()).add(new Note(
                        PARTISAN_CLAIM, Describe.said(c) + " of " + c.group().code() + ": a party's"
                        + " claim of its enemy's losses that no other source counts; no figure of its own."));
            }
        });
    }

    List<Claim> latest() {
        return latest;
    }

    List<Quantity> values() {
        return values;
    }

    List<Note> notes() {
        return notes;
    }
}
