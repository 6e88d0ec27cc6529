package org.hasila.app.store;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * H2 computes a query's whole result before it hands over the first row, and keeps up to {@code MAX_MEMORY_ROWS}
 * rows of it in memory (40,000 per GB of heap): the steps' streaming reads (every claim, every mention of a run)
 * then held a large part of the corpus all the same. In H2's lazy mode rows are computed as they are fetched, so a
 * cursor holds a row, not a result. Set on every H2 connection of the pool, unless the URL sets the mode itself;
 * other databases stream by their own means (PostgreSQL: a fetch size within a transaction).
 */
@Component
class H2LazyResults implements BeanPostProcessor {

    static final String LAZY = "SET LAZY_QUERY_EXECUTION TRUE";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && wantsLazyResults(pool.getJdbcUrl())
                && pool.getConnectionInitSql() == null) {
            pool.setConnectionInitSql(LAZY);
        }
        return bean;
    }

    static boolean wantsLazyResults(String url) {
        return url != null && url.startsWith("jdbc:h2:")
                && !url.toUpperCase(Locale.ROOT).contains("LAZY_QUERY_EXECUTION");
    }
}
