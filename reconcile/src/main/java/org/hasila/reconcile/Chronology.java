package org.hasila.reconcile;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hasila.core.claim.Claim;
import org.hasila.core.document.IsoDates;

/**
 * Which of two claims was made later: by its date (the date it states, else its document's publication
 * date), then its document's publication, then, in one document, the time of its live page's entry, then its place
 * in the text.
 */
final class Chronology {

    private Chronology() {
    }

    /** @param publishedOf each document's publication date or date-time, where known */
    static Comparator<Claim> order(Map<String, String> publishedOf) {
        Map<String, Optional<LocalDate>> dates = new HashMap<>();
        return Comparator
                .comparing((Claim c) -> dates.computeIfAbsent(c.id(),
                                id -> Optional.ofNullable(effectiveDate(publishedOf, c))).orElse(null),
                        Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(c -> publishedOf.get(c.document()), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Claim::document)
                // a live page's entries by their times, whichever way the page runs
                .thenComparing(Claim::asOfTime, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingInt(c -> c.evidence().start())
                .thenComparing(Claim::id);
    }

    /**
     * The latest day a claim can count for: the date it states, else (no date of its own: "وكانت الوزارة قد أعلنت")
     * the day before its document's publication, or {@code null}.
     */
    static LocalDate latestDay(Map<String, String> publishedOf, Claim claim) {
        LocalDate own = IsoDates.dateOf(claim.asOf());
        LocalDate published = IsoDates.dateOf(publishedOf.get(claim.document()));
        return own != null ? own : published == null ? null : published.minusDays(1);
    }

    /**
     * The day a count was made: {@link #latestDay}, except that a count dated by the incident's first day ("قتل 15
     * شخصاً فجر الخميس"، "in Tuesday's attack", in a report of a later day) names the day of the attack, not of the
     * count, which is its report's publication.
     */
    static LocalDate countDay(Map<String, String> publishedOf, Claim claim, LocalDate firstDay) {
        LocalDate own = IsoDates.dateOf(claim.asOf());
        LocalDate published = IsoDates.dateOf(publishedOf.get(claim.document()));
        if (own != null && own.equals(firstDay) && published != null && published.isAfter(own)) {
            return published;
        }
        return latestDay(publishedOf, claim);
    }

    /** The day a claim counts for: the date it states, else its document's publication date, or {@code null}. */
    static LocalDate effectiveDate(Map<String, String> publishedOf, Claim claim) {
        LocalDate own = IsoDates.dateOf(claim.asOf());
        return own != null ? own : IsoDates.dateOf(publishedOf.get(claim.document()));
    }
}
