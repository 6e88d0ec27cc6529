package org.hasila.app.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The near-duplicate pairs the reconcile step has found, and which documents it has compared: a pair of documents
 * both compared under the current comparison is stored (in both directions) exactly when they are near-duplicates,
 * so that a run compares only the documents not compared before ({@code HASILA_COMPARED}). Saving a document
 * again clears its mark ({@link DocumentStore#save}).
 */
@Repository
public class NearDuplicateStore {

    private static final String MARK = Upsert.into("HASILA_COMPARED", List.of("DOCUMENT_ID"), List.of("COMPARISON"));

    private final JdbcTemplate jdbc;

    public NearDuplicateStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records that these documents have been compared under {@code comparison} with every document compared before
     * and with each other, and that {@code links} (each document's near-duplicates, among any documents) are what
     * was found: their earlier pairs are replaced.
     */
    public void compared(List<String> documents, Map<String, List<String>> links, String comparison) {
        IdPages.forEach(documents, (page, marks) -> {
            jdbc.update("DELETE FROM HASILA_NEAR_DUPLICATE WHERE DOCUMENT_ID IN (" + marks + ")", page.toArray());
            jdbc.update("DELETE FROM HASILA_NEAR_DUPLICATE WHERE OTHER_ID IN (" + marks + ")", page.toArray());
        });
        List<Object[]> pairs = new ArrayList<>();
        links.forEach((document, others) -> others.forEach(other -> {
            pairs.add(new Object[] {document, other});
            pairs.add(new Object[] {other, document});
        }));
        // each pair is found once, by the later of its two documents, and none is left of these documents' old pairs
        jdbc.batchUpdate("INSERT INTO HASILA_NEAR_DUPLICATE (DOCUMENT_ID, OTHER_ID) VALUES (?, ?)", pairs);
        jdbc.batchUpdate(MARK, documents.stream().map(d -> new Object[] {d, comparison}).toList());
    }

    /** Every stored pair, once in each direction. */
    public void forEachPair(BiConsumer<String, String> each) {
        jdbc.query("SELECT DOCUMENT_ID, OTHER_ID FROM HASILA_NEAR_DUPLICATE", rs -> {
            each.accept(rs.getString(1), rs.getString(2));
        });
    }
}
