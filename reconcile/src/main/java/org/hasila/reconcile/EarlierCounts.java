package org.hasila.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Kind;
import org.hasila.core.claim.Qualifier;
import org.hasila.core.claim.Quantity;
import org.hasila.core.event.Note;

/**
 * Which sources' current figures stand for the best estimate. A toll of the dead, the wounded, the escaped, the
 * re-arrested or the displaced only grows as the days pass: a source's lower figure that another source's figure,
 * dated later in another report, raises is an earlier count of the same toll, not a competing one (a police toll of 8
 * on the first day and a ministry's 14 on the third; a count a later report dates by the attack's day, "قُتل 15 شخصاً
 * فجر الخميس", may have been made as late as that report's day, and raises what was counted before it). It still bounds the range; the best is taken from the counts that no later count
 * raised. A later figure more than {@value #MAX_GROWTH} times the earlier one (and more than {@value #MIN_RISE}
 * above it) is no update of it: it more likely counts something wider, and raises nothing alone; two such from
 * different reports that agree with each other do. A count its report calls preliminary ("في حصيلة أولية") is raised
 * by any larger one of that day or later.
 */
final class EarlierCounts {

    static final String EARLIER_COUNT = "earlier-count";

    /** Kinds whose toll only grows with time; the population held (detained) and the attackers do not. */
    private static final Set<Kind> GROWING = EnumSet.of(Kind.KILLED, Kind.INJURED, Kind.ESCAPED, Kind.RECAPTURED,
            Kind.SURRENDERED, Kind.DISPLACED);
    private static final int MAX_GROWTH = 3;
    private static final int MIN_RISE = 10;

    private final List<Quantity> standing = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();

    /**
     * @param latest each source's latest claim, in the order of {@code values}
     * @param values what each source states now
     * @param dateOf the day a claim counts for (its date, else its document's publication), or {@code null}
     * @param latestCount the latest day a claim's count may have been made: {@code dateOf}, or its report's day when
     *                    it is dated by the attack (a count raises those dated before this day)
     */
    EarlierCounts(Kind kind, List<Claim> latest, List<Quantity> values, Function<Claim, LocalDate> dateOf,
                  Function<Claim, LocalDate> latestCount) {
        for (int i = 0; i < values.size(); i++) {
            Claim raisedBy = GROWING.contains(kind) ? raisedBy(i, latest, values, dateOf, latestCount) : null;
            if (raisedBy == null) {
                standing.add(values.get(i));
            } else {
                notes.add(new Note(EARLIER_COUNT, Describe.said(latest.get(i)) + ": an earlier count of the toll, which "
                        + Describe.said(raisedBy) + " later raised; it bounds the range, and the best is taken from"
                        + " the later counts."));
            }
        }
        if (standing.isEmpty()) {
            standing.addAll(values);
            notes.clear();
        }
    }

    /** The later claim of another source that raises figure {@code i}, or {@code null}. */
    private static Claim raisedBy(int i, List<Claim> latest, List<Quantity> values, Function<Claim, LocalDate> dateOf,
                                  Function<Claim, LocalDate> latestCount) {
        LocalDate day = dateOf.apply(latest.get(i));
        long stated = FigurePolicy.stated(values.get(i));
        // "عشرات الفارين" then 163: a vague count may have been as many as its word allows
        Quantity earlier = values.get(i);
        long reach = earlier.qualifier() == Qualifier.VAGUE && earlier.high() != null ? earlier.high() : stated;
        if (day == null) {
            return null;
        }
        // "6 قتلى و20 جريحاً في حصيلة أولية": a count its report calls preliminary is raised by any larger one of that
        // day or later, of any report
        boolean preliminary = Preliminary.said(latest.get(i));
        List<Integer> far = new ArrayList<>();
        for (int k = 0; k < values.size(); k++) {
            LocalDate later = latestCount.apply(latest.get(k));
            long raised = FigurePolicy.stated(values.get(k));
            boolean sameReport = latest.get(k).document().equals(latest.get(i).document());
            // one report's two dates are its incident's and its statement's, not a toll and its update; but what a
            // report relays as told before ("وكانت هيئة الأركان قد أعلنت مقتل تسعة", no date of its own) is earlier
            // than any figure it dates
            boolean laterDay = later != null && later.isAfter(day);
            boolean relayed = sameReport && latest.get(i).asOf() == null && latest.get(k).asOf() != null;
            // "Police had on Sunday put the death toll at 12" before the chairman's 23 of Monday: a report's count
            // dated by a day before another of its counts, each by its own statement's day; or, where the other is
            // dated by the attack's day and so counts as of the report ("At least 43 were killed late on Saturday,
            // the state government said on Monday"), dated by its own statement's day before the report's ("Earlier
            // on Sunday, the police had put the death toll at 18")
            boolean datedBefore = sameReport && latest.get(i).asOf() != null && latest.get(k).asOf() != null
                    && (dateOf.apply(latest.get(k)) != null && dateOf.apply(latest.get(k)).isAfter(day)
                    || later != null && later.isAfter(day) && day.equals(latestCount.apply(latest.get(i))));
            // a live page's later entry of the same day raises an earlier entry's count ("08:15 مقتل 10 مسلحين" then
            // "19:05 ... مقتل 36 إرهابيا")
            boolean laterEntry = sameReport && laterTime(latest.get(i), latest.get(k));
            boolean before = sameReport ? relayed || datedBefore || laterEntry : laterDay;
            if (preliminary && k != i && raised > stated && later != null && !later.isBefore(day)) {
                return latest.get(k);
            }
            // a report's own later toll raises what it relays as told before, however far: it says so itself; so
            // does a live page's later entry
            if (k != i && before && raised > stated
                    && (relayed || laterEntry || raised <= reach * MAX_GROWTH || raised <= reach + MIN_RISE)) {
                return latest.get(k);
            }
            // a count of the same report dated later is one of the counts that may corroborate another report's
            if (k != i && laterDay && raised > stated) {
                far.add(k);
            }
        }
        return corroborated(far, latest, values);
    }

    /** Whether {@code later} is of a later entry of the same day of one live page than {@code earlier}. */
    private static boolean laterTime(Claim earlier, Claim later) {
        return earlier.asOfTime() != null && later.asOfTime() != null && Objects.equals(earlier.asOf(),
                later.asOf()) && later.asOfTime().compareTo(earlier.asOfTime()) > 0;
    }

    /**
     * Of the later counts far above a figure, two or more from different reports that agree with each other within
     * the growth bound: the toll grew past what a single mis-scoped count could explain ("6 killed" in the first hour,
     * then 28 and 31 on the next days, though the 31 is in the report that relays the 6); the first of them, or null.
     */
    private static Claim corroborated(List<Integer> far, List<Claim> latest, List<Quantity> values) {
        for (int a = 0; a < far.size(); a++) {
            for (int b = a + 1; b < far.size(); b++) {
                Claim one = latest.get(far.get(a));
                Claim other = latest.get(far.get(b));
                long x = FigurePolicy.stated(values.get(far.get(a)));
                long y = FigurePolicy.stated(values.get(far.get(b)));
                long low = Math.min(x, y);
                long high = Math.max(x, y);
                if (!one.document().equals(other.document()) && (high <= low * MAX_GROWTH || high <= low + MIN_RISE)) {
                    return one;
                }
            }
        }
        return null;
    }

    /** The current figures that no later count raised (all of them when every one was raised). */
    List<Quantity> standing() {
        return standing;
    }

    List<Note> notes() {
        return notes;
    }
}
