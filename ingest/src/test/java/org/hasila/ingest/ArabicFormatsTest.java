package org.hasila.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hasila.core.document.Document;
import org.hasila.core.document.DocumentStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Arabic in every binary format the pipeline accepts; fixtures made by {@link ArabicFixtures}. */
class ArabicFormatsTest {

    /** The fixture text as typed, paragraph by paragraph. */
    static final String FIRST = ArabicFixtures.LINES.get(0) + " " + ArabicFixtures.LINES.get(1);
    static final String SECOND = ArabicFixtures.LINES.get(2) + " " + ArabicFixtures.LINES.get(3);

    @TempDir
    Path root;

    final DocumentReader reader = new DocumentReader(IngestSettings.defaults());

    Document read(String fixture) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/test-documents/" + fixture)) {
            Files.write(root.resolve(fixture), in.readAllBytes());
        }
        return reader.read(root, Path.of(fixture));
    }

    /** Line breaks are the producer's layout, not the text: compare with them as spaces. */
    static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Nested
    class RightToLeftPdf {

        @Test
        void linesStoredInVisualOrderComeOutAsTyped() throws IOException {
            Document doc = read("arabic-pdfbox-visual.pdf");
            assertThat(doc.status()).isEqualTo(DocumentStatus.PROCESSED);
            assertThat(doc.language()).isEqualTo("ar");
            assertThat(doc.text()).contains(ArabicFixtures.LINES.get(0), ArabicFixtures.LINES.get(1));
        }

        @Test
        void wordsPlacedOneByOneWithoutSpaceGlyphsComeOutInTypedOrder() throws IOException {
            String text = read("arabic-pdfbox-visual.pdf").text();
            assertThat(text).contains(ArabicFixtures.LINES.get(2), ArabicFixtures.LINES.get(3));
            assertThat(text).doesNotContain("2024. نيسان 14");
        }

        @Test
        void presentationFormsAreFoldedToLetters() throws IOException {
            String text = read("arabic-pdfbox-visual.pdf").text();
            assertThat(text.chars().filter(c -> (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFE)))
                    .isEmpty();
        }

        @Test
        void aSentenceTheLayoutWrappedIsOneLineAndShortLinesKeepTheirBreaks() throws IOException {
            // a ministry's statement exported by LibreOffice Writer: justified right-to-left paragraphs and a table
            String text = read("statement-wrapped-lines.pdf").text();
            assertThat(text).contains("أن الحصيلة النهائية للغارة التي شنها العدو الإسرائيلي على مبنى سكني في مدينة صور"
                    + " أمس الأربعاء ارتفعت إلى 10 شهداء بينهم 3 أطفال وامرأتان");
            assertThat(text).contains("بيروت في 26 تشرين الثاني 2026\n", "مستشفى حيرام 11\nمستشفى جبل عامل 9\n",
                    "على النحو الآتي:\n");
        }

        @Test
        void pdfMadeByLibreOfficeFromARightToLeftDocumentComesOutAsTyped() throws IOException {
            Document doc = read("arabic-libreoffice.pdf");
            assertThat(doc.status()).isEqualTo(DocumentStatus.PROCESSED);
            assertThat(flat(doc.text())).contains(FIRST, SECOND);
        }
    }

    @Nested
    class OfficeAndMail {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"arabic.odt", "arabic.rtf", "arabic.doc", "arabic.eml"})
        void arabicTextIsReadInTypedOrder(String fixture) throws IOException {
            Document doc = read(fixture);
            assertThat(doc.status()).as(doc.error()).isEqualTo(DocumentStatus.PROCESSED);
            assertThat(doc.language()).isEqualTo("ar");
            assertThat(flat(doc.text())).contains(FIRST, SECOND);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"arabic.odt", "arabic.rtf", "arabic.doc", "arabic.eml"})
        void arabicTitleIsRead(String fixture) throws IOException {
            assertThat(read(fixture).title()).isEqualTo(ArabicFixtures.TITLE);
        }

        @Test
        void mailSenderAndDateAreRead() throws IOException {
            Document doc = read("arabic.eml");
            assertThat(doc.author()).contains(ArabicFixtures.AUTHOR);
            assertThat(doc.published()).startsWith("2024-04-14");
        }

        @Test
        void docNamedJunkIsQuarantinedWithAReason() throws IOException {
            byte[] junk = new byte[2048];
            new java.util.Random(11).nextBytes(junk);
            Files.write(root.resolve("fake.doc"), junk);
            Document doc = reader.read(root, Path.of("fake.doc"));
            assertThat(doc.status()).isEqualTo(DocumentStatus.QUARANTINED);
            assertThat(doc.error()).isNotBlank();
        }
    }
}
