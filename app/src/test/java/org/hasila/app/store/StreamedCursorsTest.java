package org.hasila.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hasila.app.store.RunCursorsTest.OTHER_RUN;
import static org.hasila.app.store.RunCursorsTest.RUN;
import static org.hasila.app.store.RunCursorsTest.claim;
import static org.hasila.app.store.RunCursorsTest.document;
import static org.hasila.app.store.RunCursorsTest.mention;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.hasila.core.document.DocumentStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cursors the steps read a whole run through are read in index order, so that H2 (whose results are lazy, see
 * {@link H2LazyResultsTest}) hands their rows over as it finds them. An ordered query H2 cannot answer from an index
 * is sorted first, in memory up to {@code MAX_MEMORY_ROWS}: the run's rows held at once, the corpus again.
 */
class StreamedCursorsTest {

    JsonMapper json = JsonMapper.builder().build();
    List<Query> queries = new ArrayList<>();
    JdbcTemplate jdbc;
    DocumentStore documents;
    ClaimStore claims;

    @BeforeEach
    void database() {
        JdbcTemplate fresh = StoreDatabase.fresh();
        jdbc = new JdbcTemplate(recording(fresh.getDataSource()));
        documents = new DocumentStore(jdbc, json);
        claims = new ClaimStore(jdbc, json);
        for (int i = 1; i <= 3; i++) {
            String id = "d-00000000000" + i;
            documents.save(i < 3 ? RUN : OTHER_RUN, document(id, i + ".txt", DocumentStatus.PROCESSED), "AAAA");
            claims.replace(id, List.of(claim("c-" + i, id, "12")),
                    List.of(mention("org:moh", id, "وزارة الصحة"), mention("loc:x", id, "المرصد")));
        }
        documents.linkUnchanged(RUN, "copy-of-1.txt", "d-000000000001");
        queries.clear();
    }

    @Test
    void everyOrderedCursorOverARunIsReadInIndexOrder() {
        documents.forEachOfRun(RUN, true, d -> { });
        documents.forEachOfRun(RUN, false, d -> { });
        new NearDuplicateStore(jdbc).forEachCompared("comparison", (id, f) -> { });
        documents.forEachUncomparedFingerprint(id -> false, (id, f) -> { });
        claims.forEachClaimOfRun(documents.processedOfRun(RUN), c -> { });
        claims.forEachMentionOfRun(documents.processedOfRun(RUN), m -> { });
        claims.forEachMentionOfRun(documents.processedOfRun(RUN), List.of("org:moh", "loc:x", "org:nobody"), m -> { });

        List<Query> ordered = queries.stream().filter(q -> q.sql().contains("ORDER BY")).toList();
        assertThat(ordered).hasSizeGreaterThanOrEqualTo(7);
        Map<String, String> sortedInMemory = new TreeMap<>();
        for (Query query : ordered) {
            String plan = plan(query);
            if (!plan.contains("index sorted")) {
                sortedInMemory.put(query.sql(), plan);
            }
        }
        assertThat(sortedInMemory).as("queries H2 sorts in memory, with their plans").isEmpty();
    }

    @Test
    void theDocumentsNotComparedAreFoundInTheStateIndexWithoutReadingTheirRows() {
        Map<String, String> fingerprints = new TreeMap<>();
        documents.forEachUncomparedFingerprint("d-000000000002"::equals, fingerprints::put);

        assertThat(fingerprints).containsOnlyKeys("d-000000000001", "d-000000000003");
        Query ids = queries.stream().filter(q -> q.sql().contains("STATUS IN")).findFirst().orElseThrow();
        assertThat(plan(ids)).contains("HASILA_DOCUMENT_STATE").doesNotContain("PRIMARY_KEY");
    }

    @Test
    void anEntitysMentionsAreReadFromTheIndexThatHoldsTheirRows() {
        claims.forEachMentionOfRun(documents.processedOfRun(RUN), List.of("org:moh"), m -> { });

        List<Query> byEntity = queries.stream().filter(q -> q.sql().contains("ENTITY_ID = ?")).toList();
        assertThat(byEntity).hasSize(1);
        assertThat(plan(byEntity.get(0))).contains("HASILA_MENTION_ENTITY_ROW").contains("index sorted");
    }

