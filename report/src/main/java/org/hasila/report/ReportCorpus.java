package org.hasila.report;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hasila.core.claim.Claim;
import org.hasila.core.document.Document;
import org.hasila.core.entity.Mention;

/**
 * The documents, claims and mentions a report covers, read as streams so that a report of any size is written
 * without holding them: each method hands items one at a time, in the order the report publishes them. A store
 * answers with cursors; {@link #of} wraps lists already in memory (tests, small callers).
 */
public interface ReportCorpus {

    /** Claims within a document: by evidence offset, then id (the order of report.json). */
    Comparator<Claim> CLAIMS_IN_DOCUMENT = Comparator
            .comparingInt((Claim c) -> c.evidence() == null ? -1 : c.evidence().start())
            .thenComparing(Claim::id, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

    /** Mentions within a document: by start, then end. */
    Comparator<Mention> MENTIONS_IN_DOCUMENT = Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end);

    int documentCount();

    int claimCount();

    /** Every document, each with its text, in the order the report lists them (the store's: by id). */
    void documents(Consumer<Document> each);

    /** Every document as {@link #documents} hands it but with an empty text, for what needs only the metadata. */
    default void documentsWithoutText(Consumer<Document> each) {
        documents(d -> each.accept(d.withText("")));
    }

    /** Every claim, ordered by document, then evidence offset, then id. */
    void claims(Consumer<Claim> each);

    /**
     * The mentions of the given entities in one pass: an entity at a time in the order given, each entity's
     * mentions by document, then start, then end; mentions of other entities are left out.
     */
    void mentions(List<String> entities, Consumer<Mention> each);

    /**
     * Every mention, grouped by document in the order of {@link #documents}, in any order within a document: the
     * order in which checking them against their texts needs each text once.
     */
    void mentions(Consumer<Mention> each);

    /** The claims with these ids, in the order given; unknown ids are left out. */
    List<Claim> claims(List<String> ids);

    /** One document with its text, or {@code null} when the corpus does not hold it. */
    Document document(String id);

    /** Those of these documents that the corpus holds, with their texts, by id, in one request where a store can. */
    default Map<String, Document> documents(Collection<String> ids) {
        Map<String, Document> documents = new HashMap<>();
        for (String id : ids) {
            Document document = document(id);
            if (document != null) {
                documents.put(id, document);
            }
        }
        return documents;
    }

    /** The texts of those of these documents that the corpus holds, by id, in one request where a store can. */
    default Map<String, String> texts(Collection<String> ids) {
        Map<String, String> texts = new HashMap<>();
        for (String id : ids) {
            String text = text(id);
            if (text != null) {
                texts.put(id, text);
            }
        }
        return texts;
    }

    /** One document's text, or {@code null} when the corpus does not hold it; a store reads no more than the text. */
    default String text(String id) {
        Document document = document(id);
        return document == null ? null : document.text();
    }

    /** A corpus over lists in memory: documents published in the order given, claims sorted as {@link #claims} says. */
    static ReportCorpus of(List<Document> documents, List<Mention> mentions, List<Claim> claims) {
        return new ListCorpus(documents, mentions, claims);
    }
}
