package org.hasila.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The plain-Arabic-text shortcut answers exactly what Tika's detector answers, and only where it is certain. */
class PlainArabicTextTest {

    private static final String ARABIC = DocumentReaderTest.ARABIC;
    private static final ContentExtractor EXTRACTOR = new ContentExtractor(IngestSettings.defaults());

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyInputTheTestsKnow")
    void detectionEqualsTikasOnEveryKnownInput(String name, byte[] bytes) throws BadInputException {
        assertThat(EXTRACTOR.detect(bytes, name)).isEqualTo(EXTRACTOR.detectWithTika(bytes, name));
    }

    @Test
    void plainArabicArticlesTakeTheShortcut() throws IOException {
        assertThat(certain("a.txt", utf8(ARABIC + "\n\n" + ARABIC))).isTrue();
        assertThat(certain("000_ee3e92ba4e1ae6b0.txt", Files.readAllBytes(Path.of("../seeds/000_ee3e92ba4e1ae6b0.txt"))))
                .isTrue();
        // Tika looks at the first 64 KiB only: a Latin letter after them changes nothing
        assertThat(certain("a.txt", utf8(ARABIC.repeat(450) + " AFP"))).isTrue();
    }

    @Test
    void anythingTikaCouldReadOtherwiseIsLeftToTika() {
        assertThat(certain("a.txt", utf8(ARABIC + " AFP"))).isFalse();
        assertThat(certain("a.txt", utf8(ARABIC + "\nMessage-ID: <1@x>\n"))).isFalse();
        assertThat(certain("a.txt", utf8("\u06e5" + ARABIC))).as("0xDB 0xA5 opens a Word 2 file").isFalse();
        assertThat(certain("a.txt", ARABIC.getBytes(Charset.forName("windows-1256")))).isFalse();
        assertThat(certain("a.txt", utf8("\ufeff" + ARABIC))).isFalse();
        assertThat(certain("a.txt", utf8(ARABIC + "\u0000"))).isFalse();
        assertThat(certain("a.html", utf8(ARABIC))).isFalse();
        assertThat(certain("a.hprof.txt", utf8(ARABIC))).isFalse();
        assertThat(certain("a#b.txt", utf8(ARABIC))).isFalse();
        assertThat(certain("a.txt", new byte[0])).isFalse();
    }

    /** A page as the benchmark's corpus writes them: menus, a ticker, "اقرأ أيضاً", a footer. */
    private static byte[] generatedPage() {
        return utf8("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
                + ARABIC + "</title>\n</head>\n<body>\n<header><ul class=\"menu\"><li>الرئيسية</li></ul></header>\n"
                + "<article><h1>" + ARABIC + "</h1><p>" + ARABIC + "</p></article>\n<footer>© 2024</footer>\n"
                + "</body>\n</html>\n");
    }

    static Stream<Arguments> everyInputTheTestsKnow() throws IOException {
        List<Arguments> inputs = new ArrayList<>();
        for (Path dir : List.of(Path.of("src/test/resources/test-documents"), Path.of("../seeds"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    inputs.add(Arguments.of(file.getFileName().toString(), Files.readAllBytes(file)));
                }
            }
        }
        String html = "<html><body><p>" + ARABIC + "</p></body></html>";
        Object[][] nearMisses = {
            {"plain.txt", utf8(ARABIC + "\n\n" + ARABIC)},
            {"long.txt", utf8(ARABIC.repeat(450) + "\n<html> AFP")},
            {"long-html-inside.txt", utf8(ARABIC.repeat(30) + "\n<html> AFP")},
            {"latin.txt", utf8(ARABIC + " AFP")},
            {"email.txt", utf8(ARABIC + "\nMessage-ID: <1@x>\nFrom: a@b\n")},
            {"email-headers.txt", utf8("From: a@b\nSubject: x\nDate: Mon\n\n" + ARABIC)},
            {"word2.txt", utf8("\u06e5" + ARABIC)},
            {"windows-1256.txt", ARABIC.getBytes(Charset.forName("windows-1256"))},
            {"utf16.txt", ARABIC.getBytes(StandardCharsets.UTF_16LE)},
            {"bom.txt", utf8("\ufeff" + ARABIC)},
            {"nul.txt", utf8(ARABIC + "\u0000" + ARABIC)},
            {"digits.txt", utf8("1\n00:00:01,000 --> 00:00:02,000\n" + ARABIC)},
            {"html.txt", utf8(html)},
            {"html-after-arabic.txt", utf8(ARABIC + "\n" + html)},
            {"page.html", utf8(html)},
            {"doctype.html", utf8("<!DOCTYPE html>\n<html lang=\"ar\">" + html.substring(6))},
            {"doctype-lower.htm", utf8("<!doctype html><html><head><title>x</title></head><body>" + ARABIC
                    + "</body></html>")},
            {"bom.html", utf8("\ufeff<!DOCTYPE html>\n" + html)},
            {"xhtml-doctype.html", utf8("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">\n"
                    + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>" + ARABIC + "</body></html>")},
            {"php.html", utf8("<html><body><?php echo 1; ?>" + ARABIC + "</body></html>")},
            {"comment-first.html", utf8("<!-- saved -->\n" + html)},
            {"html-named-txt.txt", utf8("<!DOCTYPE html>\n" + html)},
            {"generated.html", generatedPage()},
            {"page-without-doctype.html", utf8("<p>" + ARABIC + "</p>")},
            {"arabic.html", utf8(ARABIC)},
            {"page.xhtml", utf8("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>"
                    + ARABIC + "</p></body></html>")},
            {"no-extension", utf8(ARABIC)},
            {"a.hprof.txt", utf8(ARABIC)},
            {"i_study.txt", utf8(ARABIC)},
            {"a#b.txt", utf8(ARABIC)},
            {"article.pdf", utf8(ARABIC)},
            {"fake.pdf", utf8("%PDF-1.4\n" + ARABIC)},
            {"fake.docx", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0}},
            {"junk.bin", new byte[] {(byte) 0xD8, (byte) 0xA7, 0, 1, 2, 3, (byte) 0xFF}},
            {"empty.txt", new byte[0]},
        };
        for (Object[] input : nearMisses) {
            inputs.add(Arguments.of(input));
        }
        return inputs.stream();
    }

    private static boolean certain(String name, byte[] bytes) {
        return PlainArabicText.isCertain(bytes, name, TikaConfig.getDefaultConfig().getMimeRepository());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
