package org.hasila.extract;

import java.util.ArrayList;
import java.util.List;
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Scope;
import org.hasila.core.document.Document;
import org.hasila.core.entity.Mention;
import org.hasila.core.text.NormalizedText;
import org.hasila.extract.claim.ClaimFinder;
import org.hasila.extract.claim.LiveEntries;
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
        ClaimFinder.Found found = claims.findAll(document, text, matches);
        List<Claim> dated = LiveEntries.of(document.text()).date(found.claims(), document.published());
        return new Extraction(dated, mentions(document, text, matches, found));
    }

    private static List<Mention> mentions(Document document, NormalizedText text, List<EntityMatch> matches,
                                          ClaimFinder.Found found) {
        List<Mention> mentions = new ArrayList<>(matches.size());
        for (EntityMatch m : matches) {
            int start = text.originalStart(m.start());
            int end = text.originalEnd(m.end());
            Mention.Role role = found.heads().contains(m) ? Mention.Role.SECTION
                    : found.seats().contains(m) ? Mention.Role.SEAT
                    : found.incidental().contains(m) ? Mention.Role.INCIDENTAL : role(start, end, found.claims());
            mentions.add(new Mention(m.entity().id(), document.id(), start, end,
                    document.text().substring(start, end), role));
        }
        return mentions;
    }

    /**
     * How the claims' sentences name a place: in the sentence of a figure about the incident, only in sentences of
     * figures about an earlier incident or a wider count (incidental), or in none.
     */
    private static Mention.Role role(int start, int end, List<Claim> claims) {
        boolean other = false;
        for (Claim c : claims) {
            if (c.evidence().start() <= start && end <= c.evidence().end()) {
                if (c.scope() == Scope.INCIDENT) {
                    return Mention.Role.FIGURE;
                }
                other = true;
            }
        }
        return other ? Mention.Role.INCIDENTAL : Mention.Role.STORY;
    }
}
