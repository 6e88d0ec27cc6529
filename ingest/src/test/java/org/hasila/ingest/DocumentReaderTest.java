package org.hasila.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.hasila.core.document.Document;
import org.hasila.core.document.DocumentStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentReaderTest {

    /** A sentence written for these tests: Arabic letters of every shape, digits and punctuation. */
    static final String ARABIC = "أفادت مصادر محلية بمقتل ثلاثة أشخاص وإصابة خمسة آخرين في قصف استهدف سوق البلدة ظهر الجمعة.";
    static final String ENGLISH = "Three people were killed and five wounded when shells hit the town market on Friday, "
            + "local sources said. Rescue teams were still searching the rubble in the evening.";

    @TempDir
    Path root;

    final DocumentReader reader = new DocumentReader(IngestSettings.defaults());

    Document readBytes(String name, byte[] bytes) throws IOException {
        Files.write(root.resolve(name), bytes);
        return reader.read(root, Path.of(name));
    }

    Document readFixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/test-documents/" + name)) {
            return readBytes(name, in.readAllBytes());
        }
    }

    @Nested
    class PlainTextEncodings {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"UTF-8", "UTF-16LE", "UTF-16BE", "windows-1256", "ISO-8859-6"})
        void arabicIsDecodedWithoutMojibakeInEveryEncoding(String charset) throws IOException {
            String text = ARABIC.replace("أ", "ا").replace("إ", "ا"); // ISO-8859-6 has hamza forms, keep it simple
            Charset cs = Charset.forName(charset);
            byte[] bytes = charset.startsWith("UTF-16") ? withUtf16Bom(text, cs) : text.getBytes(cs);
            Document doc = readBytes("report.txt", bytes);
            assertThat(doc.status()).isEqualTo(DocumentStatus.PROCESSED);
            assertThat(doc.text()).isEqualTo(text);
            assertThat(doc.language()).isEqualTo("ar");
        }

        @Test
        void shortWindows1256ArabicIsNotReadAsCyrillic() throws IOException {
            Document doc = readBytes("short.txt", "قتل خمسة مدنيين".getBytes(Charset.forName("windows-1256")));
            assertThat(doc.text()).isEqualTo("قتل خمسة مدنيين");
        }

        @Test
        void utf8ByteOrderMarkDoesNotEndUpInTheText() throws IOException {
            byte[] body = ARABIC.getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[body.length + 3];
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            System.arraycopy(body, 0, bytes, 3, body.length);
            Document doc = readBytes("bom.txt", bytes);
            assertThat(doc.text()).isEqualTo(ARABIC).doesNotContain("\uFEFF");
        }

        @Test
        void utf16WithoutByteOrderMarkIsRecognised() throws IOException {
            Document doc = readBytes("nobom.txt", ARABIC.getBytes(StandardCharsets.UTF_16LE));
            assertThat(doc.text()).isEqualTo(ARABIC);
        }

        private byte[] withUtf16Bom(String text, Charset cs) {
            byte[] body = text.getBytes(cs);
            byte[] bom = cs.equals(StandardCharsets.UTF_16LE) ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                    : new byte[] {(byte) 0xFE, (byte) 0xFF};
            byte[] out = Arrays.copyOf(bom, bom.length + body.length);
            System.arraycopy(body, 0, out, bom.length, body.length);
            return out;
        }
    }

    @Nested
    class BinaryFormats {

        @Test
        void docxTextAndCorePropertiesAreRead() throws IOException {
            Document doc = readBytes("report.docx", docx(ARABIC, "تقرير القصف", "ليلى حداد"));
            assertThat(doc.status()).isEqualTo(DocumentStatus.PROCESSED);
            assertThat(doc.text()).contains(ARABIC);
            assertThat(doc.title()).isEqualTo("تقرير القصف");
            assertThat(doc.author()).isEqualTo("ليلى حداد");
            assertThat(doc.published()).startsWith("2023-04-02");
        }

        @Test
        void aDocxTablesRowStaysOnOneLineWithItsFigures() throws IOException {
            String text = readFixture("table-of-families.docx").text();
            assertThat(text).contains("الموقع | عدد الأسر | عدد الأفراد", "مخيم الجفينة | 850 | 5,100",
                    "- قتل 3 مدنيين، بينهم طفل، وأصيب 5 آخرون");
        }

        @Test
        void aDocxIsReadAsAcceptedWithoutDeletionsOrAReviewersComment() throws IOException {
            String text = readFixture("tracked-changes.docx").text();
            assertThat(text).contains("انتشلت جثامين 7 قتلى وأسعفت 15 جريحاً")
                    .doesNotContain("47", "12 جريحاً", "Comment by", "يتحدث عن 9 قتلى");
        }

        @Test
        void footnotesFollowTheTextWithoutTheirMarks() throws IOException {
            String text = readFixture("footnotes.docx").text();
            assertThat(text).contains("وثقت مجموعة محامو الطوارئ مقتل 27 مدنياً وإصابة 80 آخرين")
                    .doesNotContain("footnoteRef", "[1]");
            assertThat(text.indexOf("أحصت لجنة أطباء السودان المركزية 29 قتيلاً"))
                    .isGreaterThan(text.indexOf("ومن بين القتلى 8 أطفال"));
        }

        @Test
        void aCopyrightFooterIsNoText() throws IOException {
            String text = readFixture("statement-with-footer.docx").text();
            assertThat(text).contains("وثق المرصد السوري لحقوق الإنسان مقتل 7 مدنيين")
                    .doesNotContain("جميع الحقوق محفوظة", "©");
        }

        @Test
        void englishPdfIsReadAndProcessed() throws IOException {
            Document doc = readBytes("report.pdf", pdf(ENGLISH.substring(0, 80), null));
            assertThat(doc.status()).isEqualTo(DocumentStatus.PROCESSED);
            assertThat(doc.text()).contains("Three people were killed");
            assertThat(doc.contentType()).isEqualTo("application/pdf");
        }
    }

    @Nested
    class BadInput {

        @Test
        void emptyFileIsQuarantined() throws IOException {
            assertQuarantined(readBytes("empty.txt", new byte[0]), "empty");
        }

        @Test
        void binaryJunkIsQuarantined() throws IOException {
            byte[] junk = new byte[4096];
            new java.util.Random(7).nextBytes(junk);
            assertQuarantined(readBytes("junk.bin", junk), "binary");
            assertQuarantined(readBytes("junk.txt", junk), "binary");
        }

        @Test
        void truncatedPdfIsQuarantined() throws IOException {
            byte[] whole = pdf(ENGLISH.substring(0, 80), null);
            assertQuarantined(readBytes("cut.pdf", Arrays.copyOf(whole, whole.length / 3)), "");
        }

        @Test
        void encryptedPdfIsQuarantinedAsEncrypted() throws IOException {
            assertQuarantined(readBytes("locked.pdf", pdf(ENGLISH.substring(0, 80), "secret")), "encrypted");
        }

        @Test
        void zipBombInDocxIsQuarantined() throws IOException {
            assertQuarantined(readBytes("bomb.docx", docxBomb()), "bomb");
        }

        @Test
        void fileOverTheSizeLimitIsQuarantinedUnread() throws IOException {
            Files.writeString(root.resolve("big.txt"), ARABIC, StandardCharsets.UTF_8);
            DocumentReader tiny = new DocumentReader(new IngestSettings(10, 1000, Duration.ofSeconds(10)));
            Document doc = tiny.read(root, Path.of("big.txt"));
            assertQuarantined(doc, "size limit");
            assertThat(doc.id()).matches("d-[0-9a-f]{12}");
        }

        @Test
        void symbolicLinkOutOfTheInputFolderIsListedAndNeverFollowed(@TempDir Path outside) throws IOException {
            Path secret = Files.writeString(outside.resolve("secret.txt"), ARABIC, StandardCharsets.UTF_8);
            Files.createSymbolicLink(root.resolve("link.txt"), secret);
            assertThat(DocumentReader.listFiles(root)).contains(Path.of("link.txt"));
            Document doc = reader.read(root, Path.of("link.txt"));
            assertQuarantined(doc, "outside the input folder");
            assertThat(doc.text()).isEmpty();
        }

        @Test
        void parseThatOverrunsTheTimeLimitIsCutOff() throws IOException {
            Files.write(root.resolve("slow.docx"), docx(ARABIC, null, null));
            DocumentReader hasty = new DocumentReader(new IngestSettings(1_000_000, 1000, Duration.ofNanos(1)));
            assertQuarantined(hasty.read(root, Path.of("slow.docx")), "time limit");
        }

        @Test
        void textOverTheWriteLimitIsQuarantined() throws IOException {
            Files.write(root.resolve("long.docx"), docx(ENGLISH.repeat(20), null, null));
            DocumentReader small = new DocumentReader(new IngestSettings(1_000_000, 100, Duration.ofSeconds(30)));
            assertQuarantined(small.read(root, Path.of("long.docx")), "write limit");
        }

        private void assertQuarantined(Document doc, String reasonPart) {
            assertThat(doc.status()).isEqualTo(DocumentStatus.QUARANTINED);
            assertThat(doc.error()).isNotBlank().doesNotContain("\n").containsIgnoringCase(reasonPart);
        }
    }

    @Nested
    class WebPages {

        @Test
        void articleIsKeptAndThePageAroundItDropped() throws IOException {
            Document doc = readFixture("article-with-chrome.html");
            assertThat(doc.status()).isEqualTo(DocumentStatus.PROCESSED);
            assertThat(doc.text()).contains("قتل ستة مدنيين، بينهم طفلان", "انتشلت الجثث من تحت الأنقاض");
            assertThat(doc.text()).doesNotContain("الرئيسية", "عاجل", "اقرأ أيضاً", "الأكثر قراءة", "فيسبوك",
                    "الحقوق محفوظة", "tracker", "document.write");
        }

        @Test
        void numbersInSidebarAndReadAlsoHeadlinesAreNotArticleText() throws IOException {
            String text = readFixture("article-with-chrome.html").text();
            assertThat(text).doesNotContain("40", "85", "3000", "120", "55", "1500", "42", "777");
        }

        @Test
        void paragraphsAreSeparatedByABlankLine() throws IOException {
            String text = readFixture("article-with-chrome.html").text();
            assertThat(text).contains("الدفاع المدني.\n\nوقال مسؤول محلي");
        }

        @Test
        void aBodyMarkedWithoutItsHeadlineKeepsThePagesHeadlineAndDropsItsTags() throws IOException {
            String page = "<html><head><meta charset=\"utf-8\"><title>t</title></head><body><nav><a href=\"/\">الرئيسية</a>"
                    + "</nav><h1>مقتل سبعة جنود بهجوم لداعش في ديالى</h1><div class=\"meta\">نشر في</div>"
                    + "<div itemprop=\"articleBody\"><p>" + ARABIC + "</p><p>الكلمات المفتاحية: ديالى داعش المقدادية</p>"
                    + "</div></body></html>";
            String text = readBytes("tagged.html", page.getBytes(StandardCharsets.UTF_8)).text();
            assertThat(text).startsWith("مقتل سبعة جنود بهجوم لداعش في ديالى").contains(ARABIC)
                    .doesNotContain("الكلمات المفتاحية", "المقدادية", "نشر في", "الرئيسية");
        }

        @Test
        void aDateShownInWordsByAnElementOfDateDatesAPageThatDeclaresNone() throws IOException {
            String page = "<html><head><meta charset=\"utf-8\"><title>t</title></head><body><h1>الباب تشيّع ضحايا التفجير"
                    + "</h1><div class=\"entry-meta\">بواسطة: <a href=\"/author/22\">فريق التحرير</a> | <span class=\"date\">"
                    + "21 أكتوبر 2024</span> | <a href=\"#comments\">4 تعليقات</a></div><article><p>" + ARABIC
                    + "</p></article></body></html>";
            assertThat(readBytes("byline.html", page.getBytes(StandardCharsets.UTF_8)).published())
                    .isEqualTo("2024-10-21");
        }

        @Test
        void anArticlesListItemsKeepAMark() throws IOException {
            String page = "<html><head><meta charset=\"utf-8\"><title>t</title></head><body><article><p>" + ARABIC
                    + " وجاءت الحصيلة على النحو التالي:</p><ul><li>في درعا: مقتل 3 مدنيين.</li>"
                    + "<li>في إدلب: مقتل 4 من الفصائل.</li><li> </li></ul></article></body></html>";
            String text = readBytes("list.html", page.getBytes(StandardCharsets.UTF_8)).text();
            assertThat(text).contains("التالي:\n\n- في درعا: مقتل 3 مدنيين.\n\n- في إدلب: مقتل 4 من الفصائل.")
                    .doesNotContain("- \n").doesNotEndWith("-");
        }

        @Test
        void teaserCardsMarkedAsArticlesDoNotReplaceTheBody() throws IOException {
            // the page's only <article> elements are the related-stories cards under the story in <main>
            String text = readFixture("teaser-cards-page.html").text();
            assertThat(text).contains("قتل 8 أشخاص، بينهم طفلان، وأصيب 20 آخرون", "اعتقال شخصين")
                    .doesNotContain("مقتل 7 عناصر من الجيش الوطني");
        }

        @Test
        void anArticleLaidOutInATableCellOfFontTagsIsFoundInWindows1256() throws IOException {
            Document doc = readFixture("table-layout-cp1256.html");
            assertThat(doc.text()).contains("ان جنديين من الجيش العراقي قتلا", "واعتقلت اربعة اشخاص")
                    .doesNotContain("عدد المصوتين");
        }

        @Test
        void theLeadBesideTheBodyIsKept() throws IOException {
            String text = readFixture("lead-beside-body.html").text();
            assertThat(text).contains("قالت شبكة أطباء السودان إن 25 شخصا على الأقل قتلوا",
                    "وأوضحت الشبكة، في بيان، أن بين القتلى 8 أطفال");
            assertThat(text.indexOf("25 شخصا")).isLessThan(text.indexOf("8 أطفال"));
        }

        @Test
        void aTableRowStaysOnOneLineWithItsFigures() throws IOException {
            String text = readFixture("table-of-figures.html").text();
            assertThat(text).contains("سبتمبر (أيلول) | 6 | 14", "أكتوبر (تشرين الأول) | 9 | 21");
        }

        @Test
        void photoCaptionsAndSuggestedStoriesAreNotArticleText() throws IOException {
            String text = readFixture("captioned-photo.html").text();
            assertThat(text).contains("22").doesNotContain("دير البلح", "قصص مقترحة", "خان يونس");
        }

        @Test
        void aBlogsPostsColumnNamedAsAWidgetIsKept() throws IOException {
            Document doc = readFixture("blogger-widget-page.html");
            assertThat(doc.status()).isEqualTo(DocumentStatus.PROCESSED);
            assertThat(doc.text()).contains("إلى 12 قتيلاً مدنياً، بينهم 4 أطفال", "كما أصيب 20 شخصاً");
        }

        @Test
        void everyEntryOfAFeedIsKept() throws IOException {
            // a Telegram channel's export: the posts are entries of one feed, the longest is not the whole story
            String text = readFixture("telegram-export.html").text();
            assertThat(text).contains("استشهاد جنديين وإصابة ضابط", "أسفرت عن استشهاد 3 من الحراس",
                    "إلقاء القبض على 9 من النزلاء الهاربين");
        }

        @Test
        void aSectionOfRelatedStoriesIsNoArticleText() throws IOException {
            String page = "<!DOCTYPE html><html lang=\"ar\"><head><title>غوزا</title></head><body><main><article>"
                    + "<h1>مقتل 12 شخصاً في تفجير انتحاري بسوق في غوزا</h1>"
                    + "<p>قُتل 12 شخصاً على الأقل وأصيب 30 آخرون في تفجير انتحاري مزدوج استهدف سوقاً شعبية في بلدة غوزا"
                    + " بولاية بورنو شمال شرقي نيجيريا، بحسب ما أفاد مسؤولون محليون.</p>"
                    + "<p>وقال المتحدث باسم شرطة الولاية إن فرق الإنقاذ نقلت الجرحى إلى مستشفى مايدوغوري.</p>"
                    + "</article><section aria-labelledby=\"related-content\"><h2 id=\"related-content\">قصص ذات صلة</h2>"
                    + "<ul role=\"list\"><li><a href=\"/a/1\">مقتل 63 في هجوم على بلدة دار الجمال</a>"
                    + "<time datetime=\"2025-09-06\">6 سبتمبر/ أيلول 2025</time></li></ul></section></main></body></html>";
            String text = readBytes("bbc.html", page.getBytes(StandardCharsets.UTF_8)).text();
            assertThat(text).contains("قُتل 12 شخصاً على الأقل").doesNotContain("قصص ذات صلة", "دار الجمال");
        }

        @Test
        void declaredMetadataIsRead() throws IOException {
            Document doc = readFixture("article-with-chrome.html");
            assertThat(doc.title()).isEqualTo("مقتل ستة مدنيين بقصف على قرية في ريف حماة");
            assertThat(doc.published()).isEqualTo("2023-03-14T09:30:00+03:00");
            assertThat(doc.author()).isEqualTo("سلمى الخطيب");
        }
    }

    @Nested
    class ScrapedPlainText {

        @Test
        void interfaceLinesAndImageNamesAreDropped() throws IOException {
            String text = readFixture("scraped-article.txt").text();
            assertThat(text).doesNotContain("icon", "تغطية حية", "+A", "-A", "حجم الخط", "2-15.jpg", "صورة 2.jpg");
            assertThat(text).contains("أعلنت مصادر طبية مقتل أربعة عناصر", "نقلت الجرحى");
        }

        @Test
        void readAlsoListIsDroppedWithItsNumbers() throws IOException {
            String text = readFixture("scraped-article.txt").text();
            assertThat(text).doesNotContain("اقرأ أيضاً", "33 قتيلاً", "الطريق الدولي");
            assertThat(text).contains("وقال شهود إن الاشتباكات توقفت");
        }

        @Test
        void headlineDateLineBylineAndDatelineAreRead() throws IOException {
            Document doc = readFixture("scraped-article.txt");
            assertThat(doc.title()).isEqualTo("اشتباكات عنيفة في محيط مطار المدينة");
            assertThat(doc.published()).isEqualTo("2023-05-03T14:20");
            assertThat(doc.author()).isEqualTo("سامر يوسف");
            assertThat(doc.dateline()).isEqualTo("الرقة");
        }

        @Test
        void aNumericDateLineWithDotsOrDashesIsDayFirstAndWithSlashesOnlyWhenItMustBe() throws IOException {
            String body = "\n\nقُتل خمسة مدنيين في قصف على السوق صباح اليوم بحسب مصادر طبية في المدينة.";
            assertThat(readBytes("dots.txt", ("عنوان الخبر\n\nلاغوس/ الأناضول\n11.08.2025" + body)
                    .getBytes(StandardCharsets.UTF_8)).published()).isEqualTo("2025-08-11");
            assertThat(readBytes("dashes.txt", ("عنوان الخبر\n\n6-10-2025" + body).getBytes(StandardCharsets.UTF_8))
                    .published()).isEqualTo("2025-10-06");
            assertThat(readBytes("slashes.txt", ("عنوان الخبر\n\n25/10/2025" + body).getBytes(StandardCharsets.UTF_8))
                    .published()).isEqualTo("2025-10-25");
            // in Arabic, slashes are day first too; an English line's are not
            assertThat(readBytes("arabic-slashes.txt", ("عنوان الخبر\n\nنشر في 5/9/2025 آخر تحديث: 5/9/2025 02:47 م"
                    + body).getBytes(StandardCharsets.UTF_8)).published()).startsWith("2025-09-05");
            // a line of a slashed date alone under an Arabic headline is day first too
            assertThat(readBytes("arabic-text.txt", ("عنوان الخبر\n\nالمصدر: الجزيرة + رويترز\n12/9/2024" + body)
                    .getBytes(StandardCharsets.UTF_8)).published()).isEqualTo("2024-09-12");
            assertThat(readBytes("ambiguous.txt", ("Headline\n\n03/04/2025\n\nFive civilians were killed in shelling on"
                    + " the market this morning, medical sources said.").getBytes(StandardCharsets.UTF_8)).published())
                    .isNull();
            // a line of two stamps, and one with the Hijri date beside
            assertThat(readBytes("stamps.txt", ("عنوان الخبر\n\nنشر في: 10.02.2025 - 09:41 | آخر تحديث: 10.02.2025 -"
                    + " 09:41" + body).getBytes(StandardCharsets.UTF_8)).published()).isEqualTo("2025-02-10T09:41");
            assertThat(readBytes("hijri.txt", ("عنوان الخبر\n\nنُشر: 12 فبراير 2025 م ـ 14 شَعبان 1446 هـ" + body)
                    .getBytes(StandardCharsets.UTF_8)).published()).isEqualTo("2025-02-12");
            // day, month and year set apart by spaced dashes, the month named or in figures
            assertThat(readBytes("spaced.txt", ("عنوان الخبر\n\nنشر في 5 - نوفمبر - 2025" + body)
                    .getBytes(StandardCharsets.UTF_8)).published()).isEqualTo("2025-11-05");
            assertThat(readBytes("spaced-figures.txt", ("عنوان الخبر\n\nنشر في 05 - 11 - 2025" + body)
                    .getBytes(StandardCharsets.UTF_8)).published()).isEqualTo("2025-11-05");
            // the Hijri date first, then the Gregorian it corresponds to, its month named twice with a slash
            assertThat(readBytes("corresponding.txt", ("عنوان الخبر\n\nالاثنين 18 ربيع الآخر 1446 هـ - الموافق 21 تشرين"
                    + " الأول/أكتوبر 2024 م" + body).getBytes(StandardCharsets.UTF_8)).published())
                    .isEqualTo("2024-10-21");
            // a byline with its author and the count of comments beside the date
            assertThat(readBytes("byline.txt", ("عنوان الخبر\n\nبواسطة: فريق التحرير | 21 أكتوبر 2024 | 4 تعليقات"
                    + body).getBytes(StandardCharsets.UTF_8)).published()).isEqualTo("2024-10-21");
        }

        @Test
        void aDatedOpeningDatesTheFileAndNamesItsDateline() throws IOException {
            assertOpening("wafa.txt", "ثلاثة شهداء في قصف على بلدة طمون\n\nطوباس 3-9-2025 وفا- استشهد ثلاثة شبان، وأصيب"
                    + " اثنان آخران، مساء اليوم الأربعاء، في قصف من مسيرة على بلدة طمون.", "2025-09-03", "طوباس");
            assertOpening("afp.txt", "Soldiers killed in Mali\n\nBAMAKO, July 23, 2025 (AFP) - At least 12 soldiers"
                    + " were killed when jihadists stormed an army post, a local official said.", "2025-07-23",
                    "BAMAKO");
            assertOpening("garowe.txt", "Soldiers killed in Puntland\n\nGAROWE, Somalia, February 12, 2025 - At least"
                    + " 11 soldiers were killed early Tuesday when militants stormed a base, officials said.",
                    "2025-02-12", "GAROWE");
            // AP's agency and dash before the date; a dash alone between the city and the date
            assertOpening("ap.txt", "Gangs storm prisons\n\nPORT-AU-PRINCE, Haiti (AP) — March 4, 2024 — Armed gangs"
                    + " stormed the country's two biggest prisons over the weekend.", "2024-03-04", "PORT-AU-PRINCE");
            assertOpening("spaced.txt", "اشتباكات في المخيم\n\nبيروت - 25 أيلول 2024 - قتل 11 شخصاً في اشتباكات داخل"
                    + " مخيم عين الحلوة جنوبي لبنان.", "2024-09-25", "بيروت");
            // an Arabic comma after the city, both names of the month
            assertOpening("afp-ar.txt", "مقتل مئة مدني في بوركينا فاسو\n\nواغادوغو، 5 حزيران/يونيو 2021 (أ ف ب) - قُتل"
                    + " مئة مدني على الأقل ليل الجمعة السبت في هجوم على قرية في شمال البلاد.", "2021-06-05",
                    "واغادوغو");
            Document noAgency = readBytes("un.txt", ("تقرير أممي\n\nجنيف، 12 أيار/مايو 2023 - قال مكتب حقوق الإنسان إن"
                    + " القوات أعدمت ما لا يقل عن 500 شخص في قرية مورا وسط مالي.").getBytes(StandardCharsets.UTF_8));
            assertThat(noAgency.published()).isEqualTo("2023-05-12");
        }

        /** A file of {@code text} is dated {@code published} and filed from {@code dateline} by its opening. */
        private void assertOpening(String name, String text, String published, String dateline) throws IOException {
            Document document = readBytes(name, text.getBytes(StandardCharsets.UTF_8));
            assertThat(document.published()).isEqualTo(published);
            assertThat(document.dateline()).isEqualTo(dateline);
        }

        @Test
        void anOutletsNameBeforeItsLastUpdateLeavesTheDateLineADateLine() throws IOException {
            Document live = readBytes("live.txt", ("تغطية مباشرة | هجوم فندق في مقديشو\nالصومال الجديد - آخر تحديث:"
                    + " الأحد 21 أغسطس 2022، 08:30 بتوقيت مقديشو\n\n08:30 — مصدر في الشرطة: ارتفاع عدد القتلى إلى 20،"
                    + " والعمليات مستمرة في الطابق الأخير من الفندق.").getBytes(StandardCharsets.UTF_8));
            assertThat(live.published()).startsWith("2022-08-21");
        }

        @Test
        void aKnownCityAloneOnAHeaderLineIsTheDateline() throws IOException {
            Document garowe = readBytes("garowe.txt", ("جاروي أونلاين\nمقديشو\nنشر في: 18 أغسطس 2025\n\nوفاة جريحين من ضحايا"
                    + " تفجير أفجوي\n\nتوفي اثنان من المصابين في التفجير الذي استهدف نقطة تفتيش في أفجوي، ما يرفع عدد القتلى"
                    + " إلى 14.").getBytes(StandardCharsets.UTF_8));
            assertThat(garowe.dateline()).isEqualTo("مقديشو");
            assertThat(garowe.published()).isEqualTo("2025-08-18");
        }

        /**
         * A city before the date line's dash ("بيروت - ٢٥ أيلول/سبتمبر ٢٠٢٤"), with the agency in brackets beside it
         * ("بيروت (أ ف ب) - 26 تشرين الأول/أكتوبر 2024") or the outlet it was taken from after it ("كويتا – الخميس 13
         * تموز/يوليو 2023 (نقلاً عن صحيفة "دون")"), or a dated opening whose bracketed agency ends it without a
         * dash ("إسلام آباد 23 أغسطس 2025 (شينخوا) ارتفعت"): each dates the file and names its dateline.
         */
        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', value = {
            "غارات على الجنوب\\n\\nبيروت - ٢٥ أيلول/سبتمبر ٢٠٢٤\\n\\n|2024-09-25|بيروت",
            "بيروت (أ ف ب) - 26 تشرين الأول/أكتوبر 2024\\n\\nغارات إسرائيلية تقتل 14 شخصاً\\n\\n|2024-10-26|بيروت",
            // the outlet it was taken from, in brackets after the date
            "كويتا – الخميس 13 تموز/يوليو 2023 (نقلاً عن صحيفة \"دون\" الباكستانية)\\n\\nارتفاع حصيلة الهجوم\\n\\n|2023-07-13|كويتا",
            // an official statement's head: a known city, "في" and the date
            "المتحدث العسكري للقوات المسلحة\\nبيان\\n\\nالقاهرة في 19 سبتمبر 2017\\n\\n|2017-09-19|القاهرة",
            "باكستان: ارتفاع حصيلة تفجير المسجد\\n\\nإسلام آباد 23 أغسطس 2025 (شينخوا) ارتفعت حصيلة قتلى التفجير الانتحاري"
                    + " الذي استهدف مسجدا في مدينة بيشاور إلى 14 قتيلا و47 جريحا، بحسب مسؤولين.\\n\\n|2025-08-23|إسلام آباد"})
        void aCityAndItsDateBeforeTheStoryAreTheDatelineAndTheDate(String head, String published, String dateline)
                throws IOException {
            String text = head.replace("\\n", "\n") + ARABIC + " " + ARABIC; // "\\n" in a CSV value is a line break
            Document doc = readBytes("dated.txt", text.getBytes(StandardCharsets.UTF_8));
            assertThat(doc.published()).isEqualTo(published);
            assertThat(doc.dateline()).isEqualTo(dateline);
        }

        @Test
        void aHijriDateInDigitsIsNoYearAndTheGregorianAfterItDatesTheFile() throws IOException {
            String text = "مقتل 28 في هجوم على حافلة\nالجزيرة نت - السبت 29/1/1436 هـ - الموافق 22/11/2014 م\n\n" + ARABIC
                    + " " + ARABIC;
            assertThat(readBytes("hijri.txt", text.getBytes(StandardCharsets.UTF_8)).published()).isEqualTo("2014-11-22");
        }

        @Test
        void aCityAndTheQuotedOutletThatFiledFromItIsTheDateline() throws IOException {
            String text = "إسرائيل تقول إنها قتلت عنصراً بغارة على الجنوب\n\nبيروت: «الشرق الأوسط»\n"
                    + "نُشر: الثلاثاء 08 أبريل 2025\n\n" + ARABIC + " " + ARABIC;
            Document doc = readBytes("colon.txt", text.getBytes(StandardCharsets.UTF_8));
            assertThat(doc.dateline()).isEqualTo("بيروت");
            assertThat(doc.published()).isEqualTo("2025-04-08");
        }

        @Test
        void aCityAndTheAgencyAfterItsSlashIsTheDateline() throws IOException {
            String text = "مقتل 30 مدنياً في هجوم على قرية\n\nواغادوغو/ الأناضول\nنشر في: 25.05.2025 - 14:20\n\n"
                    + ARABIC + " " + ARABIC;
            Document doc = readBytes("slash.txt", text.getBytes(StandardCharsets.UTF_8));
            assertThat(doc.dateline()).isEqualTo("واغادوغو");
            assertThat(doc.published()).startsWith("2025-05-25");
        }

        @Test
        void anOpeningDatedWithAnArabicMonthDatesTheFile() throws IOException {
            String text = "وزارة الصحة: 14 قتيلا و28 جريحا في قصف المخيم\n\nالفاشر 10 مارس 2025 — أعلنت وزارة الصحة، الاثنين، أن"
                    + " 14 شخصا قتلوا. " + ARABIC + " " + ARABIC;
            Document doc = readBytes("opening.txt", text.getBytes(StandardCharsets.UTF_8));
            assertThat(doc.published()).isEqualTo("2025-03-10");
            assertThat(doc.dateline()).isEqualTo("الفاشر");
        }

        @Test
        void aPlaceNoListNamesBeforeTheDateLinesDashIsTheDateline() throws IOException {
            String text = "مالي: مقتل 20 جنديا\n\nباماكو – الاثنين ٢٣ نوفمبر ٢٠٢٦\n\n" + ARABIC + " " + ARABIC;
            Document doc = readBytes("mali.txt", text.getBytes(StandardCharsets.UTF_8));
            assertThat(doc.published()).isEqualTo("2026-11-23");
            assertThat(doc.dateline()).isEqualTo("باماكو");
            String labelled = "عنوان\n\nآخر تحديث - 23 نوفمبر 2026\n\n" + ARABIC + " " + ARABIC;
            assertThat(readBytes("l.txt", labelled.getBytes(StandardCharsets.UTF_8)).dateline()).isNull();
        }

        @Test
        void anEnglishWireDatelineWithItsDateIsRead() throws IOException {
            String text = "Gunmen kill 14 villagers in northern Burkina Faso\n\nOUAGADOUGOU, Feb 3 (Reuters) - Suspected"
                    + " militants killed at least 14 civilians in an attack on a village, the regional governor said.";
            assertThat(readBytes("wire.txt", text.getBytes(StandardCharsets.UTF_8)).dateline()).isEqualTo("OUAGADOUGOU");
            String withCountry = "Police post attacked\n\nPESHAWAR, Pakistan, Nov 20 (Reuters) - Militants attacked a police"
                    + " station in northwest Pakistan, killing at least seven policemen, officials said.";
            assertThat(readBytes("wire2.txt", withCountry.getBytes(StandardCharsets.UTF_8)).dateline())
                    .isEqualTo("PESHAWAR");
            String withYear = "Soldiers killed in Mali\n\nBAMAKO, July 23, 2025 (AFP) - At least 12 soldiers were killed"
                    + " when jihadists stormed an army post, a local official said.";
            assertThat(readBytes("wire3.txt", withYear.getBytes(StandardCharsets.UTF_8)).dateline()).isEqualTo("BAMAKO");
            Document dated = readBytes("dated.txt", ("February 3, 2024\n\n" + text).getBytes(StandardCharsets.UTF_8));
            assertThat(dated.published()).isEqualTo("2024-02-03");
            assertThat(dated.monthDay()).as("a dated text needs no month and day").isNull();
        }

        @Test
        void aWireDatelineWithoutItsYearGivesItsMonthAndDayNotADate() throws IOException {
            String text = "Blasts in Beirut\n\nBEIRUT, Sept. 18 (Reuters) - Walkie-talkies exploded across Lebanon on"
                    + " Wednesday, killing at least nine people, the health ministry said.";
            Document doc = readBytes("wire.txt", text.getBytes(StandardCharsets.UTF_8));
            assertThat(doc.published()).isNull();
            assertThat(doc.monthDay()).isEqualTo("--09-18");
            assertThat(doc.dateline()).isEqualTo("BEIRUT");
            String withCountry = "Train attacked\n\nPESHAWAR, Pakistan, March 11 (Reuters) - Militants attacked a train"
                    + " in southwest Pakistan on Tuesday, officials said, in an attack claimed by separatists.";
            assertThat(readBytes("wire2.txt", withCountry.getBytes(StandardCharsets.UTF_8)).monthDay()).isEqualTo("--03-11");
            String twoCities = "Soldiers killed\n\nJERUSALEM/BEIRUT, Oct 2 (Reuters) - Eight soldiers were killed in combat in"
                    + " the south on Wednesday, the military said, the first losses it has announced this week.";
            Document filedTogether = readBytes("wire5.txt", twoCities.getBytes(StandardCharsets.UTF_8));
            assertThat(filedTogether.monthDay()).isEqualTo("--10-02");
            assertThat(filedTogether.dateline()).isEqualTo("BEIRUT");
            String withYear = "Soldiers killed in Mali\n\nBAMAKO, July 23, 2025 (AFP) - At least 12 soldiers were killed"
                    + " when jihadists stormed an army post, a local official said.";
            assertThat(readBytes("wire3.txt", withYear.getBytes(StandardCharsets.UTF_8)).monthDay()).isNull();
            String noDay = "Clashes\n\nBEIRUT, Sept 31 (Reuters) - Clashes went on in the south of the country on"
                    + " Tuesday, residents said, as shelling hit several villages near the border.";
            assertThat(readBytes("wire4.txt", noDay.getBytes(StandardCharsets.UTF_8)).monthDay()).isNull();
            String arabic = "فرار سجناء في تكريت\n\nتكريت (العراق) 28 سبتمبر أيلول (رويترز) - قالت الشرطة إن مسلحين هاجموا"
                    + " سجنا في المدينة مساء الخميس مما أسفر عن مقتل 12 شرطيا وفرار عشرات السجناء.";
            Document arabicWire = readBytes("wire6.txt", arabic.getBytes(StandardCharsets.UTF_8));
            assertThat(arabicWire.published()).isNull();
            assertThat(arabicWire.monthDay()).isEqualTo("--09-28");
            assertThat(arabicWire.dateline()).isEqualTo("تكريت");
            String slashed = "قصف على المدينة\n\nالخرطوم 19 كانون الثاني/يناير (رويترز) - قال سكان إن قصفا مدفعيا استهدف أحياء"
                    + " في جنوب المدينة يوم الأحد وأسفر عن مقتل خمسة مدنيين على الأقل.";
            assertThat(readBytes("wire7.txt", slashed.getBytes(StandardCharsets.UTF_8)).monthDay()).isEqualTo("--01-19");
        }

        @Test
        void aHeadlineEndingWithItsDateDatesTheFileAndStaysItsTitle() throws IOException {
            String headline = "تغطية مباشرة | اليوم الـ384 للحرب على غزة - الخميس 24 تشرين الأول 2024";
            Document doc = readBytes("live.txt", (headline + "\nالعربي الجديد\n\n" + ARABIC).getBytes(StandardCharsets.UTF_8));
            assertThat(doc.published()).isEqualTo("2024-10-24");
            assertThat(doc.title()).isEqualTo(headline);
            String dashedHeadline = "مقتل خمسة في قصف - الفاشر\n\n" + ARABIC;
            assertThat(readBytes("h.txt", dashedHeadline.getBytes(StandardCharsets.UTF_8)).published()).isNull();
        }

        @Test
        void textWithoutHeaderHasNullMetadataNotGuesses() throws IOException {
            Document doc = readBytes("bare.txt", (ARABIC + " " + ARABIC).getBytes(StandardCharsets.UTF_8));
            assertThat(doc.title()).isNull();
            assertThat(doc.published()).isNull();
            assertThat(doc.author()).isNull();
            assertThat(doc.dateline()).isNull();
        }

        @Test
        void dateInsideASentenceIsNotThePublicationDate() throws IOException {
            String text = "وقع الهجوم في 12 آذار 2021 على حاجز عسكري قرب المدينة، وأسفر عن سقوط قتلى وجرحى بحسب المصادر.";
            assertThat(readBytes("event.txt", text.getBytes(StandardCharsets.UTF_8)).published()).isNull();
        }
    }

    @Nested
    class Language {

        @Test
        void englishIsProcessed() throws IOException {
            Document doc = readBytes("en.txt", ENGLISH.getBytes(StandardCharsets.UTF_8));
            assertThat(doc.language()).isEqualTo("en");
            assertThat(doc.status()).isEqualTo(DocumentStatus.PROCESSED);
        }

        @Test
        void otherLanguagesAreSkippedWithTheReason() throws IOException {
            String french = "Trois personnes ont été tuées et cinq blessées lorsque des obus ont frappé le marché "
                    + "de la ville vendredi, selon des sources locales.";
            Document doc = readBytes("fr.txt", french.getBytes(StandardCharsets.UTF_8));
            assertThat(doc.status()).isEqualTo(DocumentStatus.SKIPPED);
            assertThat(doc.language()).isEqualTo("fr");
            assertThat(doc.error()).contains("fr");
            assertThat(doc.text()).isNotEmpty();
        }

        @Test
        void persianInArabicScriptIsSkippedNotReadAsArabic() throws IOException {
            String persian = "سه نفر کشته و پنج نفر زخمی شدند وقتی گلوله‌ها به بازار شهر در روز جمعه اصابت کرد، "
                    + "منابع محلی گفتند.";
            Document doc = readBytes("fa.txt", persian.getBytes(StandardCharsets.UTF_8));
            assertThat(doc.status()).isEqualTo(DocumentStatus.SKIPPED);
        }
    }

    @Nested
    class Identity {

        @Test
        void idIsDerivedFromTheContentNotTheName() throws IOException {
            Document a = readBytes("a.txt", ARABIC.getBytes(StandardCharsets.UTF_8));
            Document b = readBytes("b.txt", ARABIC.getBytes(StandardCharsets.UTF_8));
            assertThat(a.id()).isEqualTo(b.id()).isEqualTo("d-" + a.sha256().substring(0, 12));
            assertThat(a.file()).isEqualTo("a.txt");
        }

        @Test
        void listFilesIsSortedAndRecursive() throws IOException {
            Files.createDirectories(root.resolve("sub"));
            Files.writeString(root.resolve("sub/b.txt"), "b", StandardCharsets.UTF_8);
            Files.writeString(root.resolve("a.txt"), "a", StandardCharsets.UTF_8);
            assertThat(DocumentReader.listFiles(root)).containsExactly(Path.of("a.txt"), Path.of("sub/b.txt"));
        }

        @Test
        void aFolderOfEmptyFoldersHasNoFilesAndOneFileDeepDown() throws IOException {
            Files.createDirectories(root.resolve("sub/deeper"));
            assertThat(DocumentReader.hasFiles(root)).isFalse();
            assertThat(DocumentReader.listFiles(root)).isEmpty();
            Files.writeString(root.resolve("sub/deeper/c.html"), "c", StandardCharsets.UTF_8);
            assertThat(DocumentReader.hasFiles(root)).isTrue();
        }
    }

    static byte[] docx(String text, String title, String creator) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            var core = doc.getProperties().getCoreProperties();
            Optional.ofNullable(title).ifPresent(core::setTitle);
            Optional.ofNullable(creator).ifPresent(core::setCreator);
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.clear();
            created.set(2023, Calendar.APRIL, 2, 8, 0);
            core.setCreated(Optional.of(created.getTime()));
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A docx whose single part inflates from a few kilobytes to tens of megabytes of text. */
    static byte[] docxBomb() throws IOException {
        byte[] valid = docx("x", null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(valid));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    zip.write(xml.replace(">x<", ">" + "a".repeat(8_000_000) + "<").getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(in.readAllBytes());
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static byte[] pdf(String line, String password) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(50, 700);
                content.showText(line);
                content.endText();
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
