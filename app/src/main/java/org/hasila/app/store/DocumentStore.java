package org.hasila.app.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hasila.core.document.Document;
import org.hasila.core.document.DocumentStatus;
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


    /** Every status a document can have, as SQL literals. */
    private static final String EVERY_STATUS = Arrays.stream(DocumentStatus.values())
            .map(status -> "'" + status.name() + "'").collect(Collectors.joining(", "));

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
        // not compared yet: its near-duplicates are found again (NearDuplicateStore)
        jdbc.update("DELETE FROM HASILA_COMPARED WHERE DOCUMENT_ID = ?", document.id());
        jdbc.update(UPSERT_RUN_FILE, jobInstanceId, document.file(), document.id(), false);
    }

    /** Links a run's file to a document already in the store and extracted by the current version. */
    public void linkUnchanged(long jobInstanceId, String file, String documentId) {
        linkUnchanged(jobInstanceId, Map.of(file, documentId));
    }

    /** {@link #linkUnchanged(long, String, String)} for each file and its document, in one batch. */
    public void linkUnchanged(long jobInstanceId, Map<String, String> documentOfFile) {
        if (!documentOfFile.isEmpty()) {
            jdbc.batchUpdate(UPSERT_RUN_FILE, documentOfFile.entrySet().stream()
                    .map(e -> new Object[] {jobInstanceId, e.getKey(), e.getValue(), true}).toList());
        }
    }

    /**
     * The documents stored and extracted by this extractor version, read in one query, for ingest to ask of every
     * file it hashes (asked of H2 a file at a time, that lookup cost about 75 µs, as much as hashing the file).
     */
    public DocumentIds extractedWith(String extractorVersion) {
        DocumentIds.Builder extracted = new DocumentIds.Builder();
        jdbc.query("SELECT ID FROM HASILA_DOCUMENT WHERE EXTRACTED_WITH = ?", rs -> {
            extracted.add(rs.getString(1));
        }, extractorVersion);
        return extracted.build();
    }

    /**
     * Quarantines a stored document with the reason (its extraction failed): it stays listed, with that reason, and
     * is not reconciled.
     */
    public void quarantine(String documentId, String reason) {
        Document document = find(documentId);
        if (document != null) {
            Document quarantined = document.withStatus(DocumentStatus.QUARANTINED, reason);
            jdbc.update("UPDATE HASILA_DOCUMENT SET STATUS = ?, METADATA = ? WHERE ID = ?",
                    DocumentStatus.QUARANTINED.name(), json.writeValueAsString(quarantined.withText("")), documentId);
        }
    }

    /** Records that the document's claims are those of this extractor version. */
    public void markExtracted(String documentId, String extractorVersion) {
        jdbc.update("UPDATE HASILA_DOCUMENT SET EXTRACTED_WITH = ? WHERE ID = ?", extractorVersion, documentId);
    }

    /** The ids of the run's processed documents, for the cursors of {@link ClaimStore} over the run. */
    public DocumentIds processedOfRun(long jobInstanceId) {
        return runDocuments(jobInstanceId, "D.STATUS = 'PROCESSED'");
    }

    private DocumentIds runDocuments(long jobInstanceId, String condition) {
        DocumentIds.Builder run = new DocumentIds.Builder();
        jdbc.query("SELECT D.ID FROM HASILA_DOCUMENT D WHERE " + condition + " AND EXISTS"
                + " (SELECT 1 FROM HASILA_RUN_FILE F WHERE F.DOCUMENT_ID = D.ID AND F.JOB_INSTANCE_ID = ?)",
                rs -> {
                    run.add(rs.getString(1));
                }, jobInstanceId);
        return run.build();
    }

    /**
     * The fingerprint of every stored document that has one and is not {@code compared}, by id: the ids are read from
     * the documents' state index (a nightly run's few new documents among all, without reading every row and the
     * text it holds), then the fingerprints of those not compared a page at a time. Those compared are read with their
     * marks ({@link NearDuplicateStore#forEachCompared}).
     */
    public void forEachUncomparedFingerprint(Predicate<String> compared, BiConsumer<String, String> each) {
        List<String> ids = new ArrayList<>();
        // every status, as a condition H2 answers from the state index alone (asked in id order, or with a condition
        // such as IS NOT NULL, H2 read every row instead: 0.7 s at 20,000 documents); sorted here
        jdbc.query("SELECT D.ID FROM HASILA_DOCUMENT D WHERE D.STATUS IN (" + EVERY_STATUS + ")", rs -> {
            String id = rs.getString(1);
            if (!compared.test(id)) {
                ids.add(id);
            }
        });
        Collections.sort(ids);
        IdPages.forEach(ids, (page, marks) -> new TreeMap<>(fingerprints(page)).forEach(each));
    }

    /** The fingerprints of those of these documents that have one, by id; a query per {@value IdPages#SIZE} ids. */
    public Map<String, String> fingerprints(Collection<String> ids) {
        Map<String, String> found = new HashMap<>();
        IdPages.forEach(List.copyOf(ids), (page, marks) -> jdbc.query("SELECT ID, FINGERPRINT FROM HASILA_DOCUMENT"
                + " WHERE ID IN (" + marks + ") AND FINGERPRINT IS NOT NULL", rs -> {
                    found.put(rs.getString(1), rs.getString(2));
                }, page.toArray()));
        return found;
    }

    /** How many of the run's files held documents already extracted before the run. */
    public int countUnchanged(long jobInstanceId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(DISTINCT DOCUMENT_ID) FROM HASILA_RUN_FILE"
                + " WHERE JOB_INSTANCE_ID = ? AND UNCHANGED", Integer.class, jobInstanceId);
        return n == null ? 0 : n;
    }

    /**
     * Hands the run's documents on one at a time, in id order, each listing every file of the run that held it;
     * with their texts or (cheaper, for steps that need only metadata) with empty ones.
     */
    public void forEachOfRun(long jobInstanceId, boolean withText, Consumer<Document> each) {
        String body = withText ? "D.BODY" : "''";
        List<String> paths = new ArrayList<>();
        Document[] current = new Document[1];
        // Driven by the documents' key, in whose order they are wanted: joined the other way round, H2 reads the
        // run's files by their own key and sorts the whole result (texts' references included) before the first row.
        // A LEFT JOIN, made inner by the WHERE, because H2 keeps the order of an outer join.
        jdbc.query("SELECT D.ID, F.FILE_PATH, D.METADATA, " + body + " FROM HASILA_DOCUMENT D"
                        + " LEFT JOIN HASILA_RUN_FILE F ON F.DOCUMENT_ID = D.ID AND F.JOB_INSTANCE_ID = ?"
                        + " WHERE F.JOB_INSTANCE_ID = ? ORDER BY D.ID",
                rs -> {
                    String id = rs.getString(1);
                    if (current[0] != null && !current[0].id().equals(id)) {
                        each.accept(withFiles(current[0], paths));
                        paths.clear();
                        current[0] = null;
                    }
                    if (current[0] == null) {
                        current[0] = json.readValue(rs.getString(3), Document.class).withText(rs.getString(4));
                    }
                    paths.add(rs.getString(2));
                }, jobInstanceId, jobInstanceId);
        if (current[0] != null) {
            each.accept(withFiles(current[0], paths));
        }
    }

    /** One of the run's documents with its text and the run's files that held it, or {@code null}: one query. */
    public Document findInRun(long jobInstanceId, String id) {
        List<String> paths = new ArrayList<>();
        Document[] found = new Document[1];
        jdbc.query("SELECT F.FILE_PATH, D.METADATA, D.BODY FROM HASILA_RUN_FILE F JOIN HASILA_DOCUMENT D"
                        + " ON D.ID = F.DOCUMENT_ID WHERE F.JOB_INSTANCE_ID = ? AND F.DOCUMENT_ID = ?",
                rs -> {
                    if (found[0] == null) {
                        found[0] = json.readValue(rs.getString(2), Document.class).withText(rs.getString(3));
                    }
                    paths.add(rs.getString(1));
                }, jobInstanceId, id);
        return found[0] == null ? null : withFiles(found[0], paths);
    }

    /** Those of these documents that the run holds, each with its text and the run's files that held it, by id. */
    public Map<String, Document> findAllInRun(long jobInstanceId, Collection<String> ids) {
        Map<String, Document> found = new HashMap<>();
        Map<String, List<String>> paths = new HashMap<>();
        IdPages.forEach(List.copyOf(ids), (page, marks) -> {
            List<Object> parameters = new ArrayList<>();
            parameters.add(jobInstanceId);
            parameters.addAll(page);
            jdbc.query("SELECT F.DOCUMENT_ID, F.FILE_PATH, D.METADATA, D.BODY FROM HASILA_RUN_FILE F"
                            + " JOIN HASILA_DOCUMENT D ON D.ID = F.DOCUMENT_ID WHERE F.JOB_INSTANCE_ID = ?"
                            + " AND F.DOCUMENT_ID IN (" + marks + ")",
                    rs -> {
                        String id = rs.getString(1);
                        if (!found.containsKey(id)) {
                            found.put(id, json.readValue(rs.getString(3), Document.class).withText(rs.getString(4)));
                        }
                        paths.computeIfAbsent(id, k -> new ArrayList<>()).add(rs.getString(2));
                    }, parameters.toArray());
        });
        found.replaceAll((id, document) -> withFiles(document, paths.get(id)));
        return found;
    }

    /** The texts of those of these documents that the run holds, by id; a query per {@value IdPages#SIZE} ids. */
    public Map<String, String> textsInRun(long jobInstanceId, Collection<String> ids) {
        Map<String, String> texts = new HashMap<>();
        IdPages.forEach(List.copyOf(ids), (page, marks) -> {
            List<Object> parameters = new ArrayList<>(page);
            parameters.add(jobInstanceId);
            jdbc.query("SELECT D.ID, D.BODY FROM HASILA_DOCUMENT D WHERE D.ID IN (" + marks + ") AND EXISTS"
                            + " (SELECT 1 FROM HASILA_RUN_FILE F WHERE F.DOCUMENT_ID = D.ID AND F.JOB_INSTANCE_ID = ?)",
                    rs -> {
                        texts.put(rs.getString(1), rs.getString(2));
                    }, parameters.toArray());
        });
        return texts;
    }

    /** The text of one of the run's documents, or {@code null}: one query, nothing but the text read. */
    public String textInRun(long jobInstanceId, String id) {
        List<String> texts = jdbc.queryForList("SELECT D.BODY FROM HASILA_DOCUMENT D WHERE D.ID = ? AND EXISTS"
                + " (SELECT 1 FROM HASILA_RUN_FILE F WHERE F.DOCUMENT_ID = D.ID AND F.JOB_INSTANCE_ID = ?)",
                String.class, id, jobInstanceId);
        return texts.isEmpty() ? null : texts.get(0);
    }

    /** How many of the run's documents have each status. */
    public Map<DocumentStatus, Integer> countByStatus(long jobInstanceId) {
        Map<DocumentStatus, Integer> counts = new EnumMap<>(DocumentStatus.class);
        jdbc.query("SELECT D.STATUS, COUNT(*) FROM HASILA_DOCUMENT D WHERE EXISTS"
                        + " (SELECT 1 FROM HASILA_RUN_FILE F WHERE F.DOCUMENT_ID = D.ID AND F.JOB_INSTANCE_ID = ?)"
                        + " GROUP BY D.STATUS",
                rs -> {
                    counts.put(DocumentStatus.valueOf(rs.getString(1)), rs.getInt(2));
                }, jobInstanceId);
        return counts;
    }

    /** In Java's order, not the database's collation (PostgreSQL's may differ from H2's for non-Latin names). */
    private static Document withFiles(Document document, List<String> paths) {
        return document.withFiles(paths.stream().sorted().toList());
    }

    public Document find(String id) {
        return jdbc.queryForObject("SELECT METADATA, BODY FROM HASILA_DOCUMENT WHERE ID = ?",
                (rs, n) -> json.readValue(rs.getString(1), Document.class).withText(rs.getString(2)), id);
    }
}
