package org.hasila.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The files' stamps, kept per input folder, the latest of each file over any earlier one. */
class FileStampStoreTest {

    JdbcTemplate jdbc;
    FileStampStore stamps;

    @BeforeEach
    void database() {
        jdbc = StoreDatabase.fresh();
        stamps = new FileStampStore(jdbc);
    }

    @Test
    void keepsTheLatestStampOfEachFileOfAFolder() {
        FileStamp first = new FileStamp(120, 1_000_000, 9_000_000, "d-aaaaaaaaaaaa");
        FileStamp second = new FileStamp(130, 5_000_000, 9_500_000, "d-bbbbbbbbbbbb");
        stamps.save("/data/in", Map.of("تقرير.txt", first, "b.html", first));
        stamps.save("/data/other", Map.of("تقرير.txt", second));
        stamps.save("/data/in", Map.of("b.html", second));

        assertThat(stamps.under("/data/in")).isEqualTo(Map.of("تقرير.txt", first, "b.html", second));
        assertThat(stamps.under("/data/other")).isEqualTo(Map.of("تقرير.txt", second));
        assertThat(stamps.under("/data")).isEmpty();
    }

    @Test
    void forgetsTheStampsOfTheFilesOfAFolderThatARunDidNotRead() {
        FileStamp stamp = new FileStamp(120, 1_000_000, 9_000_000, "d-aaaaaaaaaaaa");
        stamps.save("/data/in", Map.of("تقرير.txt", stamp, "gone.html", stamp));
        stamps.save("/data/other", Map.of("gone.html", stamp));
        jdbc.update("INSERT INTO HASILA_RUN_FILE (JOB_INSTANCE_ID, FILE_PATH, DOCUMENT_ID) VALUES (?, ?, ?)", 7L,
                "تقرير.txt", "d-aaaaaaaaaaaa");
        // an earlier run that read the file does not keep its stamp
        jdbc.update("INSERT INTO HASILA_RUN_FILE (JOB_INSTANCE_ID, FILE_PATH, DOCUMENT_ID) VALUES (?, ?, ?)", 6L,
                "gone.html", "d-aaaaaaaaaaaa");

        assertThat(stamps.forgetUnread("/data/in", 7L)).isEqualTo(1);

        assertThat(stamps.under("/data/in")).isEqualTo(Map.of("تقرير.txt", stamp));
        assertThat(stamps.under("/data/other")).as("another folder's stamps").isEqualTo(Map.of("gone.html", stamp));
    }
}
