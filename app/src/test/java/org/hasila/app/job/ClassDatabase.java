package org.hasila.app.job;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A PostgreSQL database made before a test class's Spring context starts and dropped after the class:
 * {@code @RegisterExtension static final ClassDatabase DATABASE = new ClassDatabase("label");} and, in a
 * {@code @DynamicPropertySource}, {@code DATABASE.register(registry)}.
 */
final class ClassDatabase implements BeforeAllCallback, AfterAllCallback {

    private final String label;
    private PostgresTestDatabase database;

    ClassDatabase(String label) {
        this.label = label;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        database = PostgresTestDatabase.create(label);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (database != null) {
            database.drop();
        }
    }

    void register(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry, () -> database);
    }
}