    @Test
    void theDocumentsStatesAreReadWithoutTheirTexts() {
        documents.countByStatus(RUN);
        documents.processedOfRun(RUN);
        documents.extractedWith("build");

        List<Query> states = queries.stream().filter(q -> q.sql().contains("FROM HASILA_DOCUMENT")).toList();
        assertThat(states).hasSize(3);
        for (Query query : states) {
            assertThat(plan(query)).as(query.sql()).contains("HASILA_DOCUMENT_STATE");
        }
    }

    @Test
    void aPageOfEventsIsLookedUpByItsRowsKeysNotByReadingTheWholeRun() {
        ReconciliationStore events = new ReconciliationStore(jdbc, json);
        events.add(RUN, List.of(new ReconciliationStore.StoredEvent(0, ReconciliationStoreTest.event(1), List.of("c-1")),
                new ReconciliationStore.StoredEvent(1, ReconciliationStoreTest.event(0), List.of("c-2"))));
        queries.clear();

        events.load(RUN).events().forEach(e -> { });

        List<Query> pages = queries.stream().filter(q -> q.sql().contains("FROM HASILA_EVENT WHERE")
                && q.sql().contains("SEQ") && q.sql().contains("BODY")).toList();
        assertThat(pages).hasSize(1);
        // H2 shows a condition it answers from an index in the comment after the table; here, the rows' whole keys
        assertThat(plan(pages.get(0))).containsPattern("/\\* PUBLIC\\.PRIMARY_KEY_[0-9A-F]+: +IN\\(ROW");
    }

    @Test
    void theClaimsIdsAreReadFromAnIndexNotFromTheRowsWithTheirBodies() {
        List<String> ids = new ArrayList<>();
        claims.forEachClaimIdOfRun(documents.processedOfRun(RUN), ids::add);

        assertThat(ids).containsExactlyInAnyOrder("c-1", "c-2");
        assertThat(plan(queries.get(queries.size() - 1))).contains("HASILA_CLAIM_DOC_ID").doesNotContain("tableScan");
    }

    /** H2's plan of the query with the parameters it ran with. */
    private String plan(Query query) {
        return jdbc.query("EXPLAIN " + query.sql(), rs -> {
            rs.next();
            return rs.getString(1);
        }, query.parameters().toArray());
    }

    record Query(String sql, List<Object> parameters) {
    }

    /** A data source whose statements note their SQL and parameters in {@link #queries} when run. */
    private DataSource recording(DataSource target) {
        return proxy(DataSource.class, (p, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection c ? proxy(Connection.class, (cp, m, a) -> {
                Object r = invoke(c, m, a);
                if (r instanceof PreparedStatement statement && m.getName().equals("prepareStatement")) {
                    return recording(statement, (String) a[0]);
                }
                if (r instanceof Statement statement && m.getName().equals("createStatement")) {
                    return recording(statement);
                }
                return r;
            }) : result;
        });
    }

    private PreparedStatement recording(PreparedStatement statement, String sql) {
        List<Object> parameters = new ArrayList<>();
        return proxy(PreparedStatement.class, (p, method, args) -> {
            if (method.getName().startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer i) {
                while (parameters.size() < i) {
                    parameters.add(null);
                }
                parameters.set(i - 1, args[1]);
            }
            Object result = invoke(statement, method, args);
            if (result instanceof ResultSet && method.getName().equals("executeQuery")) {
                queries.add(new Query(sql, new ArrayList<>(parameters)));
            }
            return result;
        });
    }

    /** A statement without parameters (what JdbcTemplate runs a query with none through) noting its SQL when run. */
    private Statement recording(Statement statement) {
        return proxy(Statement.class, (p, method, args) -> {
            Object result = invoke(statement, method, args);
            if (result instanceof ResultSet && method.getName().equals("executeQuery")) {
                queries.add(new Query((String) args[0], List.of()));
            }
            return result;
        });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(StreamedCursorsTest.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
