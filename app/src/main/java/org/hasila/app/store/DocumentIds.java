package org.hasila.app.store;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.LongStream;
import org.hasila.core.id.HexIdKeys;

/**
 * A set of document ids read from the store once (a run's processed documents, the documents extracted by this
 * extractor), so that what asks about every row or file asks the set instead of the database. A cursor over the
 * claims or mentions of a run reads its table in index order and keeps the rows of the run's documents, instead of
 * asking H2, row after row, whether the row's document is one of the run's (a correlated subquery that cost about
 * 12 µs a row, ten times the row's own reading). Held as sorted longs ({@link HexIdKeys#DOCUMENTS}: 8 bytes a
 * document); ids of any other form in a set of their own.
 */
public final class DocumentIds {

    private final long[] keys;
    private final Set<String> others;

    private DocumentIds(long[] keys, Set<String> others) {
        this.keys = keys;
        this.others = others;
    }

    /** Collects ids as they are read, each once or more, in any order. */
    static final class Builder {

        private final LongStream.Builder keys = LongStream.builder();
        private final Set<String> others = new HashSet<>();

        Builder add(String id) {
            long key = HexIdKeys.DOCUMENTS.of(id);
            if (key == HexIdKeys.NONE) {
                others.add(id);
            } else {
                keys.add(key);
            }
            return this;
        }

        DocumentIds build() {
            return new DocumentIds(keys.build().sorted().distinct().toArray(), Set.copyOf(others));
        }
    }

    /** True when the document is one of the set's. */
    public boolean contains(String documentId) {
        long key = HexIdKeys.DOCUMENTS.of(documentId);
        return key == HexIdKeys.NONE ? documentId != null && others.contains(documentId)
                : Arrays.binarySearch(keys, key) >= 0;
    }

    /** How many documents the set holds. */
    public int size() {
        return keys.length + others.size();
    }
}
