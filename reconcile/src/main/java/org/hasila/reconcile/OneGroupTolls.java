package org.hasila.reconcile;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Group;
import org.hasila.core.claim.Kind;
import org.hasila.core.claim.Qualifier;
import org.hasila.core.claim.Quantity;
import org.hasila.core.event.Note;

/**
 * "9 مدنيين قُتلوا" in one report, "ارتفعت الحصيلة إلى 22 قتيلاً" in another: where the only group a toll of the dead or
 * the wounded names beside a bare toll (all) is one (a party's claims of its enemy's losses aside), no source breaks a
 * toll of that kind down into two groups or more (a part of one group, "بينهم 5 أطفال", is some of it), and each
 * of the group's claims is at least a third of the smallest bare toll (as a first count may be of a later one), the
 * two count the same people, and the group's claims are counted in the figure of all (note {@code group-folded}) as
 * bounds: at least so many. A source's breakdown ("22 قتيلاً، هم 9 مدنيين و13 جندياً") keeps them apart, as do two groups
 * or more beside the toll, a group a party claims losses of (its claims keep their figure), and a group's count far
 * below every toll (2 civilians beside 30 dead: some of them).
 */
final class OneGroupTolls {

    static final String GROUP_FOLDED = "group-folded";
    /** Tolls of people whose first counts grow into later ones; displacement is counted in families or people. */
    private static final Set<Kind> TOLLS = EnumSet.of(Kind.KILLED, Kind.INJURED);
    /** How many times a group's count may be smaller than the smallest bare toll and still be a count of it. */
    private static final int SAME_COUNT_RATIO = 3;

    private final Map<Kind, Group> folded;

    /** @param counted the event's claims of the incident */
    OneGroupTolls(List<Claim> counted) {
        Map<String, Claim> byId = counted.stream().collect(Collectors.toMap(Claim::id, Function.identity(), (a, b) -> a));
        Map<Kind, Set<Group>> groups = new EnumMap<>(Kind.class);
        Map<Kind, Set<Group>> claimedByAParty = new EnumMap<>(Kind.class);
        Map<String, Set<Group>> partsOf = new HashMap<>();
        Set<Kind> brokenDown = EnumSet.noneOf(Kind.class);
        for (Claim c : counted) {
            // a party's claim of its enemy's losses is no count of the toll's groups, its group keeps its figure; nor
            // is a part ("بعد وفاة أحد المصابين" of a toll of inmates)
            Claim total = c.partOf() == null ? null : byId.get(c.partOf());
            if (c.partisan() || total == null) {
                (c.partisan() ? claimedByAParty : groups).computeIfAbsent(c.kind(), k -> EnumSet.noneOf(Group.class))
                        .add(c.group());
            }
            // a breakdown names two groups or more in one total ("هم 3 من الشرطة و4 سجناء"); "بينهم 5 أطفال" is some of it
            if (total != null && total.group() != c.group()
                    && partsOf.computeIfAbsent(total.id(), t -> EnumSet.noneOf(Group.class)).add(c.group())
                    && partsOf.get(total.id()).size() > 1) {
                brokenDown.add(c.kind());
            }
        }
        this.folded = new EnumMap<>(Kind.class);
        groups.forEach((kind, present) -> {
            if (TOLLS.contains(kind) && present.size() == 2 && present.contains(Group.ALL)
                    && !present.contains(Group.UNKNOWN) && !brokenDown.contains(kind)) {
                present.stream().filter(g -> g != Group.ALL).findFirst()
                        .filter(g -> !claimedByAParty.getOrDefault(kind, Set.of()).contains(g))
                        .filter(g -> sameCount(counted, byId, kind, g)).ifPresent(g -> folded.put(kind, g));
            }
        });
    }

    /**
     * Whether each of the group's counts is at least a third of the smallest bare toll; a part of a toll given with
     * it ("بين القتلى 7 أطفال") is some of it whatever its size, and is no count of the group.
     */
    private static boolean sameCount(List<Claim> counted, Map<String, Claim> byId, Kind kind, Group group) {
        long smallestToll = counted.stream().filter(c -> c.kind() == kind && c.group() == Group.ALL && c.partOf() == null)
                .mapToLong(c -> c.value().low()).min().orElse(0);
        return counted.stream().filter(c -> c.kind() == kind && c.group() == group)
                .filter(c -> c.partOf() == null || !byId.containsKey(c.partOf()))
                .allMatch(c -> c.value().low() * SAME_COUNT_RATIO >= smallestToll);
    }

    /** The group of the figure that counts {@code claim}. */
    Group figureGroup(Claim claim) {
        return folded(claim) ? Group.ALL : claim.group();
    }

    private boolean folded(Claim claim) {
        return folded.get(claim.kind()) == claim.group();
    }

    /**
     * Each source's current value, a group's count in the figure of all as what it is there, a bound: at least that
     * many ("9 civilians" says 9 or more were killed).
     *
     * @param latest each source's latest claim, in the order of {@code values}
     */
    List<Quantity> bounds(List<Claim> latest, List<Quantity> values) {
        List<Quantity> bounds = new ArrayList<>();
        for (int i = 0; i < latest.size(); i++) {
            Quantity q = values.get(i);
            bounds.add(folded(latest.get(i)) ? new Quantity(q.low(), null, Qualifier.AT_LEAST, q.text()) : q);
        }
        return bounds;
    }

    /** The sources' latest claims the best is taken from: the bare tolls, where a group's counts stand beside them. */
    Standing tolls(List<Claim> latest, List<Quantity> values) {
        Standing standing = new Standing(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < latest.size(); i++) {
            if (!folded(latest.get(i))) {
                standing.latest().add(latest.get(i));
                standing.values().add(values.get(i));
            }
        }
        return standing.latest().isEmpty() ? new Standing(latest, values) : standing;
    }

    /** Each source's latest claim and its value, in one order. */
    record Standing(List<Claim> latest, List<Quantity> values) {
    }

    /** The note of a figure of all that counts a group's claims too, if {@code kind}'s figure of all does. */
    List<Note> notes(Kind kind, Group group, List<Claim> claims) {
        Group inner = folded.get(kind);
        List<Note> notes = new ArrayList<>();
        if (inner != null && group == Group.ALL) {
            List<String> said = claims.stream().filter(c -> c.group() == inner).map(Describe::said).sorted().toList();
            notes.add(new Note(GROUP_FOLDED, "Some sources count " + kind.code() + " " + inner.code() + " ("
                    + String.join("; ", said) + ") and no source breaks the toll down by group: in this figure of "
                    + "all, each is a bound (at least so many), and the best is taken from the tolls."));
        }
        return notes;
    }
}
