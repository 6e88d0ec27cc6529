package org.hasila.extract;

import java.util.ArrayList;
import java.util.List;
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Scope;
import org.hasila.core.document.Document;
import org.hasila.core.entity.Mention;
import org.hasila.core.text.NormalizedText;
import org.hasila.extract.claim.ClaimFinder;
import org.hasila.extract.entity.EntityMatch;
import org.hasila.extract.entity.EntityMatcher;
import org.hasila.extract.entity.Gazetteer;

/** Extracts claims and entity mentions from a document's text. */
public final class ClaimExtractor {

    private final Gazetteer gazetteer;
    private final EntityMatcher entities;
    private final ClaimFinder claims;

    public ClaimExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.entities = new EntityMatcher(gazetteer);
        this.claims = ClaimFinder.fromClasspath(entities);
    }

    public static ClaimExtractor fromClasspath() {
        return new ClaimExtractor(Gazetteer.fromClasspath());
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public Extraction extract(Document document) {
        NormalizedText text = ClaimFinder.fold(document.text());
        List<EntityMatch> matches = entities.find(text);
        List<Claim> found = claims.find(document, text, matches);
        return new Extraction(found, mentions(document, text, matches, found));
    }

    private static List<Mention> mentions(Document document, NormalizedText text, List<EntityMatch> matches,
                                          List<Claim> claims) {
        List<Mention> mentions = new ArrayList<>(matches.size());
        for (EntityMatch m : matches) {
            int start = text.originalStart(m.start());
            int end = text.originalEnd(m.end());
            mentions.add(new Mention(m.entity().id(), document.id(), start, end,
                    document.text().substring(start, end), recalled(start, end, claims)));
        }
        return mentions;
    }

    /**
     * Whether a mention lies in the sentence of a figure about an earlier incident or a wider count, and in no
     * sentence of a figure about the incident itself.
     */
    private static boolean recalled(int start, int end, List<Claim> claims) {
        boolean other = false;
        for (Claim c : claims) {
            if (c.evidence().start() <= start && end <= c.evidence().end()) {
                if (c.scope() == Scope.INCIDENT) {
                    return false;
                }
                other = true;
            }
        }
        return other;
    }
}
