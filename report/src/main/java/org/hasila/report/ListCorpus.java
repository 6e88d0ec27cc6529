package org.hasila.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hasila.core.claim.Claim;
import org.hasila.core.document.Document;
import org.hasila.core.entity.Mention;

/** {@link ReportCorpus} over lists already in memory: documents in the order given, claims in the corpus order. */
final class ListCorpus implements ReportCorpus {

    private static final Comparator<Mention> MENTION_ORDER = Comparator
            .comparing(Mention::document, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(MENTIONS_IN_DOCUMENT);

    /** The order {@link ReportCorpus#claims(java.util.function.Consumer)} promises. */
    private static final Comparator<Claim> CLAIM_ORDER = Comparator
            .comparing(Claim::document, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(CLAIMS_IN_DOCUMENT);

    private final List<Document> documents;
    private final List<Claim> claims;
    private final List<Mention> mentions;
    private final Map<String, List<Mention>> mentionsByEntity = new HashMap<>();
    private final Map<String, Document> documentById = new HashMap<>();
    private final Map<String, Claim> claimById = new HashMap<>();

    ListCorpus(List<Document> documents, List<Mention> mentions, List<Claim> claims) {
        this.documents = documents == null ? List.of() : List.copyOf(documents);
        List<Claim> sorted = new ArrayList<>(claims == null ? List.of() : claims);
        sorted.sort(CLAIM_ORDER);
        this.claims = List.copyOf(sorted);
        List<Mention> byDocument = new ArrayList<>(mentions == null ? List.of() : mentions);
        byDocument.sort(MENTION_ORDER);
        this.mentions = List.copyOf(byDocument);
        for (Mention m : this.mentions) {
            mentionsByEntity.computeIfAbsent(m.entity(), k -> new ArrayList<>()).add(m);
        }
        this.documents.forEach(d -> documentById.putIfAbsent(d.id(), d));
        this.claims.forEach(c -> claimById.putIfAbsent(c.id(), c));
    }

    @Override
    public int documentCount() {
        return documents.size();
    }

    @Override
    public int claimCount() {
        return claims.size();
    }

    @Override
    public void documents(Consumer<Document> each) {
        documents.forEach(each);
    }

    @Override
    public void claims(Consumer<Claim> each) {
        claims.forEach(each);
    }

    @Override
    public void mentions(List<String> entities, Consumer<Mention> each) {
        entities.forEach(entity -> mentionsByEntity.getOrDefault(entity, List.of()).forEach(each));
    }

    @Override
    public void mentions(Consumer<Mention> each) {
        mentions.forEach(each);
    }

    @Override
    public List<Claim> claims(List<String> ids) {
        List<Claim> found = new ArrayList<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            Claim claim = claimById.get(id);
            if (claim != null) {
                found.add(claim);
            }
        }
        return found;
    }

    @Override
    public Document document(String id) {
        return id == null ? null : documentById.get(id);
    }
}
