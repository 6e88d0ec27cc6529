package org.hasila.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.mime.MimeTypes;
import org.junit.jupiter.api.Test;

/** Which pages skip Tika's detector (their answer is checked against Tika's in {@code PlainArabicTextTest}). */
class HtmlPageTest {

    private static final MimeTypes TYPES = TikaConfig.getDefaultConfig().getMimeRepository();
    private static final String BODY = "<body><p>" + DocumentReaderTest.ARABIC + "</p></body></html>";

    private static boolean certain(String name, String content) {
        return HtmlPage.isCertain(content.getBytes(StandardCharsets.UTF_8), name, TYPES);
    }

    @Test
    void aPageOpeningWithItsDoctypeOrHtmlTagUnderAnHtmlNameTakesTheShortcut() {
        assertThat(certain("a.html", "<!DOCTYPE html>\n<html lang=\"ar\">" + BODY)).isTrue();
        assertThat(certain("a.htm", "<!doctype html><html>" + BODY)).isTrue();
        assertThat(certain("a.html", "<html dir=\"rtl\">" + BODY)).isTrue();
        assertThat(certain("a.html", "\ufeff<!DOCTYPE html>\n<html>" + BODY)).isTrue();
    }

    @Test
    void anythingElseIsLeftToTika() {
        assertThat(certain("a.txt", "<!DOCTYPE html>\n<html>" + BODY)).as("not an html name").isFalse();
        assertThat(certain("a#b.html", "<html>" + BODY)).isFalse();
        assertThat(certain("a.html", "<html xmlns=\"http://www.w3.org/1999/xhtml\">" + BODY)).as("xhtml").isFalse();
        assertThat(certain("a.html", "<?xml version=\"1.0\"?><html>" + BODY)).isFalse();
        assertThat(certain("a.html", "<html><?php echo 1; ?>" + BODY)).isFalse();
        assertThat(certain("a.html", "<!-- saved -->\n<html>" + BODY)).isFalse();
        assertThat(certain("a.html", "<htmlx>" + BODY)).isFalse();
        assertThat(certain("a.html", "")).isFalse();
        assertThat(certain("a.html", "<html")).isFalse();
    }
}
