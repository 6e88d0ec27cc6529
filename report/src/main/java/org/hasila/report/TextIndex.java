package org.hasila.report;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The texts the report's offsets index into, looked up in the corpus as the report goes; checks each span before
 * it is published, because a quote that does not match text/&lt;document&gt;.txt breaks the contract for every
 * consumer. Keeps the texts looked up last (spans are checked in document order), never the corpus.
 */
final class TextIndex {

    private final ReportCorpus corpus;
    private final Supplier<Map<String, Integer>> lengthsLater;
    private Map<String, Integer> lengths;
    private final Map<String, String> recent = new LinkedHashMap<>(DocumentCache.CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > DocumentCache.CAPACITY;
        }
    };

    /**
     * @param lengths the length of each document's text (no text is read for a check of those), asked for when a
     *                span is first checked by length: it may still be worked out while the report is written
     */
    TextIndex(ReportCorpus corpus, Supplier<Map<String, Integer>> lengths) {
        this.corpus = corpus;
        this.lengthsLater = lengths;
    }

    /** Fails unless {@code quote} is exactly the document's text between {@code start} and {@code end}. */
    void checkQuote(String what, String document, int start, int end, String quote) {
        checkQuote(what, document, text(document), start, end, quote);
    }

    /**
     * Fails unless {@code quote} is exactly {@code text} (the document's, {@code null} when the report does not
     * hold the document) between {@code start} and {@code end}: for a writer that has the text at hand.
     */
    static void checkQuote(String what, String document, String text, int start, int end, String quote) {
        checkSpan(what, document, text, start, end);
        if (quote == null || quote.length() != end - start || !text.regionMatches(start, quote, 0, end - start)) {
            throw new ReportException(what + " quote does not match the text of " + document + " at "
                    + start + ".." + end);
        }
    }

    /** Fails unless {@code [start, end)} lies within the document's text. */
    void checkSpan(String what, String document, int start, int end) {
        checkSpan(what, document, text(document), start, end);
    }

    private static void checkSpan(String what, String document, String text, int start, int end) {
        if (text == null) {
            throw new ReportException(what + " refers to unknown document " + document);
        }
        if (start < 0 || end < start || end > text.length()) {
            throw new ReportException(what + " span " + start + ".." + end + " lies outside document " + document
                    + " (length " + text.length() + ")");
        }
    }

    /**
     * Fails unless {@code [start, end)} lies within the document's text, known by its length: no text is read for a
     * document whose length was given.
     */
    void checkWithin(String what, String document, int start, int end) {
        if (lengths == null) {
            lengths = lengthsLater.get();
        }
        Integer length = document == null ? null : lengths.get(document);
        if (length == null) {
            checkSpan(what, document, start, end);
        } else if (start < 0 || end < start || end > length) {
            throw new ReportException(what + " span " + start + ".." + end + " lies outside document " + document
                    + " (length " + length + ")");
        }
    }

    /** Reads the texts of these documents not yet kept in one request, ahead of checking their spans. */
    void prefetch(Collection<String> documents) {
        List<String> missing = documents.stream().filter(d -> d != null && !recent.containsKey(d)).toList();
        if (!missing.isEmpty()) {
            recent.putAll(corpus.texts(missing));
        }
    }

    private String text(String document) {
        if (document == null) {
            return null;
        }
        String text = recent.get(document);
        if (text == null) {
            text = corpus.text(document);
            if (text != null) {
                recent.put(document, text);
            }
        }
        return text;
    }
}
