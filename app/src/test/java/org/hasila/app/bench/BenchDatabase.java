package org.hasila.app.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Makes or drops a PostgreSQL database for a benchmark, on the server the integration tests use
 * ({@code HASILA_IT_POSTGRES_URL}, {@code _USER}, {@code _PASSWORD}; the role may create databases). {@code create}
 * prints the new database's {@code --db} URL, with the credentials.
 *
 * <p>Usage: {@code BenchDatabase create|drop NAME}.
 */
public final class BenchDatabase {

    private BenchDatabase() {
    }

    public static void main(String[] args) throws SQLException {
        String admin = System.getenv("HASILA_IT_POSTGRES_URL");
        if (args.length != 2 || admin == null || !admin.startsWith("jdbc:postgresql://")) {
            System.err.println("usage: BenchDatabase create|drop NAME, with HASILA_IT_POSTGRES_URL=jdbc:postgresql://...");
            System.exit(2);
        }
        String name = "hasila_bench_" + args[1].toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
        String user = System.getenv("HASILA_IT_POSTGRES_USER");
        String password = System.getenv("HASILA_IT_POSTGRES_PASSWORD");
        try (Connection connection = DriverManager.getConnection(admin, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            if (args[0].equals("create")) {
                statement.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'"
                        + " LC_COLLATE 'C' LC_CTYPE 'C'");
                System.out.println(url(admin, name, user, password));
            }
        }
    }

    private static String url(String admin, String name, String user, String password) {
        int path = admin.indexOf('/', "jdbc:postgresql://".length());
        StringBuilder url = new StringBuilder(admin.substring(0, path)).append('/').append(name).append('?');
        if (user != null) {
            url.append("user=").append(URLEncoder.encode(user, StandardCharsets.UTF_8)).append('&');
        }
        if (password != null) {
            url.append("password=").append(URLEncoder.encode(password, StandardCharsets.UTF_8));
        }
        return url.toString();
    }
}
