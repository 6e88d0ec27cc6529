package org.hasila.report;

import java.util.List;
import java.util.function.Consumer;
import org.hasila.core.claim.Claim;
import org.hasila.core.document.Document;
import org.hasila.core.entity.Mention;

/** A corpus that hands every call to another; tests override what they watch. */
class ForwardingCorpus implements ReportCorpus {

    private final ReportCorpus delegate;

    ForwardingCorpus(ReportCorpus delegate) {
        this.delegate = delegate;
    }

    @Override
    public int documentCount() {
        return delegate.documentCount();
    }

    @Override
    public int claimCount() {
        return delegate.claimCount();
    }

    @Override
    public void documents(Consumer<Document> each) {
        delegate.documents(each);
    }

    @Override
    public void claims(Consumer<Claim> each) {
        delegate.claims(each);
    }

    @Override
    public void mentions(List<String> entities, Consumer<Mention> each) {
        delegate.mentions(entities, each);
    }

    @Override
    public void mentions(Consumer<Mention> each) {
        delegate.mentions(each);
    }

    @Override
    public List<Claim> claims(List<String> ids) {
        return delegate.claims(ids);
    }

    @Override
    public Document document(String id) {
        return delegate.document(id);
    }

    @Override
    public String text(String id) {
        return delegate.text(id);
    }

    @Override
    public java.util.Map<String, Document> documents(java.util.Collection<String> ids) {
        return delegate.documents(ids);
    }

    @Override
    public java.util.Map<String, String> texts(java.util.Collection<String> ids) {
        return delegate.texts(ids);
    }
}
