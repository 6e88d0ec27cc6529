package org.hasila.reconcile;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One thing to place in an event: a claim, or a document that reports on a place. It names the claim rather than
 * holding it, so that a whole corpus's items fit in memory while only one event's claims are read at a time.
 *
 * @param key      the place id, or {@code doc:<id>} when nothing names a place
 * @param date     when it happened or was reported, or {@code null}
 * @param document the document it comes from
 * @param claim    the claim's id, or {@code null} for a document
 * @param position where the claim's evidence starts in its document; -1 for a document
 */
record Item(String key, LocalDate date, String document, String claim, int position) {

    /** By date (undated last), document, then position in the document: independent of input order. */
    static final Comparator<Item> ORDER = Comparator
            .comparing(Item::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Item::document)
            .thenComparingInt(Item::position)
            .thenComparing(i -> i.claim() == null ? "" : i.claim());

    static Item ofDocument(String key, LocalDate date, String document) {
        return new Item(key, date, document, null, -1);
    }
}
