package org.hasila.app.job;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hasila.app.store.ClaimStore;
import org.hasila.app.store.DocumentIds;
import org.hasila.app.store.DocumentStore;
import org.hasila.core.claim.Claim;
import org.hasila.core.document.Document;
import org.hasila.core.entity.Mention;
import org.hasila.report.ReportCorpus;

/** One run's documents, claims and mentions as the report reads them: straight from the store, by cursor. */
final class StoredCorpus implements ReportCorpus {

    private final DocumentStore documents;
    private final ClaimStore claims;
    private final long jobInstanceId;
    private final DocumentIds processed;
    private final int documentCount;
    private final int claimCount;

    /** @param documentCount the run's documents, whatever their status */
    StoredCorpus(DocumentStore documents, ClaimStore claims, long jobInstanceId, int documentCount) {
        this.documents = documents;
        this.claims = claims;
        this.jobInstanceId = jobInstanceId;
        this.documentCount = documentCount;
        this.processed = documents.processedOfRun(jobInstanceId);
        this.claimCount = claims.countClaimsOfRun(processed);
    }

    @Override
    public int documentCount() {
        return documentCount;
    }

    @Override
    public int claimCount() {
        return claimCount;
    }

    @Override
    public void documents(Consumer<Document> each) {
        documents.forEachOfRun(jobInstanceId, true, each);
    }

    @Override
    public void documentsWithoutText(Consumer<Document> each) {
        documents.forEachOfRun(jobInstanceId, false, each);
    }

    @Override
    public void claims(Consumer<Claim> each) {
        claims.forEachClaimOfRun(processed, each);
    }

    /** Ids of the run's claims, in no particular order, their bodies not read. */
    void claimIds(Consumer<String> each) {
        claims.forEachClaimIdOfRun(processed, each);
    }

    @Override
    public void mentions(List<String> entities, Consumer<Mention> each) {
        claims.forEachMentionOfRun(processed, entities, each);
    }

    @Override
    public void mentions(Consumer<Mention> each) {
        claims.forEachMentionOfRun(processed, each);
    }

    @Override
    public List<Claim> claims(List<String> ids) {
        return claims.claimsById(ids);
    }

    @Override
    public Document document(String id) {
        return id == null ? null : documents.findInRun(jobInstanceId, id);
    }

    @Override
    public String text(String id) {
        return id == null ? null : documents.textInRun(jobInstanceId, id);
    }

    @Override
    public Map<String, String> texts(Collection<String> ids) {
        return documents.textsInRun(jobInstanceId, ids);
    }

    @Override
    public Map<String, Document> documents(Collection<String> ids) {
        return documents.findAllInRun(jobInstanceId, ids);
    }
}
