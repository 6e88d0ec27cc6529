package org.hasila.app.job;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link RestartAfterFailureTests} on PostgreSQL, in a database of its own made for the class and dropped after it. */
@DirtiesContext
class RestartAfterFailurePostgresIT extends RestartAfterFailureTests {

    private static final Path WORK = JobTestSupport.newWorkFolder("restart-postgres");

    @RegisterExtension
    static final ClassDatabase DATABASE = new ClassDatabase("restart");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.register(registry);
    }

    @Override
    Path work() {
        return WORK;
    }
}
