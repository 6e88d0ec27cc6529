package org.hasila.reconcile;

import org.hasila.core.claim.Attribution;
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Quantity;

/** Plain words for claims, used in notes and the timeline. */
final class Describe {

    private static final int QUOTE_LIMIT = 200;

    private Describe() {
    }

    /** Who said it: the words the text uses, else the entity id, else the outlet. */
    static String source(Claim claim) {
        Attribution a = claim.source();
        if (a == null) {
            return "the outlet of " + claim.document();
        }
        if (a.text() != null && !a.text().isBlank()) {
            return a.text().strip();
        }
        return a.entity() != null ? a.entity() : "an unnamed source";
    }

    /** The figure as written, else as numbers. */
    static String value(Quantity q) {
        if (q.text() != null && !q.text().isBlank()) {
            return q.text().strip();
        }
        if (q.high() == null) {
            return q.low() + "+";
        }
        return q.high() == q.low() ? Long.toString(q.low()) : q.low() + "-" + q.high();
    }

    /** For example "المرصد: نحو 120 killed (all)". */
    static String statement(Claim claim) {
        return source(claim) + ": " + value(claim.value()) + " " + claim.kind().code()
                + " (" + claim.group().code() + ")";
    }

    /** A claim within a sentence of a note: "المرصد said نحو 120 (c-1, 2022-01-23)". */
    static String said(Claim claim) {
        return source(claim) + " said " + figure(claim);
    }

    /** The figure and where to find it: "نحو 120 (c-1, 2022-01-23)". */
    static String figure(Claim claim) {
        String when = claim.asOf() != null ? ", " + claim.asOf() : "";
        return value(claim.value()) + " (" + claim.id() + when + ")";
    }

    static String trim(String quote) {
        String flat = quote.replaceAll("\\s+", " ").strip();
        return flat.length() <= QUOTE_LIMIT ? flat : flat.substring(0, QUOTE_LIMIT - 1) + "…";
    }
}
