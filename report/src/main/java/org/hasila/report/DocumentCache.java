package org.hasila.report;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hasila.core.document.Document;

/**
 * The documents the report looked up last, so that quotes checked or shown in document order (or a few documents
 * at a time, as an event's claims are) cost one read of each text, while the corpus itself is never held.
 */
final class DocumentCache {

    static final int CAPACITY = 256;

    private final ReportCorpus corpus;
    private final Map<String, Document> recent = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Document> eldest) {
            return size() > CAPACITY;
        }
    };

    DocumentCache(ReportCorpus corpus) {
        this.corpus = corpus;
    }

    /** Reads those of these documents not yet kept in one request, ahead of their lookups. */
    void prefetch(Collection<String> ids) {
        List<String> missing = ids.stream().filter(id -> id != null && !recent.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            recent.putAll(corpus.documents(missing));
        }
    }

    /** The document, or {@code null} when the corpus does not hold it. */
    Document get(String id) {
        if (id == null) {
            return null;
        }
        Document document = recent.get(id);
        if (document == null) {
            document = corpus.document(id);
            if (document != null) {
                recent.put(id, document);
            }
        }
        return document;
    }
}
