package org.hasila.app.job;

import org.hasila.core.document.Document;

/**
 * What the ingest step made of one file: a document read now, or, when the file's content is already
 * stored and extracted by this version, only its identity ({@code unchanged}).
 */
record IngestedFile(String file, String documentId, Document document, boolean unchanged) {

    static IngestedFile read(Document document) {
        return new IngestedFile(document.file(), document.id(), document, false);
    }

    static IngestedFile unchanged(String file, String documentId) {
        return new IngestedFile(file, documentId, null, true);
    }
}
