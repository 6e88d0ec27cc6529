package org.hasila.reconcile;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import org.hasila.core.id.HexIdKeys;

/**
 * One thing to place in an event: a claim, or a document that reports on a place. It names the claim rather than
 * holding it, so that a whole corpus's items fit in memory while only one event's claims are read at a time; an id
 * of the extractor's form is held as a long ({@link HexIdKeys#CLAIMS}), any other as itself.
 *
 * @param key        the place id, or {@code doc:<id>} when nothing names a place
 * @param date       when it happened or was reported, or {@code null}
 * @param document   the document it comes from
 * @param claimKey   the claim's id as a long, or {@link HexIdKeys#NONE} for a document or an id of another form
 * @param otherClaim the claim's id when it is of another form, else {@code null}
 * @param position   where the claim's evidence starts in its document; -1 for a document
 * @param monthDay   when it is undated for want of a year: the month and day of its document's date line, which
 *                   places it in time beside the dated items of its place ({@link DateWindows}); else {@code null}
 */
record Item(String key, LocalDate date, String document, long claimKey, String otherClaim, int position,
            MonthDay monthDay) {

    /** By date (undated last), document, then position in the document: independent of input order. */
    static final Comparator<Item> ORDER = Comparator
            .comparing(Item::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Item::document)
            .thenComparingInt(Item::position)
            .thenComparing(i -> i.claim() == null ? "" : i.claim());

    static Item ofDocument(String key, LocalDate date, String document, MonthDay monthDay) {
        return new Item(key, date, document, HexIdKeys.NONE, null, -1, date == null ? monthDay : null);
    }

    static Item ofClaim(String key, LocalDate date, String document, String claim, int position) {
        return ofClaim(key, date, document, claim, position, null);
    }

    static Item ofClaim(String key, LocalDate date, String document, String claim, int position, MonthDay monthDay) {
        long claimKey = HexIdKeys.CLAIMS.of(claim);
        return new Item(key, date, document, claimKey, claimKey == HexIdKeys.NONE ? claim : null, position,
                date == null ? monthDay : null);
    }

    /** Whether this is a document rather than a claim. */
    boolean isDocument() {
        return position < 0;
    }

    /** The claim's id, or {@code null} for a document. */
    String claim() {
        return claimKey == HexIdKeys.NONE ? otherClaim : HexIdKeys.CLAIMS.id(claimKey);
    }
}
