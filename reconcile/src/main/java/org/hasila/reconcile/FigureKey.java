package org.hasila.reconcile;

import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Group;
import org.hasila.core.claim.Kind;

/** The "kind/group" key under which a claim is counted. */
final class FigureKey {

    private FigureKey() {
    }

    static String of(Claim c) {
        return of(c.kind(), c.group());
    }

    static String of(Kind kind, Group group) {
        return kind.code() + "/" + group.code();
    }
}
