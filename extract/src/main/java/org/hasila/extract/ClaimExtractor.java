package org.hasila.extract;

import java.util.List;
import org.hasila.core.document.Document;
import org.hasila.extract.entity.Gazetteer;

/** Extracts claims and entity mentions from a document's text. STUB: replaced by the claim grammar. */
public final class ClaimExtractor {

    private final Gazetteer gazetteer;

    public ClaimExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public static ClaimExtractor fromClasspath() {
        return new ClaimExtractor(Gazetteer.fromClasspath());
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public Extraction extract(Document document) {
        return new Extraction(List.of(), List.of());
    }
}
