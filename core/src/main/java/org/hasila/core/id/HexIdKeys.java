package org.hasila.core.id;

import java.util.HexFormat;

/**
 * The content-derived ids the pipeline makes (a prefix and 12 lower-case hex digits: {@code c-...} for claims,
 * {@code d-...} for documents) as longs, exactly: 8 bytes where the string takes about 60, for what must hold one
 * entry per claim or document of a run (the report's event of each claim, the reconciler's items, the comparison of
 * two runs' claims, the run's documents).
 */
public final class HexIdKeys {

    /** What {@link #of} answers for an id of another form; never the key of an id. */
    public static final long NONE = Long.MIN_VALUE;

    /** The extractor's claim ids. */
    public static final HexIdKeys CLAIMS = new HexIdKeys("c-");
    /** Ingest's document ids. */
    public static final HexIdKeys DOCUMENTS = new HexIdKeys("d-");

    private static final int HEX_DIGITS = 12;

    private final String prefix;

    private HexIdKeys(String prefix) {
        this.prefix = prefix;
    }

    /** The id's 48 bits, or {@link #NONE} when it is not of this form. */
    public long of(String id) {
        int from = prefix.length();
        if (id == null || id.length() != from + HEX_DIGITS || !id.startsWith(prefix)) {
            return NONE;
        }
        for (int i = from; i < id.length(); i++) {
            char c = id.charAt(i);
            // lower case only: the pipeline writes them so, and "c-...A" is another id than "c-...a"
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return NONE;
            }
        }
        return HexFormat.fromHexDigitsToLong(id, from, id.length());
    }

    /** The id whose key this is ({@link #of} reversed). */
    public String id(long key) {
        if (key < 0 || key >= 1L << (4 * HEX_DIGITS)) {
            throw new IllegalArgumentException("not the key of a " + prefix + " id: " + key);
        }
        return prefix + HexFormat.of().toHexDigits(key).substring(16 - HEX_DIGITS);
    }
}
