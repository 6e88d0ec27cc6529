package org.hasila.app.job;

import java.util.List;
import org.hasila.extract.Extraction;

/**
 * One document's extraction, on its way to the store; {@code failure} says why it could not be extracted (the document
 * is then quarantined with that reason), else null.
 */
record DocumentExtraction(String documentId, Extraction extraction, String failure) {

    DocumentExtraction(String documentId, Extraction extraction) {
        this(documentId, extraction, null);
    }

    static DocumentExtraction failed(String documentId, RuntimeException e) {
        return new DocumentExtraction(documentId, new Extraction(List.of(), List.of()),
                "extraction failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
}
