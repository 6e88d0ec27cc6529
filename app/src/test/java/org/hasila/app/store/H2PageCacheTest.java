package org.hasila.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** An H2 database gets a page cache in proportion to the heap, unless its URL chooses one. */
class H2PageCacheTest {

    @Test
    void aThirtySecondOfTheHeapNeverLessThanH2sOwnDefault() {
        assertThat(H2PageCache.kilobytes(2L << 30)).isEqualTo(64 * 1024);
        assertThat(H2PageCache.kilobytes(8L << 30)).isEqualTo(256 * 1024);
        assertThat(H2PageCache.kilobytes(256L << 20)).isEqualTo(H2PageCache.DEFAULT_KB);
    }

    @Test
    void thePoolsDatabaseOpensWithTheCache(@TempDir Path dir) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:h2:file:" + dir.resolve("hasila"));
        pool.setUsername("sa");
        new H2PageCache().postProcessBeforeInitialization(pool, "dataSource");
        try (pool) {
            Integer megabytes = new JdbcTemplate(pool).queryForObject("SELECT CAST(SETTING_VALUE AS INT)"
                    + " FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'", Integer.class);
            assertThat(megabytes).isEqualTo((int) (H2PageCache.kilobytes(Runtime.getRuntime().maxMemory()) / 1024));
        }
    }

    @Test
    void urlsThatChooseTheirCacheAndOtherDatabasesAreLeftAlone() {
        assertThat(H2PageCache.choosesNoCache("jdbc:h2:file:./data/hasila;WRITE_DELAY=0")).isTrue();
        assertThat(H2PageCache.choosesNoCache("jdbc:h2:file:x;cache_size=4096")).isFalse();
        HikariDataSource postgres = new HikariDataSource();
        postgres.setJdbcUrl("jdbc:postgresql://db/hasila");
        new H2PageCache().postProcessBeforeInitialization(postgres, "dataSource");
        assertThat(postgres.getJdbcUrl()).isEqualTo("jdbc:postgresql://db/hasila");
    }
}
