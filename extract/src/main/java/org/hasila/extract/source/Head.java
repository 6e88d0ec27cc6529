package org.hasila.extract.source;

import org.hasila.core.entity.Entity;

/**
 * A word group that can name a speaker: a gazetteer entity, an unnamed-source noun (مصادر محلية)
 * or a noun pointing back (المصدر). Tokens [first, last] inclusive; folded chars [start, end).
 */
record Head(Kind kind, Entity entity, int first, int last, int start, int end) {

    enum Kind { ENTITY, UNNAMED, ANAPHOR }

    boolean isPerson() {
        return kind == Kind.ENTITY && "person".equals(entity.type());
    }
}
