package org.hasila.reconcile;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Group;
import org.hasila.core.claim.Kind;
import org.hasila.core.event.Note;

/** Civilians picked out of a toll of all: some of it, no figure of their own (note {@value #PICKED_OUT}). */
final class PickedOutCivilians {

    static final String PICKED_OUT = "picked-out";

    private PickedOutCivilians() {
    }

    /**
     * Civilians picked out of a toll of all ("بين القتلى 3 أطفال وامرأة" of 11 dead, no part of another group told) make
     * no figure of their own beside it: they tell who some of the dead were (children, women), not how many civilians
     * died. A toll broken down into two groups or more ("بينهم 124 من المسلحين و7 مدنيين") keeps its figures, and so
     * do the soldiers or police among the dead ("بينهم شرطيان"), another party's losses. They stay the toll's parts,
     * noted in its figure.
     */
    static void withoutTheirFigures(Map<Kind, Map<Group, List<Claim>>> byFigure, List<Claim> counted,
                                    Map<String, List<Note>> notes) {
        Map<String, Claim> byId = new HashMap<>();
        Map<String, Set<Group>> partGroups = new HashMap<>();
        for (Claim c : counted) {
            byId.put(c.id(), c);
            if (c.partOf() != null) {
                partGroups.computeIfAbsent(c.partOf(), k -> EnumSet.noneOf(Group.class)).add(c.group());
            }
        }
        byFigure.forEach((kind, groups) -> {
            if (!groups.containsKey(Group.ALL)) {
                return;
            }
            List<Claim> picked = new ArrayList<>();
            groups.entrySet().removeIf(e -> e.getKey() == Group.CIVILIANS
                    && e.getValue().stream().allMatch(c -> pickedOut(c, byId, partGroups)) && picked.addAll(e.getValue()));
            for (Claim c : picked) {
                notes.computeIfAbsent(FigureKey.of(kind, Group.ALL), k -> new ArrayList<>()).add(new Note(PICKED_OUT,
                        Describe.said(c) + " of " + c.group().code() + ": some of a toll picked out, no figure of"
                        + " their own."));
            }
        });
    }

    /** Whether a claim is a part of a toll of all whose parts all count its one group. */
    private static boolean pickedOut(Claim c, Map<String, Claim> byId, Map<String, Set<Group>> partGroups) {
        Claim total = c.partOf() == null ? null : byId.get(c.partOf());
        return total != null && total.group() == Group.ALL && partGroups.get(total.id()).size() == 1;
    }
}
