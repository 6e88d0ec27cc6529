package org.hasila.extract.entity;

import java.util.List;
import org.hasila.core.text.NormalizedText;

/** Finds gazetteer entities in text. STUB: replaced by the alias and fuzzy matcher. */
public final class EntityMatcher {

    private final Gazetteer gazetteer;

    public EntityMatcher(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Every entity named in folded {@code text.text()}, in order, longest match first at a position. */
    public List<EntityMatch> find(NormalizedText text) {
        return List.of();
    }
}
