package org.hasila.ingest;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes the Arabic fixtures under {@code src/test/resources/test-documents/}; run once, the output is committed.
 * Run: {@code src/test/resources/test-documents/make-arabic-fixtures.sh} (it also has LibreOffice turn the ODT into
 * the .doc and the LibreOffice-made PDF). The texts are written for the tests, not taken from any article.
 */
final class ArabicFixtures {

    static final String TITLE = "قصف على سوق شعبي";
    static final String AUTHOR = "نادر الحلبي";
    /** Two paragraphs of two lines; digits, a Latin name and brackets inside right-to-left lines. */
    static final List<String> LINES = List.of(
            "أعلن الدفاع المدني (الخوذ البيضاء) مقتل 7 مدنيين بينهم طفلان،",
            "ولا يزال 3 آخرون في عداد المفقودين تحت الأنقاض.",
            "وقال مسؤول محلي لوكالة AFP إن القصف استهدف سوقا شعبيا",
            "في البلدة صباح الأحد 14 نيسان 2024.");

    private static final String DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    private ArabicFixtures() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/test-documents");
        Files.write(dir.resolve("arabic-pdfbox-visual.pdf"), visualPdf());
        Files.write(dir.resolve("arabic.odt"), odt());
        Files.writeString(dir.resolve("arabic.rtf"), rtf(), StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve("arabic.eml"), eml(), StandardCharsets.US_ASCII);
    }

    /**
     * A PDF stored the way most producers store right-to-left text: shaped glyphs (presentation forms) in visual
     * order, left to right. The first paragraph is one string per line with space glyphs; the second places each
     * word on its own with no space glyph, as justified text often is.
     */
    static byte[] visualPdf() throws IOException, ArabicShapingException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, Path.of(DEJAVU).toFile());
            float size = 12;
            float right = 560;
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = 700;
                for (int i = 0; i < LINES.size(); i++) {
                    String line = LINES.get(i);
                    if (i < 2) {
                        String visual = visual(line);
                        show(content, font, size, right - width(font, size, visual), y, visual);
                    } else {
                        float x = right;
                        for (String word : line.split(" ")) {
                            String visual = visual(word);
                            x -= width(font, size, visual);
                            show(content, font, size, x, y, visual);
                            x -= width(font, size, " ");
                        }
                    }
                    y -= i == 1 ? 40 : 18;
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void show(PDPageContentStream content, PDType0Font font, float size, float x, float y,
            String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static float width(PDType0Font font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Shaped (joining forms) and laid out left to right, brackets mirrored: what a viewer draws. */
    static String visual(String logical) throws ArabicShapingException {
        String shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL)
                .shape(logical);
        return new Bidi(shaped, Bidi.RTL).writeReordered(Bidi.DO_MIRRORING);
    }

    static byte[] odt() throws IOException {
        String office = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\"";
        StringBuilder body = new StringBuilder();
        body.append("<text:p text:style-name=\"P1\">").append(LINES.get(0)).append(' ').append(LINES.get(1)).append("</text:p>");
        body.append("<text:p text:style-name=\"P1\">").append(LINES.get(2)).append(' ').append(LINES.get(3)).append("</text:p>");
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + office
                + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
                + " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\">"
                + "<office:automatic-styles><style:style style:name=\"P1\" style:family=\"paragraph\">"
                + "<style:paragraph-properties style:writing-mode=\"rl-tb\" fo:text-align=\"end\"/>"
                + "</style:style></office:automatic-styles>"
                + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
        String meta = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta " + office
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\">"
                + "<office:meta><dc:title>" + TITLE + "</dc:title><meta:initial-creator>" + AUTHOR
                + "</meta:initial-creator><meta:creation-date>2024-04-14T10:00:00</meta:creation-date>"
                + "</office:meta></office:document-meta>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest "
                + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            storedEntry(zip, "mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            entry(zip, "META-INF/manifest.xml", manifest);
            entry(zip, "content.xml", content);
            entry(zip, "meta.xml", meta);
        }
        return out.toByteArray();
    }

    /** The ODF rule: "mimetype" first and uncompressed, so that its type can be read at a fixed offset. */
    private static void storedEntry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** RTF as Word writes Arabic: a right-to-left paragraph, every letter a \\uN escape with a '?' fallback. */
    static String rtf() {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg1256\\deff0{\\fonttbl{\\f0\\fnil\\fcharset178 Arial;}}\n");
        rtf.append("{\\info{\\title ").append(escape(TITLE)).append("}{\\author ").append(escape(AUTHOR)).append("}}\n");
        rtf.append("\\rtlpar\\f0\\fs24 ").append(escape(LINES.get(0) + " " + LINES.get(1))).append("\\par\n");
        rtf.append("\\rtlpar ").append(escape(LINES.get(2) + " " + LINES.get(3))).append("\\par\n}\n");
        return rtf.toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c < 128) {
                out.append(c == '\\' || c == '{' || c == '}' ? "\\" + c : String.valueOf(c));
            } else {
                out.append("\\u").append((int) c).append('?');
            }
        }
        return out.toString();
    }

    /** A mail with an encoded-word subject and a base64 UTF-8 body, as news-agency alerts arrive. */
    static String eml() {
        Base64.Encoder b64 = Base64.getEncoder();
        String body = LINES.get(0) + " " + LINES.get(1) + "\r\n\r\n" + LINES.get(2) + " " + LINES.get(3) + "\r\n";
        String wrapped = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(body.getBytes(StandardCharsets.UTF_8));
        return "From: =?UTF-8?B?" + b64.encodeToString(AUTHOR.getBytes(StandardCharsets.UTF_8)) + "?= <desk@example.org>\r\n"
                + "To: archive@example.org\r\n"
                + "Subject: =?UTF-8?B?" + b64.encodeToString(TITLE.getBytes(StandardCharsets.UTF_8)) + "?=\r\n"
                + "Date: Sun, 14 Apr 2024 10:00:00 +0300\r\n"
                + "Message-ID: <alert-1@example.org>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + wrapped + "\r\n";
    }
}
