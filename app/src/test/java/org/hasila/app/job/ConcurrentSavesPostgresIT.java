package org.hasila.app.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.hasila.app.HasilaApplication;
import org.hasila.app.store.DocumentStore;
import org.hasila.core.document.Document;
import org.hasila.core.document.DocumentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two workers ingest files with the same content at once, each in its chunk's transaction: the second insert of the
 * document waits for the first and fails on the duplicate key when it commits. {@link ConcurrentSaves} saves it again
 * in a savepoint, so that the second chunk commits; without it, the second chunk (and its partition) would fail.
 */
@SpringBootTest(classes = HasilaApplication.class)
@DirtiesContext
class ConcurrentSavesPostgresIT {

    @RegisterExtension
    static final ClassDatabase DATABASE = new ClassDatabase("saves");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.register(registry);
    }

    @Autowired
    DocumentStore documents;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSecondOfTwoConcurrentInsertsOfADocumentUpdatesIt() throws Exception {
        ConcurrentSaves saves = new ConcurrentSaves(transactionManager);

        racingSave("d-0000000000a1", 2, save -> saves.save(save)).get(60, TimeUnit.SECONDS);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM HASILA_RUN_FILE WHERE DOCUMENT_ID = 'd-0000000000a1'",
                Integer.class)).as("both files linked to the one document").isEqualTo(2);
    }

    @Test
    void aPlainSaveWouldFailTheSecondChunk() {
        assertThatThrownBy(() -> racingSave("d-0000000000b2", 4, Runnable::run).get(60, TimeUnit.SECONDS))
                .hasRootCauseInstanceOf(org.postgresql.util.PSQLException.class)
                .cause().isInstanceOf(DuplicateKeyException.class);
    }

    /**
     * Saves the document for run 1 in a transaction held open until a second transaction, saving it for run
     * {@code run2} through {@code saver}, waits on it; then commits the first and returns the second's outcome.
     */
    private CompletableFuture<Void> racingSave(String id, long run2, Consumer<Runnable> saver) throws Exception {
        TransactionTemplate chunk = new TransactionTemplate(transactionManager);
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> chunk.executeWithoutResult(status -> {
            documents.save(1, document(id, "first.txt"), null);
            inserted.countDown();
            await(release);
        }));
        assertThat(inserted.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> chunk.executeWithoutResult(status ->
                saver.accept(() -> documents.save(run2, document(id, "second.txt"), null))));
        waitForALockWait();
        release.countDown();
        first.get(30, TimeUnit.SECONDS);
        return second;
    }

    private void waitForALockWait() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (jdbc.queryForObject("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND wait_event_type = 'Lock'", Integer.class) == 0) {
            assertThat(System.nanoTime()).as("the second insert waits for the first").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Document document(String id, String file) {
        return new Document(id, file, null, "sha", "text/plain; charset=UTF-8", "ar", null, null, null, null,
                DocumentStatus.PROCESSED, null, "نص " + file);
    }
}
