package org.hasila.report;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test helper, published in the report test-jar: checks a report.json against the shipped JSON Schema. */
public final class ReportSchemaAssert {

    /** Classpath location of the schema, in the report module's main jar. */
    public static final String SCHEMA_RESOURCE = "/org/hasila/report/report.schema.json";

    private static final Schema SCHEMA = load();

    private ReportSchemaAssert() {
    }

    /** Fails with every violation listed unless the file is a valid report.json. */
    public static void assertValid(Path reportJson) {
        try {
            assertValid(Files.readString(reportJson, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + reportJson, e);
        }
    }

    /** Fails with every violation listed unless {@code json} is a valid report. */
    public static void assertValid(String json) {
        List<String> errors = errors(json);
        if (!errors.isEmpty()) {
            throw new AssertionError("report.json violates " + SCHEMA_RESOURCE + ":\n  " + String.join("\n  ", errors));
        }
    }

    /** The schema violations of {@code json}, one line each; empty when it is valid. */
    public static List<String> errors(String json) {
        List<Error> errors = SCHEMA.validate(json, InputFormat.JSON);
        return errors.stream().map(Error::toString).toList();
    }

    private static Schema load() {
        try (InputStream in = ReportSchemaAssert.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + SCHEMA_RESOURCE + " on the classpath");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE, e);
        }
    }
}
