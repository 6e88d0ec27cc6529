package org.hasila.extract.source;

import java.util.ArrayList;
import java.util.List;
import org.hasila.core.entity.Entity;
import org.hasila.extract.entity.EntityMatcher;
import org.hasila.extract.entity.Gazetteer;

/**
 * Unnamed-source nouns and back-pointing nouns as a small gazetteer of their own, so that they are
 * found with the same proclitic, article and typo handling as names.
 */
final class SourceNouns {

    static final String UNNAMED = "unnamed";
    static final String ANAPHOR = "anaphor";

    private SourceNouns() {
    }

    static EntityMatcher matcher(SourceLexicon lexicon) {
        List<Entity> nouns = new ArrayList<>();
        for (String form : lexicon.unnamed) {
            nouns.add(new Entity(UNNAMED + ":" + nouns.size(), UNNAMED, form, "", List.of()));
        }
        for (String form : lexicon.anaphora) {
            nouns.add(new Entity(ANAPHOR + ":" + nouns.size(), ANAPHOR, form, "", List.of()));
        }
        return new EntityMatcher(new Gazetteer(nouns));
    }
}
