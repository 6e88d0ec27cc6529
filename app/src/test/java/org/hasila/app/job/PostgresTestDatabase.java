package org.hasila.app.job;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh database for one test, on the PostgreSQL server named by {@code HASILA_IT_POSTGRES_URL} (with
 * {@code HASILA_IT_POSTGRES_USER} and {@code HASILA_IT_POSTGRES_PASSWORD}, whose role may create databases), made
 * through an admin connection to that URL's database and dropped after. Without the URL the test is skipped, or
 * fails when {@code CI=true}: CI starts the server, so a missing one there is a broken build, not a skip.
 */
final class PostgresTestDatabase {

    private static final int DROP_ATTEMPTS = 20;

    static final String URL_VARIABLE = "HASILA_IT_POSTGRES_URL";
    private static final String PREFIX = "jdbc:postgresql://";

    private final String adminUrl;
    private final String name;

    private PostgresTestDatabase(String adminUrl, String name) {
        this.adminUrl = adminUrl;
        this.name = name;
    }

    /** Skips the test (fails it on CI) when no PostgreSQL server is configured. */
    static String assumeServer() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(URL_VARIABLE + " is not set on CI: .ci/run starts PostgreSQL and sets it");
            }
            Assumptions.abort(URL_VARIABLE + " is not set: no PostgreSQL server to run on (.ci/run shows how to start one)");
        }
        if (!url.startsWith(PREFIX)) {
            Assertions.fail(URL_VARIABLE + " must start with " + PREFIX + ", got " + url);
        }
        return url;
    }

    /** Creates an empty UTF-8 database named after the test, with a random suffix. */
    static PostgresTestDatabase create(String label) {
        String adminUrl = assumeServer();
        String name = "hasila_it_" + label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        PostgresTestDatabase database = new PostgresTestDatabase(adminUrl, name);
        // C collation: the order of names does not depend on the server's locale
        database.admin("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
        return database;
    }

    /** Points the Spring context's data source at the database (made by then, in a {@code @BeforeAll}). */
    static void register(DynamicPropertyRegistry registry, Supplier<PostgresTestDatabase> database) {
        registry.add("spring.datasource.url", () -> database.get().url());
        // an empty user is none: the driver then takes the URL's, or the operating system's
        registry.add("spring.datasource.username", () -> database.get().user() == null ? "" : database.get().user());
        registry.add("spring.datasource.password", () -> database.get().password() == null ? "" : database.get().password());
    }

    String name() {
        return name;
    }

    /** The database's URL, without credentials: see {@link #user()} and {@link #password()}. */
    String url() {
        int hostEnd = adminUrl.indexOf('/', PREFIX.length());
        int query = adminUrl.indexOf('?');
        String host = hostEnd < 0 ? adminUrl.substring(0, query < 0 ? adminUrl.length() : query)
                : adminUrl.substring(0, hostEnd);
        return host + "/" + name + (query < 0 ? "" : adminUrl.substring(query));
    }

    /** The URL with user and password as parameters, as an operator gives it to {@code --db}. */
    String urlWithCredentials() {
        String url = url();
        StringBuilder withCredentials = new StringBuilder(url).append(url.contains("?") ? '&' : '?');
        if (user() != null) {
            withCredentials.append("user=").append(URLEncoder.encode(user(), StandardCharsets.UTF_8)).append('&');
        }
        if (password() != null) {
            withCredentials.append("password=").append(URLEncoder.encode(password(), StandardCharsets.UTF_8));
        }
        return withCredentials.toString();
    }

    String user() {
        return System.getenv("HASILA_IT_POSTGRES_USER");
    }

    String password() {
        return System.getenv("HASILA_IT_POSTGRES_PASSWORD");
    }

    /**
     * Drops the database, ending the connections still open to it (a cached test context's pool). An autovacuum
     * worker that happens to be in it belongs to the server, not to the test's role, which may not end it: the drop
     * is tried again while the worker finishes, and a database still held after that is left for the next clean-up
     * rather than failing tests that passed.
     */
    void drop() {
        String sql = "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)";
        for (int attempt = 1; ; attempt++) {
            try {
                admin(sql);
                return;
            } catch (IllegalStateException e) {
                if (!e.getMessage().contains("must be a member of the role")) {
                    throw e;
                }
                if (attempt == DROP_ATTEMPTS) {
                    System.err.println("left the test database " + name + " behind: " + e.getMessage());
                    return;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + adminUrl + ": " + e.getMessage(), e);
        }
    }
}
