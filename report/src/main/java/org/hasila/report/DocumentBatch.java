package org.hasila.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Items that arrive grouped by document, handed on {@link #DOCUMENTS} documents at a time once those documents (or
 * their texts) are read in one request: a stream of claims or mentions costs a query per batch, not one per
 * document, and holds no more than a batch.
 */
final class DocumentBatch<T> {

    /** Well under {@link DocumentCache#CAPACITY}, so a batch's documents are all still kept when its items are handed on. */
    static final int DOCUMENTS = 64;

    private final Consumer<Collection<String>> prefetch;
    private final Function<T, String> documentOf;
    private final Consumer<T> each;
    private final List<T> items = new ArrayList<>();
    private final Set<String> documents = new LinkedHashSet<>();

    /** {@code prefetch} reads a batch's documents into the cache that {@code each} will look them up in. */
    DocumentBatch(Consumer<Collection<String>> prefetch, Function<T, String> documentOf, Consumer<T> each) {
        this.prefetch = prefetch;
        this.documentOf = documentOf;
        this.each = each;
    }

    void add(T item) {
        String document = documentOf.apply(item);
        if (document != null && !documents.contains(document) && documents.size() == DOCUMENTS) {
            flush();
        }
        if (document != null) {
            documents.add(document);
        }
        items.add(item);
    }

    /** Hands on what is left; call once the stream has ended. */
    void flush() {
        prefetch.accept(documents);
        items.forEach(each);
        items.clear();
        documents.clear();
    }
}
