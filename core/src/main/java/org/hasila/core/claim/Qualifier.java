package org.hasila.core.claim;

import java.util.Locale;

/** How a stated number bounds the true figure, as in the report contract's table. */
public enum Qualifier {
    EXACT, APPROXIMATE, AT_LEAST, MORE_THAN, AT_MOST, VAGUE;

    /** The lowercase name used in report.json and in the lexicon files. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Qualifier fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
