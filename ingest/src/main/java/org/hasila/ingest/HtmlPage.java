package org.hasila.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Recognises, without running Tika's detector, a web page whose type that detector would give as text/html: a
 * file whose name Tika types as text/html ({@code .html}, {@code .htm}) and whose bytes, after an optional UTF-8
 * byte order mark, open with {@code <!DOCTYPE html} or {@code <html} followed by a space or {@code >}.
 *
 * <p>Unlike {@link PlainArabicText} this is not proved from Tika's rules, only checked against them: Tika's html
 * magic matches those openings, and the pages that its other rules would type otherwise at offset 0 are left to it
 * ({@code <?}: an XML declaration or PHP; {@code xmlns}: XHTML, anywhere in the range it reads,
 * {@link MimeTypes#getMinLength()}). What remains are rules that look for a mail or HTTP header line anywhere in
 * the first 8 KB ("
Date:", "Message-ID:"): a page holding such a line would be typed a message by Tika and
 * parsed as one, and is read here as the page it is. {@code PlainArabicTextTest} compares both answers on every
 * fixture and near miss. Detection costs Tika about a millisecond and a half per page, more than cleaning it.
 */
final class HtmlPage {

    /** The UTF-8 byte order mark, as its three bytes read one char each. */
    private static final String BOM = "\u00ef\u00bb\u00bf";
    private static final String[] OPENINGS = {"<!doctype html", "<html"};

    private HtmlPage() {
    }

    /** True when Tika's detector would certainly say text/html for these bytes under this file name. */
    static boolean isCertain(byte[] bytes, String fileName, MimeTypes types) {
        String head = new String(bytes, 0, Math.min(bytes.length, types.getMinLength()), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (head.startsWith(BOM)) {
            head = head.substring(BOM.length());
        }
        return opens(head) && !head.contains("<?") && !head.contains("xmlns")
                && PlainArabicText.hasNameOfType(fileName, MediaType.TEXT_HTML, types);
    }

    private static boolean opens(String head) {
        for (String opening : OPENINGS) {
            if (head.startsWith(opening) && head.length() > opening.length()) {
                char next = head.charAt(opening.length());
                return next == ' ' || next == '>' || next == '\n' || next == '\r' || next == '\t';
            }
        }
        return false;
    }
}
