package org.hasila.ingest;

import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Recognises, without running Tika's detector, the one shape of file for which that detector's answer is known in
 * advance: a {@code .txt} file of UTF-8 Arabic text with no Latin letters and no control bytes. Everything else is
 * left to Tika.
 *
 * <p>Why this is not a second detector: Tika's answer here follows from its own rules, not from ours. Tika decides
 * by byte signatures (the magic rules of {@code tika-mimetypes.xml} over the first {@link MimeTypes#getMinLength()}
 * bytes, and its container detectors on the first bytes), then by the name. Every one of those signatures needs a
 * Latin letter, a control byte, a 0xFE/0xFF byte, or a leading byte that a file starting with an Arabic letter in
 * UTF-8 (0xD8 or 0xD9, then a continuation byte) does not have; so none matches, Tika's text check finds no binary
 * bytes and says text/plain, and the name (whose type is asked of Tika itself) cannot make it more specific. The
 * conditions are that argument, nothing more; {@code PlainArabicTextTest} compares the two answers on every
 * fixture, the seeds and near misses, so a Tika upgrade whose rules break the argument fails the build. Detection
 * costs about a millisecond per file whatever its size (Tika runs about a thousand rules, allocating buffers of the
 * rule's full range for each), as much as the rest of reading a plain-text article.
 */
final class PlainArabicText {

    private PlainArabicText() {
    }

    /** True when Tika's detector would certainly say text/plain for these bytes under this file name. */
    static boolean isCertain(byte[] bytes, String fileName, MimeTypes types) {
        return startsWithArabicLetter(bytes)
                && hasNameOfType(fileName, MediaType.TEXT_PLAIN, types)
                && lettersAreArabicOnly(bytes, Math.min(bytes.length, types.getMinLength()));
    }

    /** U+0621 to U+064A in UTF-8: 0xD8 0xA1..0xBF or 0xD9 0x80..0x8A. */
    private static boolean startsWithArabicLetter(byte[] bytes) {
        if (bytes.length < 2) {
            return false;
        }
        int lead = bytes[0] & 0xFF;
        int next = bytes[1] & 0xFF;
        return lead == 0xD8 && next >= 0xA1 && next <= 0xBF || lead == 0xD9 && next >= 0x80 && next <= 0x8A;
    }

    /**
     * A name whose type by Tika's own name patterns is {@code type}, and which Tika reads as that same name: it
     * parses the name as a URI and takes the last path segment, which differs only for these characters.
     */
    static boolean hasNameOfType(String fileName, MediaType type, MimeTypes types) {
        for (int i = 0; i < fileName.length(); i++) {
            if ("#?%/\\:".indexOf(fileName.charAt(i)) >= 0) {
                return false;
            }
        }
        return types.getMimeType(fileName).getType().equals(type);
    }

    /**
     * Well-formed UTF-8 in the first {@code length} bytes (a sequence cut at the end counts), with no Latin letter
     * and no control byte but tab, line feed and carriage return.
     */
    private static boolean lettersAreArabicOnly(byte[] bytes, int length) {
        int i = 0;
        while (i < length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' || b == 0x7F
                        || b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z') {
                    return false;
                }
                i++;
                continue;
            }
            int continuations = continuations(b);
            if (continuations < 0) {
                return false;
            }
            for (int k = 1; k <= continuations && i + k < length; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += continuations + 1;
        }
        return true;
    }

    /** How many continuation bytes follow this leading byte in well-formed UTF-8, or -1 if it cannot lead. */
    private static int continuations(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 1;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 2;
        }
        return lead >= 0xF0 && lead <= 0xF4 ? 3 : -1;
    }
}
