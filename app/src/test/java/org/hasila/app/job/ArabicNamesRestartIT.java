package org.hasila.app.job;

import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ArabicNamesRestartTests} on an H2 file database. */
class ArabicNamesRestartIT extends ArabicNamesRestartTests {

    private static final Path WORK = JobTestSupport.newWorkFolder("arabic");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + WORK.resolve("db/hasila"));
    }

    @Override
    Path work() {
        return WORK;
    }
}
