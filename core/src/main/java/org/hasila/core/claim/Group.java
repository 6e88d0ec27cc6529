package org.hasila.core.claim;

import java.util.Locale;

/** Who a figure counts, as in the report contract's vocabulary. */
public enum Group {
    MILITANTS, DETAINEES, SECURITY_FORCES, PRISON_STAFF, CIVILIANS, ALL, UNKNOWN;

    /** The lowercase name used in report.json and in the lexicon files. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Group fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
