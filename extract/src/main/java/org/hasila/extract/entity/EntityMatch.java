package org.hasila.extract.entity;

import org.hasila.core.entity.Entity;
import org.hasila.core.text.NormalizedText;

/** A gazetteer entity named in folded text, at [start, end) in folded offsets. */
public record EntityMatch(int start, int end, Entity entity) {

    /** Where the match lies in the original text: start offset. */
    public int originalStart(NormalizedText text) {
        return text.originalStart(start);
    }

    /** Where the match lies in the original text: exclusive end offset. */
    public int originalEnd(NormalizedText text) {
        return text.originalEnd(end);
    }

    /** The words of the original text that name the entity. */
    public String originalText(NormalizedText text) {
        return text.original().substring(originalStart(text), originalEnd(text));
    }
}
