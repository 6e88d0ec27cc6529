package org.hasila.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Near-duplicate detection on stories written for this test: one wire story republished, one told anew. */
class NearDuplicatesTest {

    static final String STORY = """
            مقتل خمسة مدنيين بغارة جوية على بلدة في ريف دير الزور

            قتل خمسة مدنيين، بينهم امرأتان وطفل، وأصيب تسعة آخرون بجروح متفاوتة، جراء غارة جوية استهدفت منزلا \
            سكنيا في بلدة الصالحية بريف دير الزور الشرقي فجر الثلاثاء، بحسب ما أفاد به ناشطون محليون.

            وقال مسؤول في فريق الإسعاف المحلي إن فرق الإنقاذ عملت لساعات على انتشال الضحايا من تحت ركام المنزل، \
            مشيرا إلى أن حالة ثلاثة من المصابين خطرة وقد نقلوا إلى مستشفى المدينة.

            وأضاف المسؤول أن الغارة هي الثالثة التي تطال البلدة خلال أسبوع واحد، وأن عشرات العائلات بدأت بالنزوح \
            نحو القرى المجاورة خوفا من تجدد القصف.

            ولم تعلن أي جهة مسؤوليتها عن الغارة حتى الآن، فيما طالبت منظمات إنسانية بفتح تحقيق مستقل في استهداف \
            المدنيين وتأمين ممرات آمنة لإجلاء الجرحى.""";

    /** The same story as another site ran it: new headline, a few words edited, spelling variants, a read-also line. */
    static final String REPUBLISHED = STORY
            .replace("مقتل خمسة مدنيين بغارة جوية على بلدة في ريف دير الزور",
                    "غارة جوية تقتل خمسة مدنيين في الصالحية شرق دير الزور")
            .replace("فجر الثلاثاء", "صباح الثلاثاء")
            .replace("عملت لساعات", "عملت طوال ساعات")
            .replace("مستشفى المدينة", "المستشفى الوطني")
            .replace("إنسانية", "انسانيه")
            + "\n\nاقرأ أيضا: نزوح عشرات العائلات من ريف دير الزور بعد تصاعد القصف";

    /** Another report of the same incident: same place, names and figures, its own words. */
    static final String OTHER_REPORT = """
            أفاد مرصد محلي لحقوق الإنسان بأن طائرة حربية قصفت فجر الثلاثاء منزلا في بلدة الصالحية شرقي دير الزور، \
            ما أدى إلى سقوط خمسة قتلى مدنيين وتسعة جرحى. وأوضح المرصد أن بين القتلى امرأتين وطفلا، وأن ثلاثة من \
            الجرحى في حالة حرجة. وذكر سكان من البلدة أن القصف تكرر ثلاث مرات منذ مطلع الأسبوع، وأن كثيرا من الأسر \
            غادرت منازلها باتجاه القرى القريبة. ودعت منظمات إغاثة إلى حماية المدنيين والتحقيق في الغارة التي لم \
            تتبنها أي جهة حتى الآن.""";

    @Nested
    class Signatures {

        /** Signatures are stored with each document: a release that computed them otherwise would miss every copy. */
        @Test
        void signaturesStayTheSameAcrossReleases() {
            assertThat(sha256(NearDuplicates.signature(STORY).encode()))
                    .isEqualTo("2343e9efca237193b29d7377cf1ba567d53fd47741591dbf78a51b95b8969dfe");
            String mixed = "Ab\uD835\uDC00\uD835\uDC01 x٣ ²³ Ⅻ \uD800 lone \uDC00 Ⓐ \uD835\uDFD8 ɐ ǅ 123,4 WHO's «قوات» ـــ";
            assertThat(sha256(NearDuplicates.signature(mixed).encode()))
                    .isEqualTo("80699b90dd66a8f61f20d37a6a2710bcaf4cbfc5f95459cbb6e6ba83cb6653a3");
            assertThat(sha256(NearDuplicates.signature("قتل ثلاثة").encode()))
                    .isEqualTo("c737635277331cb758052fb0a1e61803e0b841db7129967c1043ea52d7bc8824");
        }

