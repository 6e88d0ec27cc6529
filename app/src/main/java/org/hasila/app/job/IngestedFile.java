package org.hasila.app.job;

import org.hasila.app.store.FileStamp;
import org.hasila.core.document.Document;
import org.hasila.core.document.DocumentStatus;
import org.hasila.ingest.NearDuplicates;

/**
 * What the ingest step made of one file: a document read now, or, when the file's content is already
 * stored and extracted by this version, only its identity ({@code unchanged}); and the file's stamp to save, when it
 * was read ({@link FileStamp}).
 */
record IngestedFile(String file, String documentId, Document document, String fingerprint, boolean unchanged,
                    FileStamp stamp) {

    /**
     * A document read now; processed ones carry the fingerprint of their text, to find republished copies.
     *
     * @param stamp the file as seen before it was read, or {@code null}
     */
    static IngestedFile read(Document document, FileStamp stamp) {
        String fingerprint = document.status() == DocumentStatus.PROCESSED
                ? NearDuplicates.signature(document.text()).encode() : null;
        return new IngestedFile(document.file(), document.id(), document, fingerprint, false, stamp);
    }

    /** @param stamp the file as seen before it was hashed, or {@code null} when an earlier stamp vouched for it */
    static IngestedFile unchanged(String file, String documentId, FileStamp stamp) {
        return new IngestedFile(file, documentId, null, null, true, stamp);
    }
}
