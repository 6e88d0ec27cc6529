package org.hasila.reconcile;

import java.util.ArrayList;
import java.util.List;
import org.hasila.core.claim.Claim;
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
