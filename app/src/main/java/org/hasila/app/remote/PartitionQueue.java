package org.hasila.app.remote;

import java.sql.DatabaseMetaData;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The broker queue of one database's partition requests, named after that database (its PostgreSQL server's system
 * identifier and the database's name), so that a manager and its workers meet on it whatever host names they give
 * in {@code --db}, and deployments on other databases can share the broker without taking each other's requests.
 *
 * @param name the queue's name, {@code hasila.partitions.<server>.<database>}
 */
record PartitionQueue(String name) {

    private static final String PREFIX = "hasila.partitions.";

    static PartitionQueue of(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String[] database = jdbc.execute((ConnectionCallback<String[]>) connection -> {
            DatabaseMetaData metaData = connection.getMetaData();
            return new String[] {metaData.getDatabaseProductName(), connection.getCatalog()};
        });
        String server = "";
        if ("PostgreSQL".equals(database[0])) {
            try {
                server = jdbc.queryForObject("SELECT system_identifier FROM pg_control_system()", String.class) + ".";
            } catch (DataAccessException e) {
                // a managed server may not tell; the database's name alone then names the queue
            }
        }
        return new PartitionQueue(PREFIX + server + String.valueOf(database[1]).toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return name;
    }
}
