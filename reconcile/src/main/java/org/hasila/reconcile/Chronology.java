package org.hasila.reconcile;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Optional;
import java.util.Map;
import org.hasila.core.claim.Claim;
import org.hasila.core.document.Document;

/**
 * Which of two claims was made later: by its date (the date it states, else its document's publication
 * date), then its document's publication, then its place in the text.
 */
final class Chronology {

    private Chronology() {
    }

    static Comparator<Claim> order(Map<String, Document> documents) {
        Map<String, Optional<LocalDate>> dates = new HashMap<>();
        return Comparator
                .comparing((Claim c) -> dates.computeIfAbsent(c.id(),
                                id -> Optional.ofNullable(effectiveDate(documents, c))).orElse(null),
                        Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(c -> published(documents, c), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Claim::document)
                .thenComparingInt(c -> c.evidence().start())
                .thenComparing(Claim::id);
    }

    static LocalDate effectiveDate(Map<String, Document> documents, Claim claim) {
        LocalDate own = IsoDates.dateOf(claim.asOf());
        return own != null ? own : IsoDates.dateOf(published(documents, claim));
    }

    private static String published(Map<String, Document> documents, Claim claim) {
        Document d = documents.get(claim.document());
        return d == null ? null : d.published();
    }
}
