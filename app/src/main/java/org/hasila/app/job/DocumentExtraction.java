package org.hasila.app.job;

import org.hasila.extract.Extraction;

/** One document's extraction, on its way to the store. */
record DocumentExtraction(String documentId, Extraction extraction) {
}
