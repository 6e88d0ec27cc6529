package org.hasila.extract.source;

import java.util.List;

/**
 * Who a cue points at: a chain of heads describing one speaker ("المتحدث باسم قسد فرهاد شامي"),
 * or, when no head is known, the plain words of a name not in the gazetteer, at folded [start, end).
 * {@code stop} is the token where the speaker's words ended. {@code glued} is how its first word sheds the
 * preposition ل glued to it ("بحسب إحصائية للدفاع المدني": الدفاع المدني), or {@link Glued#NONE}.
 */
record Subject(List<Head> heads, int start, int end, int stop, Glued glued) {

    /** A preposition ل glued to a name's first word, and what the name is without it. */
    enum Glued {
        /** Nothing glued. */
        NONE,
        /** "لوزارة الصحة": the name starts after the ل. */
        LAM,
        /** "للدفاع المدني": ل before the article, whose alif it swallowed: the name is الدفاع المدني. */
        LAM_ARTICLE
    }

    Subject(List<Head> heads, int start, int end, int stop) {
        this(heads, start, end, stop, Glued.NONE);
    }

    boolean isEmpty() {
        return heads.isEmpty() && start >= end;
    }
}
