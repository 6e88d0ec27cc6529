package org.hasila.app.store;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A standard SQL {@code MERGE} that inserts a row or updates the one with the same key, in the form both H2 2.x
 * and PostgreSQL 15+ run (H2's own {@code MERGE ... KEY} is not understood by PostgreSQL). Parameters are the
 * key columns, then the other columns, in the order given.
 */
final class Upsert {

    private Upsert() {
    }

    static String into(String table, List<String> keys, List<String> columns) {
        List<String> all = new java.util.ArrayList<>(keys);
        all.addAll(columns);
        String names = String.join(", ", all);
        return "MERGE INTO " + table + " T USING (VALUES ("
                + all.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")) AS S (" + names + ")"
                + " ON " + keys.stream().map(k -> "T." + k + " = S." + k).collect(Collectors.joining(" AND "))
                + " WHEN MATCHED THEN UPDATE SET " + columns.stream().map(c -> c + " = S." + c).collect(Collectors.joining(", "))
                + " WHEN NOT MATCHED THEN INSERT (" + names + ") VALUES ("
                + all.stream().map(c -> "S." + c).collect(Collectors.joining(", ")) + ")";
    }
}
