package org.hasila.app.store;

import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.jdbc.autoconfigure.ApplicationDataSourceScriptDatabaseInitializer;
import org.springframework.boot.jdbc.init.PlatformPlaceholderDatabaseDriverResolver;
import org.springframework.boot.sql.init.DatabaseInitializationMode;
import org.springframework.boot.sql.init.DatabaseInitializationSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Creates hasila's own tables at every start, from the script for the database the URL names
 * ({@code hasila-schema-h2.sql}, {@code hasila-schema-postgresql.sql}): on H2 document texts are CLOB and JSON
 * bodies VARCHAR, on PostgreSQL both are TEXT. The scripts are idempotent, so a start on an existing database changes nothing but what is missing.
 */
@Configuration(proxyBeanMethods = false)
class StoreSchemaConfiguration {

    static final String SCHEMA = "classpath:hasila-schema-@@platform@@.sql";

    @Bean
    ApplicationDataSourceScriptDatabaseInitializer hasilaSchemaInitializer(DataSource dataSource) {
        DatabaseInitializationSettings settings = new DatabaseInitializationSettings();
        settings.setSchemaLocations(new PlatformPlaceholderDatabaseDriverResolver().resolveAll(dataSource, SCHEMA));
        settings.setMode(DatabaseInitializationMode.ALWAYS);
        settings.setContinueOnError(false);
        settings.setEncoding(StandardCharsets.UTF_8);
        return new ApplicationDataSourceScriptDatabaseInitializer(dataSource, settings);
    }

    /** Once every bean is made (the schema created), H2 keeps texts of up to 64 KB in their rows: see {@link H2InplaceLobs}. */
    @Bean
    SmartInitializingSingleton h2InplaceLobs(DataSource dataSource) {
        return () -> H2InplaceLobs.apply(new JdbcTemplate(dataSource));
    }
}
