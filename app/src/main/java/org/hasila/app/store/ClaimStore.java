package org.hasila.app.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hasila.core.claim.Claim;
import org.hasila.core.entity.Entity;
import org.hasila.core.entity.Mention;
import org.hasila.core.entity.UnknownPlace;
import org.hasila.report.ReportCorpus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Claims and entity mentions per document; replaced whole when a document is extracted again. The run's claims and
 * mentions are read with one cursor each, a document's rows at a time, so no reader needs them all in memory; the
 * cursors read their table in index order and keep the rows of the run's documents ({@link DocumentIds}).
 */
@Repository
public class ClaimStore {

    private static final String INSERT_CLAIM = "INSERT INTO HASILA_CLAIM (ID, DOCUMENT_ID, BODY) VALUES (?, ?, ?)";

    /** Every claim's id with its document's, from the index holding both (HASILA_CLAIM_DOC_ID), not the rows. */
    static final String CLAIM_IDS = "SELECT C.DOCUMENT_ID, C.ID FROM HASILA_CLAIM C";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public ClaimStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * The document's claims and mentions, in place of those it had. The claims are inserted, not merged: their
     * ids derive from the document's (content) id, so none is another document's, and the document's own are deleted
     * first (a merge cost H2 a look-up per claim, a fifth of the extract step's writing).
     */
    public void replace(String documentId, List<Claim> claims, List<Mention> mentions) {
        jdbc.update("DELETE FROM HASILA_CLAIM WHERE DOCUMENT_ID = ?", documentId);
        jdbc.update("DELETE FROM HASILA_MENTION WHERE DOCUMENT_ID = ?", documentId);
        jdbc.batchUpdate(INSERT_CLAIM,
                claims.stream().map(c -> new Object[] {c.id(), documentId, json.writeValueAsString(c)}).toList());
        List<Object[]> rows = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            rows.add(new Object[] {documentId, i, json.writeValueAsString(m), m.entity()});
        }
        jdbc.batchUpdate("INSERT INTO HASILA_MENTION (DOCUMENT_ID, SEQ, BODY, ENTITY_ID) VALUES (?, ?, ?, ?)", rows);
    }

    /** Every claim of the run's processed documents, by document id, then evidence offset, then id. */
    public void forEachClaimOfRun(DocumentIds run, Consumer<Claim> each) {
        DocumentGroups<Claim> groups = new DocumentGroups<>(ReportCorpus.CLAIMS_IN_DOCUMENT, each);
        try (DecodeAhead<String, Claim> claims = new DecodeAhead<>(this::claim, groups::add)) {
            jdbc.query("SELECT C.DOCUMENT_ID, C.BODY FROM HASILA_CLAIM C ORDER BY C.DOCUMENT_ID", rs -> {
                String document = rs.getString(1);
                if (run.contains(document)) {
                    claims.add(document, rs.getString(2));
                }
            });
            claims.finish();
        }
        groups.flush();
    }

    /** The ids of the claims of the run's processed documents, in no particular order, without reading the claims. */
    public void forEachClaimIdOfRun(DocumentIds run, Consumer<String> each) {
        jdbc.query(CLAIM_IDS, rs -> {
            if (run.contains(rs.getString(1))) {
                each.accept(rs.getString(2));
            }
        });
    }

    public int countClaimsOfRun(DocumentIds run) {
        int[] n = {0};
        jdbc.query("SELECT C.DOCUMENT_ID, COUNT(*) FROM HASILA_CLAIM C GROUP BY C.DOCUMENT_ID", rs -> {
            if (run.contains(rs.getString(1))) {
                n[0] += rs.getInt(2);
            }
        });
        return n[0];
    }

    /** The claims with these ids, in the order given; unknown ids are left out. */
    public List<Claim> claimsById(List<String> ids) {
        Map<String, Claim> found = new HashMap<>();
        try (DecodeAhead<String, Claim> claims = DecodeAhead.forRows(ids.size(), this::claim, found::put)) {
            IdPages.forEach(ids, (page, marks) -> jdbc.query(
                    "SELECT ID, BODY FROM HASILA_CLAIM WHERE ID IN (" + marks + ")",
                    rs -> {
                        claims.add(rs.getString(1), rs.getString(2));
                    }, page.toArray()));
            claims.finish();
        }
        List<Claim> ordered = new ArrayList<>(ids.size());
        ids.stream().map(found::get).filter(java.util.Objects::nonNull).forEach(ordered::add);
        return ordered;
    }

