package org.hasila.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Evidence;
import org.hasila.core.claim.Group;
import org.hasila.core.claim.Kind;
import org.hasila.core.claim.Qualifier;
import org.hasila.core.claim.Quantity;
import org.hasila.core.claim.Scope;
import org.hasila.core.document.Document;
import org.hasila.core.document.DocumentStatus;
import org.hasila.core.entity.Entity;
import org.hasila.core.entity.Mention;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The cursors the report step reads a run through: what they return, in which order, and nothing of other runs. */
class RunCursorsTest {

    static final long RUN = 1;
    static final long OTHER_RUN = 2;
    static final String TEXT = "قال المرصد إن 12 شخصاً قتلوا. وأكدت وزارة الصحة مقتل 14 شخصاً. ونزح 30 من السكان.";

    JdbcTemplate jdbc;
    JsonMapper json = JsonMapper.builder().build();
    DocumentStore documents;
    ClaimStore claims;

    @BeforeEach
    void database() {
        jdbc = StoreDatabase.fresh();
        documents = new DocumentStore(jdbc, json);
        claims = new ClaimStore(jdbc, json);
    }

    static Document document(String id, String file, DocumentStatus status) {
        return new Document(id, file, List.of(file), "0".repeat(64), "text/plain", "ar", null, null, null, null,
                status, null, status == DocumentStatus.PROCESSED ? TEXT : "");
    }

    static Claim claim(String id, String document, String cue) {
        int start = TEXT.indexOf(cue);
        return new Claim(id, document, Kind.KILLED, Group.ALL, new Quantity(12, 12L, Qualifier.EXACT, cue), null,
                null, Evidence.of(TEXT, start, start + cue.length()), Scope.INCIDENT, null, null);
    }

    static Mention mention(String entity, String document, String words) {
        int start = TEXT.indexOf(words);
        return new Mention(entity, document, start, start + words.length(), words);
    }

    @Test
    void theRunsClaimsComeByDocumentThenOffsetThenIdAndOnlyThoseOfItsProcessedDocuments() {
        documents.save(RUN, document("d-000000000002", "b.txt", DocumentStatus.PROCESSED), null);
        documents.save(RUN, document("d-000000000001", "a.txt", DocumentStatus.PROCESSED), null);
        documents.save(OTHER_RUN, document("d-000000000003", "c.txt", DocumentStatus.PROCESSED), null);
        claims.replace("d-000000000002", List.of(claim("c-9", "d-000000000002", "30"),
                claim("c-8", "d-000000000002", "12")), List.of());
        claims.replace("d-000000000001", List.of(claim("c-5", "d-000000000001", "14"),
                claim("c-6", "d-000000000001", "12"), claim("c-4", "d-000000000001", "12")), List.of());
        claims.replace("d-000000000003", List.of(claim("c-1", "d-000000000003", "12")), List.of());

        List<String> order = new ArrayList<>();
        claims.forEachClaimOfRun(documents.processedOfRun(RUN), c -> order.add(c.id()));

        assertThat(order).containsExactly("c-4", "c-6", "c-5", "c-8", "c-9");
        assertThat(claims.countClaimsOfRun(documents.processedOfRun(RUN))).isEqualTo(5);
        List<String> ids = new ArrayList<>();
        claims.forEachClaimIdOfRun(documents.processedOfRun(RUN), ids::add);
        assertThat(ids).containsExactlyInAnyOrder("c-4", "c-5", "c-6", "c-8", "c-9");
        assertThat(claims.claimsById(List.of("c-9", "c-nothing", "c-4")))
                .extracting(Claim::id).containsExactly("c-9", "c-4");
    }

