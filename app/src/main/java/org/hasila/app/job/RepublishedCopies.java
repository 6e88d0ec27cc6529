package org.hasila.app.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hasila.app.store.DocumentIds;
import org.hasila.app.store.DocumentStore;
import org.hasila.app.store.NearDuplicateStore;
import org.hasila.ingest.Fingerprint;
import org.hasila.ingest.NearDuplicateIndex;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which of a run's documents nearly repeat another of the run (one wire story republished by several sites), each
 * mapped to the first of its copies by id, so that reconciliation counts them as one source.
 * <p>
 * The pairs found are kept ({@link NearDuplicateStore}), so a run compares only the documents not compared before:
 * those that were are filed in the index under their bands without a search of their own, then each new one is
 * added, found by the bands it shares with any of them, and compared in full with the candidates that pass the
 * index's bounds. A nightly run with 1% new documents searches for 1% of them; the first run searches for all, as
 * one index over the run used to. Every stored document takes part, not only the run's, so that a document compared
 * in one run has been compared with every document of any later run. The index keeps no fingerprint: those it
 * compares in full are read by id on a connection of their own ({@code beside}), beside the cursor that feeds it (a
 * second statement on the cursor's connection would have H2 read the rest of its result into memory first).
 */
final class RepublishedCopies {

    private final DocumentStore documents;
    private final NearDuplicateStore pairs;
    private final TransactionTemplate beside;

    /** @param beside a read-only transaction on a connection of its own */
    RepublishedCopies(DocumentStore documents, NearDuplicateStore pairs, TransactionTemplate beside) {
        this.documents = documents;
        this.pairs = pairs;
        this.beside = beside;
    }

    /** Each of the run's documents that has an earlier copy (by id) in the run, mapped to the first copy. */
    Map<String, String> originalOf(long jobInstanceId) {
        NearDuplicateIndex index = new NearDuplicateIndex(NearDuplicateIndex.DEFAULT_THRESHOLD,
                ids -> beside.execute(status -> decoded(documents.fingerprints(ids))));
        String comparison = index.comparison();
        pairs.forEachCompared(comparison, (id, fingerprint) -> index.file(id, Fingerprint.decode(fingerprint)));
        List<String> compared = new ArrayList<>();
        Map<String, List<String>> found = new HashMap<>();
        documents.forEachUncomparedFingerprint(index::holds, (id, fingerprint) -> {
            compared.add(id);
            List<String> links = index.add(id, Fingerprint.decode(fingerprint));
            if (!links.isEmpty()) {
                found.put(id, links);
            }
        });
        if (!compared.isEmpty()) {
            pairs.compared(compared, found, comparison);
        }
        // the run's processed documents: those that have fingerprints, and so pairs
        DocumentIds run = documents.processedOfRun(jobInstanceId);
        Copies copies = new Copies();
        pairs.forEachPair((document, other) -> {
            if (run.contains(document) && run.contains(other)) {
                copies.link(document, other);
            }
        });
        return copies.originalOf();
    }

    private static Map<String, Fingerprint> decoded(Map<String, String> encoded) {
        Map<String, Fingerprint> decoded = new HashMap<>();
        encoded.forEach((id, fingerprint) -> decoded.put(id, Fingerprint.decode(fingerprint)));
        return decoded;
    }

    /** Linked documents as sets (union-find), each named by its least id; only documents with a link are held. */
    private static final class Copies {

        private final Map<String, String> parent = new HashMap<>();

        void link(String a, String b) {
            String rootA = root(a);
            String rootB = root(b);
            if (rootA.compareTo(rootB) < 0) {
                parent.put(rootB, rootA);
            } else if (rootB.compareTo(rootA) < 0) {
                parent.put(rootA, rootB);
            }
        }

        private String root(String document) {
            String root = document;
            for (String up = parent.get(root); up != null; up = parent.get(root)) {
                root = up;
            }
            String at = document;
            while (!at.equals(root)) {
                String next = parent.put(at, root);
                at = next;
            }
            return root;
        }

        Map<String, String> originalOf() {
            Map<String, String> originalOf = new TreeMap<>();
            for (String document : List.copyOf(parent.keySet())) {
                String root = root(document);
                if (!root.equals(document)) {
                    originalOf.put(document, root);
                }
            }
            return originalOf;
        }
    }
}
