package org.hasila.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Group;
import org.hasila.core.event.Note;

/**
 * Compares a source's total with the sum of that same source's components of the same kind: the
 * claims marked as part of it, or else the group figures it gives in the same document or as of the
 * same date. Approximate figures keep their margin, so only a gap beyond it is reported.
 */
final class ComponentCheck {

    static final String COMPONENTS_EXCEED_TOTAL = "components-exceed-total";
    static final String TOTAL_EXCEEDS_COMPONENTS = "total-exceeds-components";

    private final Map<String, List<Note>> notesOfFigure = new TreeMap<>();

    /** @param chronological the event's incident claims, earliest first */
    ComponentCheck(List<Claim> chronological, SourceIdentity identity) {
        Map<String, List<Claim>> byPartOf = new TreeMap<>();
        Map<String, List<Claim>> bySourceAndKind = new TreeMap<>();
        for (Claim c : chronological) {
            if (c.partOf() != null) {
                byPartOf.computeIfAbsent(c.partOf(), t -> new ArrayList<>()).add(c);
            } else if (c.group() != Group.ALL) {
                bySourceAndKind.computeIfAbsent(identity.of(c) + "|" + c.kind(), k -> new ArrayList<>()).add(c);
            }
        }
        for (Claim total : chronological) {
            List<Claim> explicit = shares(byPartOf.get(total.id()));
            if (explicit != null) {
                check(total, explicit);
            } else if (total.group() == Group.ALL) {
                List<Claim> implicit = sameBreakdown(total,
                        bySourceAndKind.getOrDefault(identity.of(total) + "|" + total.kind(), List.of()));
                if (implicit.size() >= 2) {
                    check(total, implicit);
                }
            }
        }
    }

    /**
     * The parts of a total that share it out: where some parts name their group, a part that names none ("بعد العثور
     * على 4 جثث أخرى"، "بعد وفاة اثنين من الجرحى": who died since) may be any of them, and is no share of its own.
     */
    private static List<Claim> shares(List<Claim> parts) {
        if (parts == null || parts.stream().noneMatch(ComponentCheck::namesAGroup)) {
            return parts;
        }
        return parts.stream().filter(ComponentCheck::namesAGroup).toList();
    }

    /** Whether a part names whose share it is; one of all or of unknown people may be any group's. */
    static boolean namesAGroup(Claim part) {
        return part.group() != Group.ALL && part.group() != Group.UNKNOWN;
    }

    List<Note> notes(String figureKey) {
        return notesOfFigure.getOrDefault(figureKey, List.of());
    }

    /** The source's latest figure for each group but the total's, from the same document or the same date. */
    private static List<Claim> sameBreakdown(Claim total, List<Claim> sameSourceAndKind) {
        Map<Group, Claim> byGroup = new LinkedHashMap<>();
        for (Claim c : sameSourceAndKind) {
            if (c.document().equals(total.document()) || (c.asOf() != null && c.asOf().equals(total.asOf()))) {
                byGroup.put(c.group(), c);
            }
        }
        return List.copyOf(byGroup.values());
    }

    private void check(Claim total, List<Claim> components) {
        long sumLow = 0;
        Long sumHigh = 0L;
        for (Claim c : components) {
            Bounds b = Bounds.of(c.value());
            sumLow += b.low();
            sumHigh = sumHigh == null || b.high() == null ? null : sumHigh + b.high();
        }
        Bounds whole = Bounds.of(total.value());
        String parts = String.join(" + ", components.stream().map(c -> Describe.value(c.value()) + " "
                + c.group().code()).toList());
        String stated = Describe.source(total) + "'s total of " + Describe.value(total.value()) + " "
                + total.kind().code() + " (" + total.id() + ")";
        if (whole.high() != null && sumLow > whole.high()) {
            add(total, new Note(COMPONENTS_EXCEED_TOTAL, "The parts the same source gives, " + parts + " = "
                    + sumLow + ", exceed " + stated + "."));
        } else if (sumHigh != null && whole.low() > sumHigh) {
            add(total, new Note(TOTAL_EXCEEDS_COMPONENTS, stated + " is more than the sum of its own parts, "
                    + parts + " = " + sumHigh + "."));
        }
    }

    private void add(Claim total, Note note) {
        List<Note> notes = notesOfFigure.computeIfAbsent(FigureKey.of(total), k -> new ArrayList<>());
        if (notes.stream().noneMatch(n -> Objects.equals(n, note))) {
            notes.add(note);
        }
    }
}
