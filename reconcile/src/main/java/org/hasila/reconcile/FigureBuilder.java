package org.hasila.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Group;
import org.hasila.core.claim.Kind;
import org.hasila.core.claim.Qualifier;
import org.hasila.core.claim.Quantity;
import org.hasila.core.claim.Scope;
import org.hasila.core.document.IsoDates;
import org.hasila.core.event.Figure;
import org.hasila.core.event.Note;

/** Builds an event's figures, one per kind and group, with the notes that explain them. */
final class FigureBuilder {

    static final String SOURCES_DISAGREE = "sources-disagree";

    private final FigurePolicy policy;
    private final Map<String, String> originalOf;

    /** @param originalOf each document that republishes another (a near-duplicate) mapped to the original */
    FigureBuilder(FigurePolicy policy, Map<String, String> originalOf) {
        this.policy = policy;
        this.originalOf = Map.copyOf(originalOf);
    }

    /** The document that {@code document} republishes, or {@code null}. */
    String originalOf(String document) {
        return originalOf.get(document);
    }

    /**
     * "3,500 fighters, among them about 700 boys": a part of a total of the same kind and group counts a subset
     * (boys among fighters), not the group, so it is no estimate of the group's figure.
     */
    private static boolean isSubsetOfItsOwnGroup(Claim c, List<Claim> claims) {
        return c.partOf() != null && claims.stream().anyMatch(t -> t.id().equals(c.partOf())
                && t.kind() == c.kind() && t.group() == c.group());
    }

    /**
     * The claims that estimate a figure: the parts of a total of another group ("14 قتيلاً، بينهم 5 أطفال":
     * children among people), and the dead among the wounded ("32 مصاباً ... توفي ثلاثة منهم لاحقاً": who died since,
     * not those killed on the spot), count only some of this figure, so where any source states its own they stand
     * aside; they stand alone where none does. Other parts of another kind count their kind whole: who were caught
     * again are of the escaped, who escaped of the held. A total broken down whole into groups ("6 قتلى، هم 5 جنود
     * ومدني") states each group's own figure in its parts, which stand beside the others' in either case.
     */
    private static List<Claim> standing(List<Claim> claims, List<Claim> all) {
        // a party's claim of its enemy's losses is no source's own figure: the parts the others count still stand
        // ("قتل 5 أشخاص، بينهم 3 جنود" beside "قالت حركة الشباب إن العملية أسفرت عن مقتل 25 جندياً")
        boolean ownFigure = claims.stream().anyMatch(c -> !c.partisan() && !isPartOfAnotherCount(c, all));
        return ownFigure ? claims.stream().filter(c -> !isPartOfAnotherCount(c, all) || isShareOfBreakdown(c, all))
                .toList() : claims;
    }

    private static boolean isPartOfAnotherCount(Claim c, List<Claim> claims) {
        return c.partOf() != null && claims.stream().anyMatch(t -> t.id().equals(c.partOf())
                && (t.group() != c.group() || t.kind() == Kind.INJURED && c.kind() == Kind.KILLED));
    }

    private static boolean isShareOfBreakdown(Claim c, List<Claim> claims) {
        return c.partOf() != null && claims.stream().anyMatch(t -> t.id().equals(c.partOf()) && isBrokenDown(t, claims));
    }

    /**
     * Whether a total is broken down whole into groups: exact parts of at least two named groups that add up to it
     * ("6 قتلى، هم 5 جنود ومدني"). Each part then counts its whole group, not some of it, and stands as that source's
     * figure of the group beside the others'. A part naming no group ("بعد وفاة أحد الجرحى": who died since) is no
     * share of the breakdown.
     */
    private static boolean isBrokenDown(Claim total, List<Claim> claims) {
        if (total.value().qualifier() != Qualifier.EXACT) {
            return false;
        }
        List<Claim> parts = claims.stream().filter(c -> total.id().equals(c.partOf()) && ComponentCheck.namesAGroup(c))
                .toList();
        return parts.stream().allMatch(c -> c.value().qualifier() == Qualifier.EXACT)
                && parts.stream().map(Claim::group).distinct().count() >= 2
                && parts.stream().mapToLong(c -> c.value().low()).sum() == total.value().low();
    }

