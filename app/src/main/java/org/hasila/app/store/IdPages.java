package org.hasila.app.store;

import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;

/** Ids asked of the database a page at a time, each page as an {@code IN (?, ?, ...)} list of parameters. */
final class IdPages {

    /**
     * Ids per query: well under any database's limit on parameters. Not more, because H2 finds an IN list's rows by
     * index and then tests each row against the whole list again, so a query's cost grows with the square of its
     * list (500 ids a query spent more time in those tests than in the queries themselves).
     */
    static final int SIZE = 100;

    private IdPages() {
    }

    /** Calls {@code query} with each page of at most {@value #SIZE} ids and the placeholders of its IN list. */
    static <T> void forEach(List<T> ids, BiConsumer<List<T>, String> query) {
        for (int from = 0; from < ids.size(); from += SIZE) {
            List<T> page = ids.subList(from, Math.min(ids.size(), from + SIZE));
            query.accept(page, marks(page.size()));
        }
    }

    /** {@code n} placeholders separated by commas: "?, ?, ?". */
    static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
