package org.hasila.reconcile;

import java.util.List;
import java.util.function.Consumer;
import org.hasila.core.claim.Claim;
import org.hasila.core.document.Document;
import org.hasila.core.entity.Mention;

/**
 * What {@link Reconciler} reads, one stream at a time, so that it never holds a corpus: the mentions once (to
 * place documents), the documents once (their dates), the claims once (their place and date), then the claims of a
 * few events at a time, by id.
 */
public interface ReconcileCorpus {

    /** The documents to reconcile; their texts are not read. */
    void documents(Consumer<Document> each);

    /** Their mentions, grouped by document: all of one document's, then all of the next one's. */
    void mentions(Consumer<Mention> each);

    /** Their claims, in any order. */
    void claims(Consumer<Claim> each);

    /** The claims with these ids, in any order. */
    List<Claim> claims(List<String> ids);
}
