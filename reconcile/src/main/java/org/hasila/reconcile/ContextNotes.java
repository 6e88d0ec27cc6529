package org.hasila.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Group;
import org.hasila.core.claim.Kind;
import org.hasila.core.claim.Scope;
import org.hasila.core.event.Note;

/** Notes about how figures relate to figures outside them: wider scopes and groups nested in others. */
final class ContextNotes {

    static final String SCOPE_DIFFERS = "scope-differs";
    static final String NESTED_GROUPS = "nested-groups";

    /** Inner group to the groups that may contain it, from nested-groups.txt. */
    private static final Map<Group, List<Group>> OUTER_OF = loadNesting();

    private ContextNotes() {
    }

    /** One note per claim about something wider than the incident or earlier, on the figure it would have joined. */
    static Note scope(Claim other) {
        String what = other.scope() == Scope.EARLIER ? " in an earlier incident the report recalls"
                : " over something wider than this incident (an area, a period or several sites)";
        return new Note(SCOPE_DIFFERS, Describe.said(other) + " counting " + other.kind().code() + " "
                + other.group().code() + what + ": noted, not counted here.");
    }

    /** Notes for a figure whose group may already be counted within another figure of the same kind. */
    static List<Note> nested(Kind kind, Group inner, java.util.Set<Group> groupsOfKind) {
        List<Note> notes = new ArrayList<>();
        for (Group outer : OUTER_OF.getOrDefault(inner, List.of())) {
            if (groupsOfKind.contains(outer)) {
                notes.add(new Note(NESTED_GROUPS, kind.code() + " " + inner.code() + " may already be counted within "
                        + kind.code() + " " + outer.code() + ": the two figures are not to be added."));
            }
        }
        return notes;
    }

    private static Map<Group, List<Group>> loadNesting() {
        Map<Group, List<Group>> outer = new TreeMap<>();
        for (String line : ResourceLines.read("nested-groups.txt")) {
            String[] pair = line.split("\\s+");
            outer.computeIfAbsent(Group.fromCode(pair[0]), g -> new ArrayList<>()).add(Group.fromCode(pair[1]));
        }
        return outer;
    }
}
