package org.hasila.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hasila.core.claim.Attribution;
import org.hasila.core.claim.Claim;
import org.hasila.core.document.Document;
import org.hasila.core.entity.Entity;

/** What the sections of report.html look up across the input: claims, entities and documents by id, and sources. */
final class HtmlContext {

    private final ReportCorpus corpus;
    private final Map<String, Entity> entities = new HashMap<>();
    private final DocumentCache documents;

    HtmlContext(ReportInput input) {
        this.corpus = input.corpus();
        input.entities().forEach(e -> entities.put(e.id(), e));
        this.documents = new DocumentCache(corpus);
    }

    /** The known claims among {@code ids}, in the order given. */
    List<Claim> claims(List<String> ids) {
        return ids == null || ids.isEmpty() ? List.of() : corpus.claims(ids);
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
