package org.hasila.extract.claim;

import org.hasila.core.claim.Kind;

/**
 * A cue for what a figure counts; a weak one counts only with custody in its clause. A cue of kind
 * {@code none} ({@code kind} null) says the figure counts nothing of the vocabulary (released, missing).
 */
record KindCue(Kind kind, boolean weak) {

    static final String NONE = "none";

    static KindCue parse(String[] row) {
        Kind kind = row[1].equals(NONE) ? null : Kind.fromCode(row[1]);
        return new KindCue(kind, row.length > 2 && row[2].equalsIgnoreCase("weak"));
    }
}