    /**
     * @param chronological all the event's claims, earliest first
     * @param publishedOf   each document's publication date, where known
     */
    List<Figure> figures(List<Claim> chronological, Map<String, String> publishedOf) {
        SourceIdentity identity = new SourceIdentity(chronological, originalOf);
        List<Claim> counted = chronological.stream().filter(c -> c.scope() == Scope.INCIDENT).toList();
        ComponentCheck components = new ComponentCheck(counted, identity);
        List<Claim> estimating = counted.stream().filter(c -> !isSubsetOfItsOwnGroup(c, counted)).toList();
        OneGroupTolls tolls = new OneGroupTolls(estimating);
        Map<Kind, Map<Group, List<Claim>>> byFigure = new TreeMap<>();
        estimating.forEach(c -> byFigure.computeIfAbsent(c.kind(), k -> new TreeMap<>())
                        .computeIfAbsent(tolls.figureGroup(c), g -> new ArrayList<>()).add(c));
        // notes of claims that join no figure, by the figure they are noted in
        Map<String, List<Note>> asideNotes = scopeNotes(chronological, byFigure);
        PartisanClaims.withoutBoastFigures(byFigure, asideNotes);
        PickedOutCivilians.withoutTheirFigures(byFigure, counted, asideNotes);
        LocalDate firstDay = counted.stream().map(c -> IsoDates.dateOf(c.asOf())).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        List<Figure> figures = new ArrayList<>();
        byFigure.forEach((kind, groups) -> {
            Set<Group> present = EnumSet.copyOf(groups.keySet());
            groups.forEach((group, claims) -> {
                String key = FigureKey.of(kind, group);
                Supersession supersession = new Supersession(standing(claims, counted), identity);
                List<Quantity> values = tolls.bounds(supersession.latest(), supersession.values());
                boolean conflict = !Bounds.allAgree(values);
                List<Note> notes = new ArrayList<>(supersession.notes());
                notes.addAll(identity.copyNotes(key));
                if (conflict) {
                    notes.add(disagreement(kind, group, supersession.current()));
                }
                notes.addAll(components.notes(key));
                notes.addAll(asideNotes.getOrDefault(key, List.of()));
                notes.addAll(ContextNotes.nested(kind, group, present));
                notes.addAll(tolls.notes(kind, group, claims));
                // a party's claim of its enemy's losses bounds no range and gives no best where other sources count
                OneGroupTolls.Standing bare = tolls.tolls(supersession.latest(), values);
                PartisanClaims partisan = new PartisanClaims(bare.latest(), bare.values());
                EarlierCounts counts = new EarlierCounts(kind, partisan.latest(), partisan.values(),
                        c -> Chronology.latestDay(publishedOf, c), c -> Chronology.countDay(publishedOf, c, firstDay));
                if (conflict) {
                    notes.addAll(partisan.notes());
                    notes.addAll(counts.notes());
                }
                List<Quantity> bounding = PartisanClaims.bounding(supersession.latest(), values);
                Estimate estimate = policy.estimate(bounding, conflict ? counts.standing() : bounding, conflict);
                figures.add(new Figure(kind, group, estimate.low(), estimate.best(), estimate.high(), policy.name(),
                        sortedIds(claims), sortedIds(supersession.current()), conflict, List.copyOf(notes)));
            });
        });
        return figures;
    }

    private static Note disagreement(Kind kind, Group group, List<Claim> current) {
        return new Note(SOURCES_DISAGREE, "The sources' current figures for " + kind.code() + " " + group.code()
                + " cannot all be true: " + String.join("; ", current.stream()
                .sorted(Comparator.comparing(Claim::id)).map(Describe::said).toList()) + ".");
    }

    /**
     * A claim about something wider, or about an earlier incident the article recalls, goes to the figure it would
     * have joined, else the first of its kind.
     */
    private static Map<String, List<Note>> scopeNotes(List<Claim> claims, Map<Kind, Map<Group, List<Claim>>> byFigure) {
        Map<String, List<Note>> notes = new TreeMap<>();
        for (Claim c : claims) {
            Map<Group, List<Claim>> groups = byFigure.get(c.kind());
            if (c.scope() != Scope.INCIDENT && groups != null) {
                Group target = groups.containsKey(c.group()) ? c.group() : groups.keySet().iterator().next();
                notes.computeIfAbsent(FigureKey.of(c.kind(), target), k -> new ArrayList<>())
                        .add(ContextNotes.scope(c));
            }
        }
        return notes;
    }

    private static List<String> sortedIds(List<Claim> claims) {
        return claims.stream().map(Claim::id).sorted().toList();
    }
}
