package org.hasila.app.job;

import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link IncrementalRunTests} on an H2 file database. */
class IncrementalRunIT extends IncrementalRunTests {

    private static final Path WORK = JobTestSupport.newWorkFolder("incremental");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + WORK.resolve("db/hasila"));
    }

    @Override
    Path work() {
        return WORK;
    }
}