    @Test
    void documentsComeOneAtATimeInIdOrderWithEveryFileOfTheRunAndTextOnlyWhenAsked() {
        documents.save(RUN, document("d-000000000002", "z/b.txt", DocumentStatus.PROCESSED), null);
        documents.save(RUN, document("d-000000000001", "a.txt", DocumentStatus.QUARANTINED), null);
        documents.linkUnchanged(RUN, "y/copy-of-b.txt", "d-000000000002");

        List<Document> withText = new ArrayList<>();
        documents.forEachOfRun(RUN, true, withText::add);
        List<Document> withoutText = new ArrayList<>();
        documents.forEachOfRun(RUN, false, withoutText::add);

        assertThat(withText).extracting(Document::id).containsExactly("d-000000000001", "d-000000000002");
        assertThat(withText.get(1).files()).containsExactly("y/copy-of-b.txt", "z/b.txt");
        assertThat(withText.get(1).text()).isEqualTo(TEXT);
        assertThat(withoutText).extracting(Document::text).containsOnly("");
        assertThat(documents.countByStatus(RUN)).containsEntry(DocumentStatus.PROCESSED, 1)
                .containsEntry(DocumentStatus.QUARANTINED, 1);
        assertThat(documents.findInRun(RUN, "d-000000000002").files()).containsExactly("y/copy-of-b.txt", "z/b.txt");
        assertThat(documents.findInRun(OTHER_RUN, "d-000000000002")).isNull();
        assertThat(documents.findAllInRun(RUN, List.of("d-000000000002", "d-000000000009")))
                .containsOnlyKeys("d-000000000002")
                .hasEntrySatisfying("d-000000000002", d -> {
                    assertThat(d.files()).containsExactly("y/copy-of-b.txt", "z/b.txt");
                    assertThat(d.text()).isEqualTo(TEXT);
                });
        assertThat(documents.findAllInRun(OTHER_RUN, List.of("d-000000000002"))).isEmpty();
    }

    @Test
    void mentionsComeAnEntityAtATimeInTheOrderAskedThenByDocumentThenOffsetIncludingRowsStoredBeforeTheEntityColumn() {
        documents.save(RUN, document("d-000000000001", "a.txt", DocumentStatus.PROCESSED), null);
        documents.save(RUN, document("d-000000000002", "b.txt", DocumentStatus.PROCESSED), null);
        documents.save(RUN, document("d-000000000004", "d.txt", DocumentStatus.QUARANTINED), null);
        documents.save(OTHER_RUN, document("d-000000000003", "c.txt", DocumentStatus.PROCESSED), null);
        claims.replace("d-000000000002", List.of(), List.of(mention("org:moh", "d-000000000002", "وزارة الصحة"),
                mention("org:moh", "d-000000000002", "12 شخصاً"),
                mention("org:monitor", "d-000000000002", "المرصد"),
                mention("org:un", "d-000000000002", "السكان")));
        claims.replace("d-000000000003", List.of(), List.of(mention("org:moh", "d-000000000003", "وزارة الصحة")));
        claims.replace("d-000000000004", List.of(), List.of(mention("org:monitor", "d-000000000004", "المرصد")));
        // as an earlier version stored it: no ENTITY_ID
        jdbc.update("INSERT INTO HASILA_MENTION (DOCUMENT_ID, SEQ, BODY) VALUES (?, ?, ?)", "d-000000000001", 0,
                json.writeValueAsString(mention("org:moh", "d-000000000001", "وزارة الصحة")));

        List<Mention> asked = new ArrayList<>();
        claims.forEachMentionOfRun(documents.processedOfRun(RUN), List.of("org:monitor", "org:moh", "org:nobody"), asked::add);
        List<Mention> all = new ArrayList<>();
        claims.forEachMentionOfRun(documents.processedOfRun(RUN), all::add);

        assertThat(asked).extracting(m -> m.entity() + " " + m.document() + " " + m.start()).containsExactly(
                "org:monitor d-000000000002 " + TEXT.indexOf("المرصد"),
                "org:moh d-000000000001 " + TEXT.indexOf("وزارة الصحة"),
                "org:moh d-000000000002 " + TEXT.indexOf("12 شخصاً"),
                "org:moh d-000000000002 " + TEXT.indexOf("وزارة الصحة"));
        assertThat(all).extracting(Mention::document).containsExactly("d-000000000001", "d-000000000002",
                "d-000000000002", "d-000000000002", "d-000000000002");
    }

    @Test
    void theUnknownPlacesMentionedAreNamedAsAMentionWritesThem() {
        documents.save(RUN, document("d-000000000001", "a.txt", DocumentStatus.PROCESSED), null);
        claims.replace("d-000000000001", List.of(), List.of(mention("fac:u-5e3a01", "d-000000000001", "المرصد"),
                mention("org:moh", "d-000000000001", "وزارة الصحة")));

        assertThat(claims.unknownPlaces()).extracting(Entity::id, Entity::type, Entity::nameAr)
                .containsExactly(tuple("fac:u-5e3a01", "facility", "المرصد"));
    }

