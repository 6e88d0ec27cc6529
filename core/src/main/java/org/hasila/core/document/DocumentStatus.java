package org.hasila.core.document;

import java.util.Locale;

/** What the pipeline did with a document. */
public enum DocumentStatus {
    /** Read, and its claims extracted. */
    PROCESSED,
    /** Could not be read (corrupt, empty, too large, ...): listed with a reason, never dropped. */
    QUARANTINED,
    /** Read, but not processed (for instance a language the pipeline does not handle). */
    SKIPPED;

    /** The lowercase name used in report.json. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DocumentStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
