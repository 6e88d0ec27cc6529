package org.hasila.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The files' stamps, kept per input folder, the latest of each file over any earlier one. */
class FileStampStoreTest {

    FileStampStore stamps;

    @BeforeEach
    void database() {
        stamps = new FileStampStore(StoreDatabase.fresh());
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
}
