package org.hasila.core.claim;

import java.util.HexFormat;

/**
 * The claim ids the extractor makes ({@code c-} and 12 lower-case hex digits) as longs, exactly: 8 bytes where the
 * string takes about 60, for what must hold one entry per claim of a run (the report's event of each claim, the
 * reconciler's items, the comparison of two runs' claims).
 */
public final class ClaimIdKeys {

    /** What {@link #of} answers for an id of another form; never the key of an id. */
    public static final long NONE = Long.MIN_VALUE;

    private static final int HEX_DIGITS = 12;

    private ClaimIdKeys() {
    }

    /** The id's 48 bits, or {@link #NONE} when it is not of the extractor's form. */
    public static long of(String id) {
        if (id == null || id.length() != 2 + HEX_DIGITS || !id.startsWith("c-")) {
            return NONE;
        }
        for (int i = 2; i < id.length(); i++) {
            char c = id.charAt(i);
            // lower case only: the extractor writes them so, and "c-...A" is another id than "c-...a"
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return NONE;
            }
        }
        return HexFormat.fromHexDigitsToLong(id, 2, id.length());
    }

    /** The id whose key this is ({@link #of} reversed). */
    public static String id(long key) {
        if (key < 0 || key >= 1L << (4 * HEX_DIGITS)) {
            throw new IllegalArgumentException("not a claim id's key: " + key);
        }
        return "c-" + HexFormat.of().toHexDigits(key).substring(16 - HEX_DIGITS);
    }
}
