package org.hasila.app.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.hasila.core.claim.Claim;
import org.hasila.core.entity.Mention;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Claims and entity mentions per document; replaced whole when a document is extracted again. */
@Repository
public class ClaimStore {

    private static final String UPSERT_CLAIM = Upsert.into("HASILA_CLAIM", List.of("ID"), List.of("DOCUMENT_ID", "BODY"));

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    public ClaimStore(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void replace(String documentId, List<Claim> claims, List<Mention> mentions) {
        jdbc.update("DELETE FROM HASILA_CLAIM WHERE DOCUMENT_ID = ?", documentId);
        jdbc.update("DELETE FROM HASILA_MENTION WHERE DOCUMENT_ID = ?", documentId);
        jdbc.batchUpdate(UPSERT_CLAIM,
                claims.stream().map(c -> new Object[] {c.id(), documentId, json.writeValueAsString(c)}).toList());
        List<Object[]> rows = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            rows.add(new Object[] {documentId, i, json.writeValueAsString(mentions.get(i))});
        }
        jdbc.batchUpdate("INSERT INTO HASILA_MENTION (DOCUMENT_ID, SEQ, BODY) VALUES (?, ?, ?)", rows);
    }

    /** The claims of these documents, ordered by document then evidence offset then id. */
    public List<Claim> claimsOf(Collection<String> documentIds) {
        List<Claim> claims = new ArrayList<>();
        for (String id : documentIds) {
            claims.addAll(jdbc.query("SELECT BODY FROM HASILA_CLAIM WHERE DOCUMENT_ID = ?",
                    (rs, n) -> json.readValue(rs.getString(1), Claim.class), id));
        }
        claims.sort(Comparator.comparing(Claim::document)
                .thenComparingInt(c -> c.evidence().start())
                .thenComparing(Claim::id));
        return claims;
    }

    /** The mentions of these documents, in document then text order. */
    public List<Mention> mentionsOf(Collection<String> documentIds) {
        List<Mention> mentions = new ArrayList<>();
        for (String id : documentIds) {
            mentions.addAll(jdbc.query("SELECT BODY FROM HASILA_MENTION WHERE DOCUMENT_ID = ? ORDER BY SEQ",
                    (rs, n) -> json.readValue(rs.getString(1), Mention.class), id));
        }
        return mentions;
    }
}
