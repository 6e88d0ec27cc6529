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
        copyFingerprints(documents);
    }

    /**
     * The fingerprint of every document compared under {@code comparison}, by id, read from the marks, which keep a
     * copy: the documents' rows hold their texts too, and a nightly run reads every compared fingerprint (a scan of
     * the documents for them took about 2 s of a 20,000-article nightly run; of the marks, a tenth of that). Marks
     * of builds before, without a copy, get theirs here, once.
     */
    public void forEachCompared(String comparison, BiConsumer<String, String> each) {
        List<String> missing = new ArrayList<>();
        jdbc.query("SELECT DOCUMENT_ID, FINGERPRINT FROM HASILA_COMPARED WHERE COMPARISON = ? ORDER BY DOCUMENT_ID",
                rs -> {
                    String fingerprint = rs.getString(2);
                    if (fingerprint == null) {
                        missing.add(rs.getString(1));
                    } else {
                        each.accept(rs.getString(1), fingerprint);
                    }
                }, comparison);
        copyFingerprints(missing);
        IdPages.forEach(missing, (page, marks) -> jdbc.query("SELECT DOCUMENT_ID, FINGERPRINT FROM HASILA_COMPARED"
                + " WHERE DOCUMENT_ID IN (" + marks + ") AND FINGERPRINT IS NOT NULL ORDER BY DOCUMENT_ID", rs -> {
                    each.accept(rs.getString(1), rs.getString(2));
                }, page.toArray()));
    }

    /** Copies the documents' fingerprints into their marks, in the database. */
    private void copyFingerprints(List<String> documents) {
        IdPages.forEach(documents, (page, marks) -> jdbc.update("UPDATE HASILA_COMPARED C SET FINGERPRINT ="
                + " (SELECT D.FINGERPRINT FROM HASILA_DOCUMENT D WHERE D.ID = C.DOCUMENT_ID)"
                + " WHERE C.DOCUMENT_ID IN (" + marks + ")", page.toArray()));
    }

    /** Every stored pair, once in each direction. */
    public void forEachPair(BiConsumer<String, String> each) {
        jdbc.query("SELECT DOCUMENT_ID, OTHER_ID FROM HASILA_NEAR_DUPLICATE", rs -> {
            each.accept(rs.getString(1), rs.getString(2));
        });
    }
}
