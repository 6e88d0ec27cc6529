package org.hasila.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The pool's H2 connections compute a result's rows as they are read, not all before the first. */
public class H2LazyResultsTest {

    @Test
    void anH2PoolsConnectionsReadResultsLazily() throws SQLException {
        assertThat(rowsComputedAfterReadingOne(pool("jdbc:h2:mem:" + UUID.randomUUID(), true)))
                .as("rows computed so far").isLessThan(10);
    }

    @Test
    void withoutItH2ComputesTheWholeResultFirst() throws SQLException {
        assertThat(rowsComputedAfterReadingOne(pool("jdbc:h2:mem:" + UUID.randomUUID(), false)))
                .isGreaterThanOrEqualTo(1_000);
    }

    @Test
    void onlyH2UrlsThatDoNotChooseTheModeThemselves() {
        assertThat(H2LazyResults.wantsLazyResults("jdbc:h2:file:./data/hasila;WRITE_DELAY=0")).isTrue();
        assertThat(H2LazyResults.wantsLazyResults("jdbc:h2:file:x;lazy_query_execution=false")).isFalse();
        assertThat(H2LazyResults.wantsLazyResults("jdbc:postgresql://db/hasila")).isFalse();
        HikariDataSource postgres = new HikariDataSource();
        postgres.setJdbcUrl("jdbc:postgresql://db/hasila");
        new H2LazyResults().postProcessBeforeInitialization(postgres, "dataSource");
        assertThat(postgres.getConnectionInitSql()).isNull();
    }

    private static HikariDataSource pool(String url, boolean postProcessed) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url + ";DB_CLOSE_DELAY=-1");
        pool.setUsername("sa");
        return postProcessed ? (HikariDataSource) new H2LazyResults().postProcessBeforeInitialization(pool, "ds") : pool;
    }

    /** Called by H2 once for every row it computes of the query below. */
    public static int counted(int x) {
        ROWS_COMPUTED.incrementAndGet();
        return x;
    }

    private static final AtomicInteger ROWS_COMPUTED = new AtomicInteger();

    /** Reads one row of a 1,000-row result, in key order as the steps read theirs: how many rows H2 computed. */
    private static long rowsComputedAfterReadingOne(HikariDataSource pool) throws SQLException {
        try (pool; Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE ALIAS COUNTED DETERMINISTIC FOR '" + H2LazyResultsTest.class.getName()
                    + ".counted'; CREATE TABLE T (X INT PRIMARY KEY); INSERT INTO T SELECT X FROM SYSTEM_RANGE(1, 1000)");
            ROWS_COMPUTED.set(0);
            try (ResultSet rows = statement.executeQuery("SELECT COUNTED(X) FROM T ORDER BY X")) {
                assertThat(rows.next()).isTrue();
                return ROWS_COMPUTED.get();
            }
        }
    }
}
