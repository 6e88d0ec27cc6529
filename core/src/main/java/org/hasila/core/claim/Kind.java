package org.hasila.core.claim;

import java.util.Locale;

/** What a figure counts, as in the report contract's vocabulary. */
public enum Kind {
    KILLED, INJURED, DETAINED, ATTACKERS, ESCAPED, RECAPTURED, SURRENDERED, DISPLACED;

    /** The lowercase name used in report.json and in the lexicon files. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Kind fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