        @Test
        void republishedStoryWithSmallEditsIsMostlyContained() {
            Fingerprint a = NearDuplicates.signature(STORY);
            Fingerprint b = NearDuplicates.signature(REPUBLISHED);
            assertThat(a.containment(b)).isGreaterThan(0.7);
        }

        @Test
        void anotherReportOfTheSameIncidentSharesLittle() {
            Fingerprint a = NearDuplicates.signature(STORY);
            Fingerprint c = NearDuplicates.signature(OTHER_REPORT);
            assertThat(a.containment(c)).isLessThan(0.3);
        }

        @Test
        void signatureIsDeterministicAndSurvivesStorage() {
            Fingerprint a = NearDuplicates.signature(STORY);
            assertThat(NearDuplicates.signature(STORY)).isEqualTo(a);
            assertThat(Fingerprint.decode(a.encode())).isEqualTo(a);
            assertThat(a.resemblance(a)).isEqualTo(1.0);
        }

        @Test
        void emptyTextMatchesNothing() {
            Fingerprint empty = NearDuplicates.signature("  \n ");
            assertThat(empty.shingles()).isZero();
            assertThat(empty.containment(NearDuplicates.signature(STORY))).isZero();
            assertThat(empty.containment(NearDuplicates.signature(""))).isZero();
        }

        @Test
        void textsDifferingOnlyInSpellingVariantsAndDigitScriptAreTheSame() {
            Fingerprint a = NearDuplicates.signature("قُتل ٣ أشخاص في مدينة إدلب وأصيب ١٢ آخرون بجروح");
            Fingerprint b = NearDuplicates.signature("قتل 3 اشخاص في مدينه ادلب واصيب 12 اخرون بجروح");
            assertThat(a.resemblance(b)).isEqualTo(1.0);
        }
    }

    @Nested
    class Index {

        @Test
        void republishedStoryIsLinkedAndTheOtherReportIsNot() {
            NearDuplicateIndex index = new NearDuplicateIndex();
            assertThat(index.add("d-story", NearDuplicates.signature(STORY))).isEmpty();
            assertThat(index.add("d-other", NearDuplicates.signature(OTHER_REPORT))).isEmpty();
            assertThat(index.add("d-copy", NearDuplicates.signature(REPUBLISHED))).containsExactly("d-story");
            assertThat(index.nearDuplicatesOf("d-story")).containsExactly("d-copy");
            assertThat(index.nearDuplicatesOf("d-other")).isEmpty();
        }

        @Test
        void clusterIsNamedByTheDocumentAddedFirst() {
            NearDuplicateIndex index = new NearDuplicateIndex();
            index.add("d-2", NearDuplicates.signature(REPUBLISHED));
            index.add("d-1", NearDuplicates.signature(STORY));
            index.add("d-3", NearDuplicates.signature(OTHER_REPORT));
            index.add("d-4", NearDuplicates.signature(STORY + "\n\nتابعونا على قنواتنا"));
            assertThat(index.canonicalOf()).containsExactly(Map.entry("d-2", "d-2"), Map.entry("d-1", "d-2"),
                    Map.entry("d-3", "d-3"), Map.entry("d-4", "d-2"));
            assertThat(index.canonicalOf("unknown")).isEqualTo("unknown");
        }

        @Test
        void addingTheSameIdAgainChangesNothing() {
            NearDuplicateIndex index = new NearDuplicateIndex();
            index.add("d-1", NearDuplicates.signature(STORY));
            index.add("d-2", NearDuplicates.signature(REPUBLISHED));
            assertThat(index.add("d-1", NearDuplicates.signature(STORY))).isEqualTo(List.of("d-2"));
            assertThat(index.canonicalOf()).hasSize(2);
        }

        @Test
        void shortStoryQuotedWholeInALongerOneIsLinked() {
            String brief = STORY.substring(0, STORY.indexOf("وقال مسؤول"));
            NearDuplicateIndex index = new NearDuplicateIndex();
            index.add("d-long", NearDuplicates.signature(STORY));
            assertThat(index.add("d-brief", NearDuplicates.signature(brief))).containsExactly("d-long");
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
