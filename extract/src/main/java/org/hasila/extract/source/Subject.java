package org.hasila.extract.source;

import java.util.List;

/**
 * Who a cue points at: a chain of heads describing one speaker ("المتحدث باسم قسد فرهاد شامي"),
 * or, when no head is known, the plain words of a name not in the gazetteer, at folded [start, end).
 * {@code stop} is the token where the speaker's words ended.
 */
record Subject(List<Head> heads, int start, int end, int stop) {

    boolean isEmpty() {
        return heads.isEmpty() && start >= end;
    }
}
