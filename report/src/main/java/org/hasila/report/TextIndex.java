package org.hasila.report;

import org.hasila.core.document.Document;

/**
 * The texts the report's offsets index into, looked up in the corpus as the report goes; checks each span before
 * it is published, because a quote that does not match text/&lt;document&gt;.txt breaks the contract for every
 * consumer.
 */
final class TextIndex {

    private final DocumentCache documents;

    TextIndex(DocumentCache documents) {
        this.documents = documents;
    }

    /** Fails unless {@code quote} is exactly the document's text between {@code start} and {@code end}. */
    void checkQuote(String what, String document, int start, int end, String quote) {
        String text = checkSpan(what, document, start, end);
        if (quote == null || quote.length() != end - start || !text.regionMatches(start, quote, 0, end - start)) {
            throw new ReportException(what + " quote does not match the text of " + document + " at "
                    + start + ".." + end);
        }
    }

    /** Fails unless {@code [start, end)} lies within the document's text; returns that text. */
    String checkSpan(String what, String document, int start, int end) {
        Document found = documents.get(document);
        if (found == null) {
            throw new ReportException(what + " refers to unknown document " + document);
        }
        String text = found.text();
        if (start < 0 || end < start || end > text.length()) {
            throw new ReportException(what + " span " + start + ".." + end + " lies outside document " + document
                    + " (length " + text.length() + ")");
        }
        return text;
    }
}