    /** PostgreSQL's usual collations ignore '-' and would put "org:iraqi-x" before "org:iraq-z"; Java does not. */
    @Test
    void mentionsFollowTheOrderAskedNotTheDatabasesCollation() {
        documents.save(RUN, document("d-000000000001", "a.txt", DocumentStatus.PROCESSED), null);
        claims.replace("d-000000000001", List.of(), List.of(mention("org:iraqi-x", "d-000000000001", "المرصد"),
                mention("org:iraq-z", "d-000000000001", "السكان")));

        List<String> order = new ArrayList<>();
        claims.forEachMentionOfRun(documents.processedOfRun(RUN), List.of("org:iraq-z", "org:iraqi-x"), m -> order.add(m.entity()));

        assertThat(order).containsExactly("org:iraq-z", "org:iraqi-x");
    }

    @Test
    void theRunsProcessedDocumentsAreThoseOfItsFilesThatWereProcessedWhateverTheFormOfTheirIds() {
        documents.save(RUN, document("d-000000000001", "a.txt", DocumentStatus.PROCESSED), null);
        documents.save(RUN, document("d-00000000000a", "b.txt", DocumentStatus.QUARANTINED), null);
        documents.save(RUN, document("imported-7", "c.txt", DocumentStatus.PROCESSED), null);
        documents.save(OTHER_RUN, document("d-000000000003", "d.txt", DocumentStatus.PROCESSED), null);
        documents.linkUnchanged(RUN, "copy-of-a.txt", "d-000000000001");
        documents.linkUnchanged(OTHER_RUN, "a.txt", "d-000000000001");

        DocumentIds run = documents.processedOfRun(RUN);

        assertThat(run.size()).isEqualTo(2);
        assertThat(List.of("d-000000000001", "imported-7", "d-00000000000a", "d-000000000003", "imported-8",
                "D-000000000001", "d-0000000000001"))
                .map(run::contains).containsExactly(true, true, false, false, false, false, false);
        assertThat(run.contains(null)).isFalse();
        assertThat(documents.processedOfRun(OTHER_RUN).size()).isEqualTo(2);
        assertThat(documents.processedOfRun(3).size()).isZero();
    }

    @Test
    void fingerprintsAreReadByIdForThoseThatHaveOne() {
        documents.save(RUN, document("d-000000000001", "a.txt", DocumentStatus.PROCESSED), "AAAA");
        documents.save(RUN, document("d-000000000002", "b.txt", DocumentStatus.PROCESSED), null);
        documents.save(OTHER_RUN, document("d-000000000003", "c.txt", DocumentStatus.PROCESSED), "BBBB");

        assertThat(documents.fingerprints(List.of("d-000000000001", "d-000000000002", "d-000000000003", "d-x")))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("d-000000000001", "AAAA", "d-000000000003", "BBBB"));
    }

    @Test
    void aDocumentsTextIsFoundOnlyInARunThatHeldIt() {
        documents.save(RUN, document("d-000000000001", "a.txt", DocumentStatus.PROCESSED), null);
        documents.linkUnchanged(RUN, "copy-of-a.txt", "d-000000000001");

        assertThat(documents.textInRun(RUN, "d-000000000001")).isEqualTo(TEXT);
        assertThat(documents.textInRun(OTHER_RUN, "d-000000000001")).isNull();
        assertThat(documents.textInRun(RUN, "d-000000000009")).isNull();
        assertThat(documents.textsInRun(RUN, List.of("d-000000000001", "d-000000000009")))
                .containsOnlyKeys("d-000000000001").containsEntry("d-000000000001", TEXT);
        assertThat(documents.textsInRun(OTHER_RUN, List.of("d-000000000001"))).isEmpty();
    }

    @Test
    void theDocumentsExtractedByAVersionAreThoseMarkedWithItAndNoOthers() {
        documents.save(RUN, document("d-000000000001", "a.txt", DocumentStatus.PROCESSED), null);
        documents.save(RUN, document("d-000000000002", "b.txt", DocumentStatus.PROCESSED), null);
        documents.save(OTHER_RUN, document("imported-7", "c.txt", DocumentStatus.PROCESSED), null);
        documents.save(RUN, document("d-000000000003", "d.txt", DocumentStatus.QUARANTINED), null);
        documents.markExtracted("d-000000000001", "1.0@a");
        documents.markExtracted("imported-7", "1.0@a");
        documents.markExtracted("d-000000000002", "0.9@z");

        DocumentIds extracted = documents.extractedWith("1.0@a");

        assertThat(extracted.size()).isEqualTo(2);
        assertThat(List.of("d-000000000001", "imported-7", "d-000000000002", "d-000000000003"))
                .map(extracted::contains).containsExactly(true, true, false, false);
        assertThat(documents.extractedWith("2.0@b").size()).isZero();
    }
}
