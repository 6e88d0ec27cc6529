package org.hasila.app.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hasila.core.document.Document;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Documents by content id, and which files of which run held them. */
@Repository
public class DocumentStore {

    private static final String UPSERT_DOCUMENT = Upsert.into("HASILA_DOCUMENT", List.of("ID"),
            List.of("STATUS", "METADATA", "BODY", "FINGERPRINT"));
    private static final String UPSERT_RUN_FILE = Upsert.into("HASILA_RUN_FILE", List.of("JOB_INSTANCE_ID", "FILE_PATH"),
            List.of("DOCUMENT_ID", "UNCHANGED"));

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public DocumentStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Saves a document (replacing any earlier version with the same id) with its text's fingerprint (or null),
     * and links it to the run's file.
     */
    public void save(long jobInstanceId, Document document, String fingerprint) {
        String metadata = json.writeValueAsString(document.withText(""));
        jdbc.update(UPSERT_DOCUMENT,
                document.id(), document.status().name(), metadata, document.text(), fingerprint);
        link(jobInstanceId, document.file(), document.id(), false);
    }

    /** Links a run's file to a document already in the store and extracted by the current version. */
    public void linkUnchanged(long jobInstanceId, String file, String documentId) {
        link(jobInstanceId, file, documentId, true);
    }

    private void link(long jobInstanceId, String file, String documentId, boolean unchanged) {
        jdbc.update(UPSERT_RUN_FILE, jobInstanceId, file, documentId, unchanged);
    }

    /** True when the document is stored and was extracted by this extractor version. */
    public boolean isExtracted(String documentId, String extractorVersion) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM HASILA_DOCUMENT WHERE ID = ? AND EXTRACTED_WITH = ?",
                Integer.class, documentId, extractorVersion);
        return n != null && n > 0;
    }

    /** Records that the document's claims are those of this extractor version. */
    public void markExtracted(String documentId, String extractorVersion) {
        jdbc.update("UPDATE HASILA_DOCUMENT SET EXTRACTED_WITH = ? WHERE ID = ?", extractorVersion, documentId);
    }

    /** The fingerprints of the run's processed documents, by document id in id order. */
    public Map<String, String> fingerprintsOfRun(long jobInstanceId) {
        Map<String, String> fingerprints = new LinkedHashMap<>();
        jdbc.query("SELECT D.ID, D.FINGERPRINT FROM HASILA_DOCUMENT D WHERE D.FINGERPRINT IS NOT NULL AND EXISTS"
                + " (SELECT 1 FROM HASILA_RUN_FILE F WHERE F.DOCUMENT_ID = D.ID AND F.JOB_INSTANCE_ID = ?) ORDER BY D.ID",
                rs -> {
                    fingerprints.put(rs.getString(1), rs.getString(2));
                }, jobInstanceId);
        return fingerprints;
    }

    /** How many of the run's files held documents already extracted before the run. */
    public int countUnchanged(long jobInstanceId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(DISTINCT DOCUMENT_ID) FROM HASILA_RUN_FILE"
                + " WHERE JOB_INSTANCE_ID = ? AND UNCHANGED", Integer.class, jobInstanceId);
        return n == null ? 0 : n;
    }

    /** The run's documents in id order, each listing every file of the run that held it. */
    public List<Document> findByRun(long jobInstanceId) {
        Map<String, List<String>> files = new LinkedHashMap<>();
        jdbc.query("SELECT DOCUMENT_ID, FILE_PATH FROM HASILA_RUN_FILE WHERE JOB_INSTANCE_ID = ? ORDER BY DOCUMENT_ID, FILE_PATH",
                rs -> {
                    files.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }, jobInstanceId);
        List<Document> documents = new ArrayList<>(files.size());
        // in Java's order, not the database's collation (PostgreSQL's may differ from H2's for non-Latin names)
        files.forEach((id, paths) -> documents.add(find(id).withFiles(paths.stream().sorted().toList())));
        return documents;
    }

    public Document find(String id) {
        return jdbc.queryForObject("SELECT METADATA, BODY FROM HASILA_DOCUMENT WHERE ID = ?",
                (rs, n) -> json.readValue(rs.getString(1), Document.class).withText(rs.getString(2)), id);
    }
}
