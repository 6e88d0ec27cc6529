package org.hasila.app.store;

import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps a CLOB (a document's text) of up to {@value #BYTES} bytes in its row on H2, instead of in H2's separate LOB
 * store (H2's default limit is 256 bytes): reading a text is then reading its row, not a lookup in the LOB store
 * and a stream, and a news article is a few KB. On a 20,000-article database the report step of a nightly run took
 * about 4 s less (18.7 and 15.5 s against 23.3 and 19.5 s), and a full 2,000-article run's ingest and extract each
 * about a sixth less. Longer texts still go to the LOB store. The setting is persistent and holds for values written
 * from then on, so a database made by an earlier build keeps its texts where they are and writes new ones in place.
 *
 * <p>Set only when the database has another value: {@code SET MAX_LENGTH_INPLACE_LOB} waits for the database's
 * other sessions (a run in progress, which a second process reaches through {@code AUTO_SERVER}), and a second
 * {@code run} or {@code status} must answer at once while a run holds the database.
 */
final class H2InplaceLobs {

    static final int BYTES = 65536;

    private H2InplaceLobs() {
    }

    /** Sets the limit on an H2 database where it differs; does nothing on another database. */
    static void apply(JdbcTemplate jdbc) {
        String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        if (!"H2".equals(product)) {
            return;
        }
        // listed only once set: a database at H2's default has no row
        List<String> current = jdbc.queryForList("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                + " WHERE SETTING_NAME = 'MAX_LENGTH_INPLACE_LOB'", String.class);
        if (!current.equals(List.of(Integer.toString(BYTES)))) {
            jdbc.execute("SET MAX_LENGTH_INPLACE_LOB " + BYTES);
        }
    }
}
