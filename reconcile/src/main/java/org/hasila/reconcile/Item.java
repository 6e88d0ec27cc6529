package org.hasila.reconcile;

import java.time.LocalDate;
import java.util.Comparator;
import org.hasila.core.claim.Claim;

/**
 * One thing to place in an event: a claim, or a document that reports on a place.
 *
 * @param key      the place id, or {@code doc:<id>} when nothing names a place
 * @param date     when it happened or was reported, or {@code null}
 * @param document the document it comes from
 * @param claim    the claim, or {@code null} for a document
 */
record Item(String key, LocalDate date, String document, Claim claim) {

    /** By date (undated last), document, then position in the document: independent of input order. */
    static final Comparator<Item> ORDER = Comparator
            .comparing(Item::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Item::document)
            .thenComparingInt(Item::position)
            .thenComparing(i -> i.claim() == null ? "" : i.claim().id());

    int position() {
        return claim == null ? -1 : claim.evidence().start();
    }
}
