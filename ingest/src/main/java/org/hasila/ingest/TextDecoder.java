package org.hasila.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Decodes the bytes of a plain-text file without mojibake.
 *
 * <p>Why not Tika's charset detection alone: on this machine Tika 3.3.1 read a windows-1256 Arabic file as
 * x-MacCyrillic or KOI8-R, an ISO-8859-6 one as windows-1255, and BOM-less UTF-16LE as ISO-8859-1. So a byte
 * order mark decides first, then strict UTF-8 (which almost never decodes other encodings by accident), and
 * otherwise every plausible candidate is decoded and scored: letters count for it, replacement characters,
 * control characters and Latin-1 letters (what Arabic looks like in the wrong single-byte table) count against.
 */
final class TextDecoder {

    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Decoded text (byte order mark removed) and the charset that produced it. */
    record Decoded(String text, Charset charset) {
    }

    private TextDecoder() {
    }

    /** Decodes with {@code declared} when it decodes cleanly, else as {@link #decode(byte[], Charset)} would. */
    static Decoded decodeDeclared(byte[] bytes, Charset declared) {
        String strict = strict(bytes, declared);
        if (strict != null && declared != null && !hasBom(bytes)) {
            return new Decoded(strict, declared);
        }
        return decode(bytes, null);
    }

    /**
     * Decodes plain-text bytes.
     *
     * @param bytes   the file's bytes
     * @param guessed Tika's guess, tried among the candidates, may be null
     */
    static Decoded decode(byte[] bytes, Charset guessed) {
        Decoded bom = byOrderMark(bytes);
        if (bom != null) {
            return bom;
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null && controlShare(utf8) < 0.01) {
            return new Decoded(utf8, StandardCharsets.UTF_8);
        }
        Set<Charset> candidates = new LinkedHashSet<>();
        candidates.add(StandardCharsets.UTF_16LE);
        candidates.add(StandardCharsets.UTF_16BE);
        candidates.add(WINDOWS_1256);
        candidates.add(ISO_8859_6);
        candidates.add(WINDOWS_1252);
        if (guessed != null) {
            candidates.add(guessed);
        }
        Decoded best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Charset charset : candidates) {
            String text = lenient(bytes, charset);
            double score = score(text);
            if (score > bestScore) {
                best = new Decoded(text, charset);
                bestScore = score;
            }
        }
        return best;
    }

    private static Decoded byOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        return null;
    }

    private static boolean hasBom(byte[] bytes) {
        return byOrderMark(bytes) != null;
    }

    /** The decoding, or null when the bytes are not valid in that charset. */
    private static String strict(byte[] bytes, Charset charset) {
        if (charset == null) {
            return null;
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String lenient(byte[] bytes, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return "";
        }
    }

    /** Plausibility of a decoding, per character so that candidates of different lengths compare. */
    static double score(String text) {
        if (text.isEmpty()) {
            return Double.NEGATIVE_INFINITY;
        }
        double score = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                score -= 5;
            } else if (c >= 0x80 && c <= 0x24F && Character.isLetter(c)) {
                score -= 3;
            } else if (isArabicLetter(c) || c < 0x80 && Character.isLetterOrDigit(c)) {
                score += 1;
            } else if (Character.isLetter(c) && c < 0x3000) {
                score += 0.5;
            } else if (!Character.isWhitespace(c) && !isPunctuation(c)) {
                score -= 1;
            }
        }
        return score / text.length();
    }

    static boolean isArabicLetter(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
    }

    private static boolean isPunctuation(char c) {
        int type = Character.getType(c);
        return type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || Character.isDigit(c) || type == Character.NON_SPACING_MARK;
    }

    private static double controlShare(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        long controls = text.chars()
                .filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                .count();
        return (double) controls / text.length();
    }
}
