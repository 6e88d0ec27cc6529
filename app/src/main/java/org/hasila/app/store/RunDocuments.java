package org.hasila.app.store;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.LongStream;
import org.hasila.core.id.HexIdKeys;

/**
 * The ids of one run's processed documents, read once, so that a cursor over the claims or mentions of the run can
 * read its table in index order and keep the rows of these documents, instead of asking the database, row after
 * row, whether the row's document is one of the run's (a correlated subquery that cost H2 about 12 µs a row, ten
 * times the row's own reading). Held as sorted longs ({@link HexIdKeys#DOCUMENTS}: 8 bytes a document); ids of any
 * other form in a set of their own.
 */
public final class RunDocuments {

    private final long jobInstanceId;
    private final long[] keys;
    private final Set<String> others;

    private RunDocuments(long jobInstanceId, long[] keys, Set<String> others) {
        this.jobInstanceId = jobInstanceId;
        this.keys = keys;
        this.others = others;
    }

    /** Collects the ids of a run's processed documents as they are read, each once or more, in any order. */
    static final class Builder {

        private final long jobInstanceId;
        private final LongStream.Builder keys = LongStream.builder();
        private final Set<String> others = new HashSet<>();

        Builder(long jobInstanceId) {
            this.jobInstanceId = jobInstanceId;
        }

        Builder add(String id) {
            long key = HexIdKeys.DOCUMENTS.of(id);
            if (key == HexIdKeys.NONE) {
                others.add(id);
            } else {
                keys.add(key);
            }
            return this;
        }

        RunDocuments build() {
            return new RunDocuments(jobInstanceId, keys.build().sorted().distinct().toArray(), Set.copyOf(others));
        }
    }

    public long jobInstanceId() {
        return jobInstanceId;
    }

    /** True when the document is one of the run's processed documents. */
    public boolean contains(String documentId) {
        long key = HexIdKeys.DOCUMENTS.of(documentId);
        return key == HexIdKeys.NONE ? documentId != null && others.contains(documentId)
                : Arrays.binarySearch(keys, key) >= 0;
    }

    /** How many documents the run processed. */
    public int size() {
        return keys.length + others.size();
    }
}
