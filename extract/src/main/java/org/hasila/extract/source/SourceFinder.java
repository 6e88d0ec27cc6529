package org.hasila.extract.source;

import java.util.Optional;
import org.hasila.core.claim.Attribution;
import org.hasila.core.text.NormalizedText;
import org.hasila.extract.entity.EntityMatcher;

/** Finds who states a figure. STUB: replaced by the attribution rules. */
public final class SourceFinder {

    private final EntityMatcher entities;

    public SourceFinder(EntityMatcher entities) {
        this.entities = entities;
    }

    /**
     * The source of the figure at folded [figureStart, figureEnd) inside the sentence at folded
     * [sentenceStart, sentenceEnd). {@code previous} is the attribution of the preceding sentence
     * (or {@code null}); it carries over when this sentence continues it ("وأضاف المصدر").
     * Empty when the outlet speaks in its own voice.
     */
    public Optional<Attribution> attribute(NormalizedText text, int sentenceStart, int sentenceEnd,
                                           int figureStart, int figureEnd, Attribution previous) {
        return Optional.empty();
    }
}
