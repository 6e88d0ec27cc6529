package org.hasila.app.store;

import java.util.UUID;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** A fresh in-memory H2 database with hasila's tables, for the stores' tests. */
public final class StoreDatabase {

    private StoreDatabase() {
    }

    public static JdbcTemplate fresh() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        new ResourceDatabasePopulator(new ClassPathResource("hasila-schema-h2.sql")).execute(dataSource);
        return new JdbcTemplate(dataSource);
    }
}
