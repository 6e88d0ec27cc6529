package org.hasila.reconcile;

import java.util.Comparator;
import java.util.List;
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Scope;
import org.hasila.core.document.IsoDates;
import org.hasila.core.event.TimelineEntry;

/** The dated statements of an event, ordered by date, document and position, each linked to its sentence. */
final class TimelineBuilder {

    private static final Comparator<Claim> ORDER = Comparator
            .comparing((Claim c) -> IsoDates.dateOf(c.asOf()))
            .thenComparing(Claim::asOf)
            .thenComparing(Claim::document)
            .thenComparingInt(c -> c.evidence().start())
            .thenComparing(Claim::id);

    private TimelineBuilder() {
    }

    static List<TimelineEntry> timeline(List<Claim> claims) {
        return claims.stream()
                .filter(c -> IsoDates.dateOf(c.asOf()) != null)
                .sorted(ORDER)
                .map(c -> new TimelineEntry(c.asOf(), text(c), c.document(), c.evidence().start(), c.evidence().end()))
                .toList();
    }

    private static String text(Claim c) {
        String statement = Describe.trim(Describe.statement(c));
        return c.scope() == Scope.WIDER ? statement + " (wider than this incident)"
                : c.scope() == Scope.EARLIER ? statement + " (an earlier incident)" : statement;
    }
}
