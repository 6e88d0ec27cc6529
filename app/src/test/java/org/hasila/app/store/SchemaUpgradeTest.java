package org.hasila.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hasila.core.claim.Claim;
import org.hasila.core.document.Document;
import org.hasila.core.document.DocumentStatus;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import tools.jackson.databind.json.JsonMapper;

/** The H2 schema script upgrades a database made by an earlier version in place, and runs again as a no-op. */
class SchemaUpgradeTest {

    /** The tables as versions before November 2026 created them: every JSON body a CLOB. */
    static final String OLD_SCHEMA = """
            CREATE TABLE HASILA_DOCUMENT (ID VARCHAR(64) NOT NULL PRIMARY KEY, STATUS VARCHAR(16) NOT NULL,
                METADATA CLOB NOT NULL, BODY CLOB NOT NULL, EXTRACTED_WITH VARCHAR(200), FINGERPRINT CLOB);
            CREATE TABLE HASILA_RUN_FILE (JOB_INSTANCE_ID BIGINT NOT NULL, FILE_PATH VARCHAR(2048) NOT NULL,
                DOCUMENT_ID VARCHAR(64) NOT NULL, UNCHANGED BOOLEAN DEFAULT FALSE NOT NULL,
                PRIMARY KEY (JOB_INSTANCE_ID, FILE_PATH));
            CREATE TABLE HASILA_CLAIM (ID VARCHAR(64) NOT NULL PRIMARY KEY, DOCUMENT_ID VARCHAR(64) NOT NULL,
                BODY CLOB NOT NULL);
            CREATE TABLE HASILA_MENTION (DOCUMENT_ID VARCHAR(64) NOT NULL, SEQ INT NOT NULL, BODY CLOB NOT NULL,
                ENTITY_ID VARCHAR(200), PRIMARY KEY (DOCUMENT_ID, SEQ));
            CREATE INDEX HASILA_MENTION_ENTITY ON HASILA_MENTION (ENTITY_ID, DOCUMENT_ID);
            """;

    JsonMapper json = JsonMapper.builder().build();

    @Test
    void jsonColumnsOfAnOldDatabaseBecomeVarcharWithTheirRowsKept() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (String statement : OLD_SCHEMA.split(";")) {
            if (!statement.isBlank()) {
                jdbc.execute(statement);
            }
        }
        DocumentStore documents = new DocumentStore(jdbc, json);
        ClaimStore claims = new ClaimStore(jdbc, json);
        // as the build of that schema saved a document
        Document document = RunCursorsTest.document("d-000000000001", "a.txt", DocumentStatus.PROCESSED);
        jdbc.update("INSERT INTO HASILA_DOCUMENT (ID, STATUS, METADATA, BODY, FINGERPRINT) VALUES (?, ?, ?, ?, ?)",
                document.id(), "PROCESSED", json.writeValueAsString(document.withText("")), document.text(),
                "fingerprint");
        documents.linkUnchanged(RunCursorsTest.RUN, "a.txt", document.id());
        Claim claim = RunCursorsTest.claim("c-1", "d-000000000001", "12");
        claims.replace("d-000000000001", List.of(claim),
                List.of(RunCursorsTest.mention("org:x", "d-000000000001", "المرصد")));

        ResourceDatabasePopulator schema = new ResourceDatabasePopulator(new ClassPathResource("hasila-schema-h2.sql"));
        schema.execute(dataSource);
        schema.execute(dataSource);

        assertThat(typesOf(jdbc, "HASILA_CLAIM")).containsEntry("BODY", "CHARACTER VARYING");
        assertThat(typesOf(jdbc, "HASILA_MENTION")).containsEntry("BODY", "CHARACTER VARYING");
        assertThat(typesOf(jdbc, "HASILA_DOCUMENT")).containsEntry("METADATA", "CHARACTER VARYING")
                .containsEntry("FINGERPRINT", "CHARACTER VARYING")
                .containsEntry("BODY", "CHARACTER LARGE OBJECT");
        assertThat(claims.claimsById(List.of("c-1"))).containsExactly(claim);
        assertThat(documents.find("d-000000000001").text()).isEqualTo(RunCursorsTest.TEXT);
        Map<String, String> fingerprints = new HashMap<>();
        documents.forEachUncomparedFingerprint(id -> false, fingerprints::put);
        assertThat(fingerprints).containsEntry("d-000000000001", "fingerprint");
        List<String> mentioned = new ArrayList<>();
        claims.forEachMentionOfRun(documents.processedOfRun(RunCursorsTest.RUN), List.of("org:x"),
                m -> mentioned.add(m.entity() + " " + m.text()));
        assertThat(mentioned).containsExactly("org:x المرصد");
        assertThat(jdbc.queryForList("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = ?",
                String.class, "HASILA_MENTION")).as("the entity index now holds whole rows")
                .contains("HASILA_MENTION_ENTITY_ROW").doesNotContain("HASILA_MENTION_ENTITY");
        H2InplaceLobs.apply(jdbc);
        String article = "قتل 12 مدنياً في قصف على المدينة. ".repeat(1000);
        documents.save(RunCursorsTest.RUN, RunCursorsTest.document("d-000000000002", "b.txt", DocumentStatus.PROCESSED)
                .withText(article), null);
        assertThat(documents.find("d-000000000002").text()).isEqualTo(article);
    }

    private static Map<String, String> typesOf(JdbcTemplate jdbc, String table) {
        Map<String, String> types = new java.util.HashMap<>();
        jdbc.query("SELECT COLUMN_NAME, DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = ?",
                rs -> {
                    types.put(rs.getString(1), rs.getString(2));
                }, table);
        return types;
    }
}
