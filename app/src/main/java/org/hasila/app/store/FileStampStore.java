package org.hasila.app.store;

import java.nio.file.Path;
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

    /** The folder {@code input} as its files' stamps are kept under: absolute and normalised. */
    public static String rootOf(Path input) {
        return input.toAbsolutePath().normalize().toString();
    }

    /**
     * Forgets the stamps of the files under {@code root} that the run ({@code jobInstanceId}) did not read, as it
     * read every file of the folder: files since gone, which would otherwise be kept for ever (a folder whose old
     * articles are moved away each night would add a night's worth every night). A file that comes back is hashed
     * again, as any file without a stamp is.
     *
     * @return how many stamps were forgotten
     */
    public int forgetUnread(String root, long jobInstanceId) {
        return jdbc.update("DELETE FROM HASILA_FILE_STAMP WHERE INPUT_ROOT = ? AND NOT EXISTS (SELECT 1 FROM"
                + " HASILA_RUN_FILE R WHERE R.JOB_INSTANCE_ID = ? AND R.FILE_PATH = HASILA_FILE_STAMP.FILE_PATH)",
                root, jobInstanceId);
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
