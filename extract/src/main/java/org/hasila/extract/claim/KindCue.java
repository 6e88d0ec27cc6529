package org.hasila.extract.claim;

import org.hasila.core.claim.Kind;

/** A cue for what a figure counts; a weak one counts only with custody in its clause. */
record KindCue(Kind kind, boolean weak) {

    static KindCue parse(String[] row) {
        return new KindCue(Kind.fromCode(row[1]), row.length > 2 && row[2].equalsIgnoreCase("weak"));
    }
}