    /** Every mention in the run's processed documents, by document id, then in text order. */
    public void forEachMentionOfRun(DocumentIds run, Consumer<Mention> each) {
        try (DecodeAhead<String, Mention> mentions = new DecodeAhead<>(this::mention, (document, m) -> each.accept(m))) {
            jdbc.query("SELECT M.DOCUMENT_ID, M.BODY FROM HASILA_MENTION M ORDER BY M.DOCUMENT_ID, M.SEQ", rs -> {
                String document = rs.getString(1);
                if (run.contains(document)) {
                    mentions.add(document, rs.getString(2));
                }
            });
            mentions.finish();
        }
    }

    /**
     * The mentions of the given entities in the run's processed documents: an entity at a time in the order given
     * (so the database's collation plays no part), each by document id, then start, then end. Mentions of other
     * entities are left out. A query per entity, each read in the order of the entity index (H2 sees that only when
     * the order names the index's first column too), which holds whole rows, so no row is looked up by its key: one
     * query over all of them, ordered by the entities' ranks, had H2 sort every mention of the run in memory first.
     */
    public void forEachMentionOfRun(DocumentIds run, List<String> entities, Consumer<Mention> each) {
        if (entities.isEmpty()) {
            return;
        }
        fillEntityColumn();
        DocumentGroups<Mention> groups = new DocumentGroups<>(ReportCorpus.MENTIONS_IN_DOCUMENT, each);
        try (DecodeAhead<String, Mention> mentions = new DecodeAhead<>(this::mention, groups::add)) {
            for (String entity : entities) {
                jdbc.query("SELECT M.DOCUMENT_ID, M.BODY FROM HASILA_MENTION M WHERE M.ENTITY_ID = ?"
                                + " ORDER BY M.ENTITY_ID, M.DOCUMENT_ID",
                        rs -> {
                            String document = rs.getString(1);
                            if (run.contains(document)) {
                                mentions.add(entity + '|' + document, rs.getString(2));
                            }
                        }, entity);
            }
            mentions.finish();
        }
        groups.flush();
    }

    /**
     * The places and facilities the extractor found that the gazetteer does not know ({@link UnknownPlace}), each
     * named as one of its mentions writes it, so that a report can name the place of an event found there.
     */
    public List<Entity> unknownPlaces() {
        fillEntityColumn();
        List<Entity> places = new ArrayList<>();
        for (String prefix : UnknownPlace.ID_PREFIXES) {
            jdbc.query("SELECT ENTITY_ID, MIN(BODY) FROM HASILA_MENTION WHERE ENTITY_ID LIKE ? GROUP BY ENTITY_ID",
                    rs -> {
                        places.add(UnknownPlace.entity(rs.getString(1), mention(rs.getString(2)).text()));
                    }, prefix + "%");
        }
        return places;
    }

    private Claim claim(String body) {
        return json.readValue(body, Claim.class);
    }

    private Mention mention(String body) {
        return json.readValue(body, Mention.class);
    }

    /** Mentions stored before ENTITY_ID existed get it from their JSON body, once. */
    private void fillEntityColumn() {
        List<Object[]> updates = new ArrayList<>();
        jdbc.query("SELECT DOCUMENT_ID, SEQ, BODY FROM HASILA_MENTION WHERE ENTITY_ID IS NULL", rs -> {
            updates.add(new Object[] {json.readValue(rs.getString(3), Mention.class).entity(), rs.getString(1),
                    rs.getInt(2)});
        });
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("UPDATE HASILA_MENTION SET ENTITY_ID = ? WHERE DOCUMENT_ID = ? AND SEQ = ?", updates);
        }
    }

    /** Rows that arrive grouped (by document, or entity and document), handed on a group at a time in {@code order}. */
    private static final class DocumentGroups<T> {

        private final Comparator<T> order;
        private final Consumer<T> each;
        private final List<T> items = new ArrayList<>();
        private String key;

        DocumentGroups(Comparator<T> order, Consumer<T> each) {
            this.order = order;
            this.each = each;
        }

        void add(String groupKey, T item) {
            if (!groupKey.equals(key)) {
                flush();
                key = groupKey;
            }
            items.add(item);
        }

        void flush() {
            items.sort(order);
            items.forEach(each);
            items.clear();
        }
    }
}
