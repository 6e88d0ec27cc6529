package org.hasila.app.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.hasila.app.store.DocumentStore;
import org.hasila.app.store.NearDuplicateStore;
import org.hasila.app.store.StoreDatabase;
import org.hasila.core.document.Document;
import org.hasila.core.document.DocumentStatus;
import org.hasila.ingest.NearDuplicateIndex;
import org.hasila.ingest.NearDuplicates;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The copies a run finds are those of one index over all its documents, whether the documents were compared in
 * this run or kept from an earlier one; a run compares only the documents not compared before.
 */
class RepublishedCopiesTest {

    static final long FIRST_RUN = 1;
    static final long SECOND_RUN = 2;

    JdbcTemplate jdbc;
    DocumentStore documents;
    RepublishedCopies copies;
    Random random = new Random(20261126);
    List<String> stories = new ArrayList<>();
    Map<String, String> textOf = new TreeMap<>();

    @BeforeEach
    void store() {
        jdbc = StoreDatabase.fresh();
        JsonMapper json = JsonMapper.builder().build();
        documents = new DocumentStore(jdbc, json);
        TransactionTemplate beside = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        beside.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        beside.setReadOnly(true);
        copies = new RepublishedCopies(documents, new NearDuplicateStore(jdbc), beside);
    }

    @Test
    void aLaterRunComparesOnlyItsNewDocumentsAndFindsTheCopiesOfOneIndexOverAllOfThem() {
        for (int i = 0; i < 40; i++) {
            save(FIRST_RUN, "d-%012x".formatted(100 + 7 * i), text());
        }
        Map<String, String> first = copies.originalOf(FIRST_RUN);
        assertThat(first).isEqualTo(fromScratch(textOf)).isNotEmpty();
        assertThat(uncompared()).isZero();

        textOf.keySet().forEach(id -> documents.linkUnchanged(SECOND_RUN, id + ".txt", id));
        for (int i = 0; i < 10; i++) {
            // new ids before, between and after the old ones; copies of old stories and of each other
            save(SECOND_RUN, "d-%012x".formatted(3 + 31 * i), text());
        }
        // a copy of an old story that has copies, under an id before all: the new first copy of them all
        String original = first.values().iterator().next();
        save(SECOND_RUN, "d-000000000001", textOf.get(original));
        assertThat(uncompared()).isEqualTo(11);

        Map<String, String> second = copies.originalOf(SECOND_RUN);

        assertThat(second).isEqualTo(fromScratch(textOf)).containsEntry(original, "d-000000000001");
        assertThat(uncompared()).isZero();
        assertThat(copies.originalOf(SECOND_RUN)).as("a run restarted").isEqualTo(second);
    }

    @Test
    void theMarksKeepTheFingerprintsALaterRunReadsAndThoseOfABuildBeforeGetThemWhenFirstRead() {
        for (int i = 0; i < 40; i++) {
            save(FIRST_RUN, "d-%012x".formatted(100 + 7 * i), text());
        }
        copies.originalOf(FIRST_RUN);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM HASILA_COMPARED C JOIN HASILA_DOCUMENT D"
                + " ON D.ID = C.DOCUMENT_ID WHERE C.FINGERPRINT = D.FINGERPRINT", Integer.class)).isEqualTo(40);

        jdbc.update("UPDATE HASILA_COMPARED SET FINGERPRINT = NULL WHERE DOCUMENT_ID < 'd-000000000150'");
        textOf.keySet().forEach(id -> documents.linkUnchanged(SECOND_RUN, id + ".txt", id));
        for (int i = 0; i < 10; i++) {
            save(SECOND_RUN, "d-%012x".formatted(3 + 31 * i), text());
        }

        assertThat(copies.originalOf(SECOND_RUN)).isEqualTo(fromScratch(textOf)).isNotEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM HASILA_COMPARED WHERE FINGERPRINT IS NULL",
                Integer.class)).isZero();
    }

    @Test
    void aDocumentSavedAgainWithAnotherTextLosesItsOldCopies() {
        save(FIRST_RUN, "d-000000000001", story(0));
        save(FIRST_RUN, "d-000000000002", story(0));
        assertThat(copies.originalOf(FIRST_RUN)).containsExactly(Map.entry("d-000000000002", "d-000000000001"));

        documents.linkUnchanged(SECOND_RUN, "a.txt", "d-000000000001");
        save(SECOND_RUN, "d-000000000002", story(1));

        assertThat(copies.originalOf(SECOND_RUN)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM HASILA_NEAR_DUPLICATE", Integer.class)).isZero();
    }

    @Test
    void copiesAreLinkedOnlyThroughDocumentsOfTheRun() {
        save(FIRST_RUN, "d-000000000001", story(0) + " " + story(1));
        save(FIRST_RUN, "d-000000000002", story(0));
        save(FIRST_RUN, "d-000000000003", story(1));
        assertThat(copies.originalOf(FIRST_RUN)).containsOnlyKeys("d-000000000002", "d-000000000003");

        documents.linkUnchanged(SECOND_RUN, "b.txt", "d-000000000002");
        documents.linkUnchanged(SECOND_RUN, "c.txt", "d-000000000003");

        assertThat(copies.originalOf(SECOND_RUN)).as("each is a copy of the first, not of the other").isEmpty();
    }

    /** What one index over every document of the run, added in id order, finds. */
    private static Map<String, String> fromScratch(Map<String, String> texts) {
        NearDuplicateIndex index = new NearDuplicateIndex();
        texts.forEach((id, text) -> index.add(id, NearDuplicates.signature(text)));
        Map<String, String> originalOf = new TreeMap<>();
        index.canonicalOf().forEach((id, original) -> {
            if (!id.equals(original)) {
                originalOf.put(id, original);
            }
        });
        return originalOf;
    }

    private int uncompared() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM HASILA_DOCUMENT D"
                + " WHERE NOT EXISTS (SELECT 1 FROM HASILA_COMPARED C WHERE C.DOCUMENT_ID = D.ID)", Integer.class);
    }

    private void save(long run, String id, String text) {
        Document document = new Document(id, id + ".txt", List.of(id + ".txt"), "0".repeat(64), "text/plain", "ar",
                null, null, null, null, DocumentStatus.PROCESSED, null, text);
        documents.save(run, document, NearDuplicates.signature(text).encode());
        textOf.put(id, text);
    }

    /** A new story, or (one time in two) an earlier one republished whole, trimmed or with a sentence changed. */
    private String text() {
        if (!stories.isEmpty() && random.nextBoolean()) {
            List<String> sentences = new ArrayList<>(List.of(stories.get(random.nextInt(stories.size())).split("\\. ")));
            switch (random.nextInt(3)) {
                case 0 -> sentences = sentences.subList(0, Math.max(1, sentences.size() * 3 / 4));
                case 1 -> sentences.set(random.nextInt(sentences.size()), sentence());
                default -> { }
            }
            return String.join(". ", sentences);
        }
        return story(stories.size());
    }

    /** The n-th story, made up once: 8 to 20 sentences. */
    private String story(int n) {
        while (stories.size() <= n) {
            List<String> sentences = new ArrayList<>();
            for (int s = 8 + random.nextInt(13); s > 0; s--) {
                sentences.add(sentence());
            }
            stories.add(String.join(". ", sentences));
        }
        return stories.get(n);
    }

    private String sentence() {
        StringBuilder words = new StringBuilder();
        for (int w = 0; w < 12; w++) {
            words.append(w == 0 ? "" : " ").append("كلمة").append(random.nextInt(500));
        }
        return words.toString();
    }
}
