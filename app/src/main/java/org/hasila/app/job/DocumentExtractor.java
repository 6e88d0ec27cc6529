package org.hasila.app.job;

import org.hasila.core.document.Document;
import org.hasila.extract.Extraction;

/** The extraction the extract step applies to each document (a seam for tests and other extractors). */
@FunctionalInterface
public interface DocumentExtractor {

    Extraction extract(Document document);
}
