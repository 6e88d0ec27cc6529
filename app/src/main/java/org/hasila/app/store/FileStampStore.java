package org.hasila.app.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The stamps ({@link FileStamp}) of the files ingest read, by input folder and path in it ({@code HASILA_FILE_STAMP}):
 * the latest of each file, whichever run took it. A stamp is saved with the document it names, in the same chunk.
 */
@Repository
public class FileStampStore {

    private static final String UPSERT = Upsert.into("HASILA_FILE_STAMP", List.of("INPUT_ROOT", "FILE_PATH"),
            List.of("FILE_SIZE", "MODIFIED_MICROS", "STAMPED_MICROS", "DOCUMENT_ID"));

    private final JdbcTemplate jdbc;

    public FileStampStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The stamps of the files under {@code root} (an absolute, normalised folder), by path relative to it. */
    public Map<String, FileStamp> under(String root) {
        Map<String, FileStamp> stamps = new HashMap<>();
        jdbc.query("SELECT FILE_PATH, FILE_SIZE, MODIFIED_MICROS, STAMPED_MICROS, DOCUMENT_ID FROM HASILA_FILE_STAMP"
                + " WHERE INPUT_ROOT = ?", rs -> {
                    stamps.put(rs.getString(1), new FileStamp(rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getString(5)));
                }, root);
        return stamps;
    }

    /** Saves these files' stamps (by path relative to {@code root}) over any earlier ones. */
    public void save(String root, Map<String, FileStamp> stamps) {
        if (!stamps.isEmpty()) {
            jdbc.batchUpdate(UPSERT, stamps.entrySet().stream().map(e -> new Object[] {root, e.getKey(),
                    e.getValue().size(), e.getValue().modifiedMicros(), e.getValue().stampedMicros(),
                    e.getValue().documentId()}).toList());
        }
    }
}
