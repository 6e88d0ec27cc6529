package org.hasila.app.job;

import org.hasila.core.document.Document;
import org.hasila.core.document.DocumentStatus;
import org.hasila.ingest.NearDuplicates;

/**
 * What the ingest step made of one file: a document read now, or, when the file's content is already
 * stored and extracted by this version, only its identity ({@code unchanged}).
 */
record IngestedFile(String file, String documentId, Document document, String fingerprint, boolean unchanged) {

    /** A document read now; processed ones carry the fingerprint of their text, to find republished copies. */
    static IngestedFile read(Document document) {
        String fingerprint = document.status() == DocumentStatus.PROCESSED
                ? NearDuplicates.signature(document.text()).encode() : null;
        return new IngestedFile(document.file(), document.id(), document, fingerprint, false);
    }

    static IngestedFile unchanged(String file, String documentId) {
        return new IngestedFile(file, documentId, null, null, true);
    }
}
