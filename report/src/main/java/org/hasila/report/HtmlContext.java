package org.hasila.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hasila.core.claim.Attribution;
import org.hasila.core.claim.Claim;
import org.hasila.core.document.Document;
import org.hasila.core.entity.Entity;

/** What the sections of report.html look up across the input: claims, entities and documents by id, and sources. */
final class HtmlContext {

    /** Enough for the claims of the largest events, a bound on memory whatever the corpus. */
    static final int CLAIM_CACHE = 4096;

    private final ReportCorpus corpus;
    private final Map<String, Entity> entities = new HashMap<>();
    private final DocumentCache documents;
    private final Map<String, Claim> recentClaims = new LinkedHashMap<>(2 * CLAIM_CACHE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Claim> eldest) {
            return size() > CLAIM_CACHE;
        }
    };

    HtmlContext(ReportInput input) {
        this.corpus = input.corpus();
        input.entities().forEach(e -> entities.put(e.id(), e));
        this.documents = new DocumentCache(corpus);
    }

    /** A place as a reader knows it: its name, then its id ("مقديشو (loc:mogadishu)"); the id alone when unknown. */
    String placeLabel(String id) {
        Entity place = id == null ? null : entities.get(id);
        if (place == null) {
            return id;
        }
        String name = place.nameAr() != null && !place.nameAr().isBlank() ? place.nameAr() : place.name();
        return name == null || name.isBlank() ? id : name + " (" + id + ")";
    }

    /** The known claims among {@code ids}, in the order given; read from the corpus once, then from a cache. */
    List<Claim> claims(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        prefetch(ids);
        Map<String, Claim> found = new HashMap<>();
        List<String> evicted = new ArrayList<>();
        for (String id : ids) {
            Claim claim = recentClaims.get(id);
            if (claim != null) {
                found.put(id, claim);
            } else if (id != null) {
                evicted.add(id);
            }
        }
        // more ids than the cache holds (an event of over CLAIM_CACHE claims): the rest straight from the corpus
        if (!evicted.isEmpty()) {
            corpus.claims(evicted).forEach(c -> found.put(c.id(), c));
        }
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** Reads the claims among {@code ids} not yet cached in one request (an event's, before its sections ask). */
    void prefetch(Collection<String> ids) {
        List<String> missing = ids.stream().filter(id -> id != null && !recentClaims.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            corpus.claims(missing).forEach(c -> recentClaims.put(c.id(), c));
        }
    }

    /** Reads these documents in one request, ahead of their texts and labels being asked for. */
    void prefetchDocuments(Collection<String> ids) {
        documents.prefetch(ids);
    }

    /** The text of a document, or {@code null} when the report does not carry it. */
    String text(String documentId) {
        Document d = documents.get(documentId);
        return d == null ? null : d.text();
    }

    /** How a reader recognises a document: its title, else its file, else its id. */
    String documentLabel(String documentId) {
        Document d = documents.get(documentId);
        if (d == null) {
            return documentId;
        }
        return d.title() != null ? d.title() : d.file() != null ? d.file() : d.id();
    }

    /**
     * Identifies who stated a claim: the entity when resolved, else the naming words, else the outlet of the
     * document (the outlet speaking in its own voice is a different source in each document).
     */
    static String sourceKey(Claim c) {
        Attribution source = c.source();
        if (source != null && source.entity() != null) {
            return "entity:" + source.entity();
        }
        if (source != null && source.text() != null) {
            return "text:" + source.text().strip();
        }
        return "outlet:" + c.document();
    }

    /** The source's name for people: the entity's Arabic name, else its name, else the words, else the outlet. */
    String sourceName(Claim c) {
        Attribution source = c.source();
        if (source != null && source.entity() != null) {
            Entity entity = entities.get(source.entity());
            if (entity != null && (entity.nameAr() != null || entity.name() != null)) {
                return entity.nameAr() != null ? entity.nameAr() : entity.name();
            }
        }
        if (source != null && source.text() != null) {
            return source.text().strip();
        }
        if (source != null && source.entity() != null) {
            return source.entity();
        }
        Document d = documents.get(c.document());
        String outlet = d == null ? c.document() : d.author() != null ? d.author() : d.file();
        // First-strong isolate: a Latin file name keeps its own order inside the Arabic phrase.
        return "الوسيلة الناشرة (\u2068" + outlet + "\u2069)";
    }
}
