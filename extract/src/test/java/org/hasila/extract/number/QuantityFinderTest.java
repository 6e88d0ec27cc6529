package org.hasila.extract.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.hasila.core.claim.Qualifier;
import org.hasila.core.claim.Quantity;
import org.hasila.core.text.NormalizedText;
import org.hasila.core.text.TextNormalizer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityFinderTest {

    private static final QuantityFinder FINDER = QuantityFinder.fromClasspath();
    private static final TextNormalizer NORMALIZER = TextNormalizer.forMatching();

    private static List<QuantityMatch> find(String sentence) {
        NormalizedText text = NORMALIZER.normalize(sentence);
        return FINDER.find(text, 0, text.text().length());
    }

    private static QuantityMatch only(String sentence) {
        List<QuantityMatch> matches = find(sentence);
        assertThat(matches).as("quantities in «%s»", sentence).hasSize(1);
        return matches.get(0);
    }

    private static Quantity quantity(String sentence) {
        return only(sentence).quantity();
    }

    private static void assertExact(String sentence, long value, String text) {
        Quantity quantity = quantity(sentence);
        assertThat(quantity.qualifier()).isEqualTo(Qualifier.EXACT);
        assertThat(quantity.low()).isEqualTo(value);
        assertThat(quantity.high()).isEqualTo(value);
        assertThat(quantity.text()).isEqualTo(text);
    }

    @Nested
    class Digits {

        @Test
        void readsAsciiDigits() {
            assertExact("أسفرت الغارة عن مقتل 46 شخصا في البلدة", 46, "46");
        }

        @Test
        void readsEasternArabicDigits() {
            assertExact("أحصت المنظمة ٣٧٤ قتيلا منذ بداية المعارك", 374, "٣٧٤");
        }

        @Test
        void readsArabicThousandsSeparator() {
            assertExact("نزح ٥٬٢٠٠ مدني من القرى الحدودية", 5200, "٥٬٢٠٠");
        }

        @Test
        void readsCommaThousandsSeparator() {
            assertExact("فر 12,500 شخص من المخيم", 12500, "12,500");
        }

        @Test
        void readsDigitsGluedToTheCountedNoun() {
            assertExact("سلّم الجيش 250معتقلا إلى ذويهم", 250, "250");
        }

        @Test
        void readsDigitsAfterBaWithTatweelAndSpace() {
            assertExact("بلغ عدد المصابين بـ 64 مصابا", 64, "64");
        }

        @Test
        void readsDigitsGluedToProclitics() {
            List<QuantityMatch> matches = find("قتل 12 جنديا و40 مسلحا وبـ9 مدنيين");
            assertThat(matches).extracting(m -> m.quantity().low()).containsExactly(12L, 40L, 9L);
            assertThat(matches).extracting(m -> m.quantity().text()).containsExactly("12", "40", "9");
        }

        @Test
        void readsDigitsWithArticle() {
            assertExact("أفرج عن الـ150 موقوفا", 150, "150");
        }

        @ParameterizedTest(name = "{0} = {1}")
        @CsvSource({
            "'اعتقل 5 آلاف شخص', 5000, '5 آلاف'",
            "'تحتجز 12 ألف مقاتل', 12000, '12 ألف'",
            "'نزح 1.5 مليون شخص', 1500000, '1.5 مليون'",
            "'نزح 1,2 مليون شخص', 1200000, '1,2 مليون'",
            "'فر 3 ملايين لاجئ', 3000000, '3 ملايين'",
            "'هرب ٧ آلاف سجين', 7000, '٧ آلاف'",
        })
        void multipliesByAFollowingThousandOrMillion(String sentence, long value, String text) {
            assertExact(sentence, value, text);
        }
    }

    @Nested
    class NumberWords {

        @ParameterizedTest(name = "{0} = {1}")
        @CsvSource({
            "'ثلاثمئة وأربعة وسبعون', 374",
            "'ثلاثمائة وأربعة وسبعين', 374",
            "'خمسة آلاف', 5000",
            "'اثنا عشر ألفاً', 12000",
            "'اثني عشر ألفا', 12000",
            "'مئتي', 200",
            "'مئتان', 200",
            "'ألف ومئتي', 1200",
            "'أحد عشر', 11",
            "'إحدى عشرة', 11",
            "'مئة', 100",
            "'مائة', 100",
            "'ثلاث', 3",
            "'ثلاثة', 3",
            "'ثماني', 8",
            "'ثمانية', 8",
            "'عشر', 10",
            "'عشرة', 10",
            "'عشرون', 20",
            "'عشرين', 20",
            "'ثلاثين', 30",
            "'ثلاثون', 30",
            "'تسعين', 90",
            "'ثلاثة عشر', 13",
            "'مئة وخمسون', 150",
            "'خمسمائة', 500",
            "'خمسمئة', 500",
            "'ثلاث مئة', 300",
            "'ألفين', 2000",
            "'ألفان', 2000",
            "'ألف', 1000",
            "'مليون', 1000000",
            "'مئة ألف', 100000",
            "'عشرة آلاف', 10000",
            "'واحد وعشرون', 21",
            "'مئة وخمسة عشر', 115",
            "'خمسين ألفاً', 50000",
            "'مليون وخمسمئة ألف', 1500000",
            "'خمسة آلاف وثلاثمئة', 5300",
            "'اثنين', 2",
            "'اثنتان', 2",
        })
        void readsCompoundsMultipliersAndCaseEndings(String words, long value) {
            assertExact("قالت المصادر إن " + words + " شخصا لقوا حتفهم", value, words);
        }

        @Test
        void readsDiacritizedWordsAndReturnsTheOriginalSpelling() {
            assertExact("وصل مئةُ عنصرٍ إلى الموقع", 100, "مئةُ");
            assertExact("قُتِلَ ثلاثمئةٍ وأربعةٌ وسبعونَ مسلحًا", 374, "ثلاثمئةٍ وأربعةٌ وسبعونَ");
        }

        @Test
        void readsDefiniteNumbers() {
            assertExact("هرب الخمسة آلاف سجين", 5000, "الخمسة آلاف");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "'قتل وخمسة من رفاقه', 'خمسة'",
            "'اكتفوا بخمسة عناصر', 'خمسة'",
            "'قدمت المساعدة لخمسة أشخاص', 'خمسة'",
            "'فخمسة منهم أصيبوا', 'خمسة'",
            "'وبالخمسة آلاف جندي حاصروا المدينة', 'الخمسة آلاف'",
        })
        void readsNumberWordsWithProclitics(String sentence, String number) {
            assertThat(quantity(sentence).text()).isEqualTo(number);
        }

        @Test
        void doesNotSumTwoSeparateNumbersJoinedByWa() {
            assertThat(find("أصيب خمسة وثلاثة آخرون")).extracting(m -> m.quantity().low()).containsExactly(5L, 3L);
        }

        @Test
        void theRestAfterTheThousandsJoinedByWaIsPartOfTheNumber() {
            assertThat(find("ارتفعت الحصيلة إلى 53 ألفاً و901 شهيد")).extracting(m -> m.quantity().low())
                    .containsExactly(53901L);
            assertThat(find("قتل 5 آلاف و3 آلاف آخرون")).extracting(m -> m.quantity().low())
                    .containsExactly(5000L, 3000L);
        }

        @Test
        void oneOfThePeopleAfterAWordOfKillingOrWoundingIsOne() {
            assertThat(find("وأصيب أحد الحراس بجروح طفيفة")).extracting(m -> m.quantity().low()).containsExactly(1L);
            assertThat(find("قتل أحد عناصر الشرطة")).extracting(m -> m.quantity().low()).containsExactly(1L);
            assertThat(find("وقع الانفجار في أحد الأسواق")).isEmpty();
        }

        @Test
        void skipsWahidAndAhadStandingAlone() {
            assertThat(find("قال أحد العناصر إن الوضع هادئ")).isEmpty();
            // after an indefinite noun, واحد says the noun counts one: the noun is the number, not واحد alone
            assertThat(find("قال أحد العناصر إن جنديا واحدا أصيب")).extracting(m -> m.quantity().text(),
                    m -> m.quantity().low()).containsExactly(tuple("جنديا", 1L));
        }

        @Test
        void skipsMondayAndShortWordsThatContainANumber() {
            assertThat(find("وصلت القافلة يوم الاثنين لست أدري متى")).isEmpty();
        }
    }

    @Nested
    class Duals {

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "'قتل مدنيان في القصف', 'مدنيان'",
            "'سقط قتيلان في الغارة', 'قتيلان'",
            "'أسفر الانفجار عن مقتل قتيلين', 'قتيلين'",
            "'أصيب جنديين بجروح', 'جنديين'",
            "'اعتقلت امرأتين من القرية', 'امرأتين'",
            "'نجت طفلتان من الحريق', 'طفلتان'",
            "'ونقل الجريحين إلى المشفى', 'الجريحين'",
        })
        void readsTwoFromADualPersonNoun(String sentence, String noun) {
            QuantityMatch match = only(sentence);
            assertThat(match.dual()).isTrue();
            assertThat(match.quantity().low()).isEqualTo(2);
            assertThat(match.quantity().high()).isEqualTo(2);
            assertThat(match.quantity().text()).isEqualTo(noun);
        }

        @Test
        void aDualWithAPossessivePronounIsTwo() {
            assertThat(find("مقتل امرأة وطفلاها")).extracting(m -> m.quantity().low()).contains(2L);
            // "قتل رجل": the singular after قتل is one
            assertThat(find("قتل رجل وأصيب طفليه")).extracting(m -> m.quantity().text()).containsExactly("رجل", "طفليه");
        }

        @Test
        void aSingularJoinedByAndToADualIsOne() {
            assertThat(find("سقط قتيلان وجريح")).extracting(m -> m.quantity().text(), m -> m.quantity().low())
                    .containsExactly(tuple("قتيلان", 2L), tuple("جريح", 1L));
            assertThat(find("أسفرت الغارة عن سقوط شهيدين وجريح")).extracting(m -> m.quantity().low())
                    .containsExactly(2L, 1L);
            // not after a plural: the noun there names someone ("قتل مدنيين وشاب يبلغ ...")
            assertThat(find("قتل مدنيين وطفل في القصف")).isEmpty();
        }

        @Test
        void aSingularJoinedByAndToANounANumberCountsIsOne() {
            assertThat(find("قتل ثلاثة جنود ومدني في القصف")).extracting(m -> m.quantity().text(), m -> m.quantity().low())
                    .containsExactly(tuple("ثلاثة", 3L), tuple("مدني", 1L));
            // a word may describe the counted noun
            assertThat(find("قُتل أربعة عمال أجانب ومزارع قرب البلدة")).extracting(m -> m.quantity().low())
                    .containsExactly(4L, 1L);
            // a noun in the accusative goes on with the singular a number above ten counts
            assertThat(find("استشهد أكثر من 220 عاملاً صحياً ومسعفاً")).extracting(m -> m.quantity().low())
                    .containsExactly(220L);
        }

        @Test
        void doesNotTakeASoundMasculinePluralForADual() {
            assertThat(find("قتل مدنيين ومسلحين في الهجوم")).isEmpty();
        }

        @Test
        void joinsTheNumeralTwoThatRepeatsTheDual() {
            QuantityMatch match = only("اعتقل شخصين اثنين");
            assertThat(match.quantity().low()).isEqualTo(2);
            assertThat(match.quantity().text()).isEqualTo("شخصين اثنين");
        }
    }

    @Nested
    class Vague {

        @ParameterizedTest(name = "{0} = [{1}, {2}]")
        @CsvSource({
            "'عشرات', 20, 99",
            "'مئات', 200, 999",
            "'آلاف', 2000, 9999",
            "'عشرات الآلاف', 20000, 99999",
            "'مئات الآلاف', 200000, 999999",
            "'عشرات آلاف', 20000, 99999",
            "'الآلاف', 2000, 9999",
            "'العشرات', 20, 99",
            "'المئات', 200, 999",
            "'عدة آلاف', 3000, 9999",
            "'بضعة', 3, 9",
        })
        void readsTheOrderOfMagnitudeFromTheVagueTable(String words, long low, long high) {
            Quantity quantity = quantity("فر " + words + " من السكان");
            assertThat(quantity.qualifier()).isEqualTo(Qualifier.VAGUE);
            assertThat(quantity.low()).isEqualTo(low);
            assertThat(quantity.high()).isEqualTo(high);
            assertThat(quantity.text()).isEqualTo(words);
        }

        @Test
        void aDozenMultipliesAndAHandfulIsAFew() {
            assertThat(quantity("two dozen militants were killed").low()).isEqualTo(24);
            assertThat(quantity("a dozen civilians were wounded").low()).isEqualTo(12);
            Quantity handful = quantity("a handful of soldiers were wounded");
            assertThat(handful.qualifier()).isEqualTo(Qualifier.VAGUE);
            assertThat(handful.high()).isEqualTo(9);
        }

        @Test
        void aQualifierBeforeADozenKeepsItsMeaning() {
            Quantity dozen = quantity("at least a dozen civilians were killed");
            assertThat(dozen.qualifier()).isEqualTo(Qualifier.AT_LEAST);
            assertThat(dozen.low()).isEqualTo(12);
            assertThat(quantity("more than a hundred people fled").qualifier()).isEqualTo(Qualifier.MORE_THAN);
        }

        @Test
        void leavesThePrepositionOutOfTheVagueSpan() {
            assertThat(quantity("كانت المخيمات مكتظة بالآلاف من النازحين").text()).isEqualTo("الآلاف");
        }
    }

    @Nested
    class Qualifiers {

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "'قتل نحو 40 شخصا', 'نحو 40'",
            "'قتل حوالي أربعين شخصا', 'حوالي أربعين'",
            "'قتل حوالى 40 شخصا', 'حوالى 40'",
            "'فر قرابة 600 سجين', 'قرابة 600'",
            "'فر ما يقارب 600 سجين', 'ما يقارب 600'",
            "'فر زهاء ستمئة سجين', 'زهاء ستمئة'",
            "'يقدر عدد المحتجزين بنحو 600', 'يقدر عدد المحتجزين بنحو 600'",
            "'قُدّر عدد الضحايا بـ 95 قتيلا', 'قُدّر عدد الضحايا بـ 95'",
            "'هرب 600 سجين تقريبا', '600 سجين تقريبا'",
        })
        void approximate(String sentence, String text) {
            Quantity quantity = quantity(sentence);
            assertThat(quantity.qualifier()).isEqualTo(Qualifier.APPROXIMATE);
            assertThat(quantity.high()).isEqualTo(quantity.low());
            assertThat(quantity.text()).isEqualTo(text);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "'قتل 20 شخصا على الأقل', '20 شخصا على الأقل'",
            "'قتل 20 على الأقل من المسلحين', '20 على الأقل'",
            "'قتل على الأقل 20 مسلحا', 'على الأقل 20'",
            "'هاجم ما لا يقل عن 80 مسلحا', 'ما لا يقل عن 80'",
            "'هاجم بما لا يقل عن 80 مسلحا', 'ما لا يقل عن 80'",
            "'أصيب عشرون شخصا أو أكثر', 'عشرون شخصا أو أكثر'",
        })
        void atLeastBeforeOrAfterTheNumber(String sentence, String text) {
            Quantity quantity = quantity(sentence);
            assertThat(quantity.qualifier()).isEqualTo(Qualifier.AT_LEAST);
            assertThat(quantity.high()).isNull();
            assertThat(quantity.text()).isEqualTo(text);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "'نزح أكثر من ألف شخص', 1000, 'أكثر من ألف'",
            "'نزح ما يزيد عن 900 شخص', 900, 'ما يزيد عن 900'",
            "'نزح ما يزيد على 900 شخص', 900, 'ما يزيد على 900'",
            "'نزح ما يربو على 900 شخص', 900, 'ما يربو على 900'",
            "'نزح أزيد من 900 شخص', 900, 'أزيد من 900'",
            "'وعدد الجرحى تجاوز 60 شخصا', 60, 'تجاوز 60'",
            "'تضم لأكثر من ثلاثين طفلا', 30, 'أكثر من ثلاثين'",
        })
        void moreThanStartsAtTheNumberAndIsOpen(String sentence, long low, String text) {
            Quantity quantity = quantity(sentence);
            assertThat(quantity.qualifier()).isEqualTo(Qualifier.MORE_THAN);
            assertThat(quantity.low()).isEqualTo(low);
            assertThat(quantity.high()).isNull();
            assertThat(quantity.text()).isEqualTo(text);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "'قتل أقل من 15 شخصا', 'أقل من 15'",
            "'قتل ما لا يزيد عن 15 شخصا', 'ما لا يزيد عن 15'",
            "'قتل ما دون 15 شخصا', 'ما دون 15'",
        })
        void atMostRunsFromZero(String sentence, String text) {
            Quantity quantity = quantity(sentence);
            assertThat(quantity.qualifier()).isEqualTo(Qualifier.AT_MOST);
            assertThat(quantity.low()).isZero();
            assertThat(quantity.high()).isEqualTo(15);
            assertThat(quantity.text()).isEqualTo(text);
        }

        @Test
        void doesNotTakeAnAfterCueAcrossAnotherNumber() {
            List<QuantityMatch> matches = find("قتل 20 شخصا وأصيب 30 على الأقل");
            assertThat(matches).extracting(m -> m.quantity().qualifier())
                    .containsExactly(Qualifier.EXACT, Qualifier.AT_LEAST);
        }

        @Test
        void doesNotTakeAnEstimateVerbWithoutBa() {
            assertThat(quantity("قدر الجيش أن 40 مسلحا قتلوا").qualifier()).isEqualTo(Qualifier.EXACT);
        }

        @Test
        void ignoresQualifierCuesForVagueWords() {
            assertThat(quantity("أكثر من عشرات المسلحين").qualifier()).isEqualTo(Qualifier.VAGUE);
        }
    }

    @Nested
    class NotCounts {

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "'وقع الهجوم في اليوم الثالث من الشهر'",
            "'بدأت المعارك في الرابع من يناير'",
            "'انتهت الاشتباكات في الثالث والعشرين من الشهر'",
            "'اجتمع المجلس في الحادي عشر من الشهر'",
            "'نشر البيان في 2022.01.22 | 19:01 بتوقيت دمشق'",
            "'نشر البيان في 20/1/2022 صباحا'",
            "'نشر البيان في 25 من كانون الأول 2021'",
            "'نشر البيان في 3 تشرين الثاني'",
            "'وقع الهجوم في يناير 2021'",
            "'وقع الهجوم عام 2014'",
            "'وقع الهجوم في العام 2019'",
            "'وقع الهجوم سنة 2015'",
            "'تسيطر القوات منذ 2017 على المدينة'",
            "'بدأ الهجوم عند الساعة 7 مساء'",
            "'تراجعت نسبة المشاركة إلى 30% فقط'",
            "'تراجعت نسبة المشاركة إلى 30 في المئة فقط'",
            "'تراجعت نسبة المشاركة 40 بالمئة'",
            "'استمر الحصار ثلاثة أيام'",
            "'بعد 5 سنوات من الحرب'",
            "'انظر الصورة 3-64.jpg والصورة 1.jpg'",
            "'أرسلت طائرات F16 وطائرات 16F'",
            "'في القرن العشرين كانت المدينة هادئة'",
            "'تقدمت الفرقة 17 نحو مواقع اللواء 93 تنفيذا للقرار 2254'",
            "'تضاعفت الهجمات خلال السنوات الخمس الماضية'",
            "'أنفق التحالف 300 مليون دولار'",
            "'the province pledged Rs1 million to each family'",
            "'donors pledged $5 million in aid'",
        })
        void returnsNoQuantityForOrdinalsDatesTimesAndMeasures(String sentence) {
            assertThat(find(sentence)).as("quantities in «%s»", sentence).isEmpty();
        }

        @Test
        void stillReadsTheCountNextToADate() {
            List<QuantityMatch> matches = find("في 12 يناير 2022 قتل 2000 شخص");
            assertThat(matches).extracting(m -> m.quantity().low()).containsExactly(2000L);
        }

        @Test
        void aMultiplierAfterATimeIsAVagueNumberOfItsOwn() {
            assertThat(find("07:30 آلاف العائلات تنزح من بلدات الجنوب")).extracting(m -> m.quantity().text())
                    .containsExactly("آلاف");
        }
    }

    @Nested
    class Offsets {

        @Test
        void numberSpanLeavesTheQualifierOutAndMatchSpanTakesItIn() {
            String sentence = "ألقت القوات القبض على نحو 110 من الفارين";
            NormalizedText text = NORMALIZER.normalize(sentence);
            QuantityMatch match = FINDER.find(text, 0, text.text().length()).get(0);
            assertThat(original(text, match.start(), match.end())).isEqualTo("نحو 110");
            assertThat(original(text, match.numberStart(), match.numberEnd())).isEqualTo("110");
        }

        @Test
        void mapsFoldedOffsetsBackOverDiacritics() {
            String sentence = "قُتِلَ حوالَيْ خمسةَ عشرَ مقاتلاً";
            NormalizedText text = NORMALIZER.normalize(sentence);
            QuantityMatch match = FINDER.find(text, 0, text.text().length()).get(0);
            assertThat(match.quantity().text()).isEqualTo("حوالَيْ خمسةَ عشرَ");
            assertThat(match.quantity().low()).isEqualTo(15);
            assertThat(original(text, match.numberStart(), match.numberEnd())).isEqualTo("خمسةَ عشرَ");
        }

        @Test
        void searchesOnlyBetweenFromAndTo() {
            String sentence = "قتل 5 أشخاص. وأصيب 9 آخرون.";
            NormalizedText text = NORMALIZER.normalize(sentence);
            int second = text.text().indexOf("وأصيب".replace('أ', 'ا'));
            List<QuantityMatch> matches = FINDER.find(text, second, text.text().length());
            assertThat(matches).extracting(m -> m.quantity().low()).containsExactly(9L);
            assertThat(matches.get(0).start()).isGreaterThan(second);
        }

        private static String original(NormalizedText text, int start, int end) {
            return text.original().substring(text.originalStart(start), text.originalEnd(end));
        }
    }

    @Nested
    class Singulars {

        @Test
        void aPersonNounAfterAWordOfKillingOrArrestIsOne() {
            assertThat(only("أسفر الهجوم عن مقتل جندي").quantity().low()).isEqualTo(1);
            assertThat(only("وإصابة طفل بجروح").quantity().text()).isEqualTo("طفل");
            assertThat(only("لقي مدني حتفه").dual()).isTrue();
            // a part of a toll: "بينهم امرأة"، "بين المصابين طفلة"
            assertThat(find("قتل خمسة مدنيين بينهم امرأة")).extracting(m -> m.quantity().low()).containsExactly(5L, 1L);
            assertThat(only("وذكر المراسل أن بين المصابين طفلة بحالة حرجة").quantity().text()).isEqualTo("طفلة");
            // a verb, a short phrase of where or how, the noun
            assertThat(only("وقتل في القصف طفل يبلغ من العمر عاماً").quantity().text()).isEqualTo("طفل");
            assertThat(only("أصيب برصاص قناص مدني").quantity().low()).isEqualTo(1);
            assertThat(find("قتل في القصف الذي استهدف المدينة")).isEmpty();
            assertThat(find("مقتل في القصف طفل")).as("only a verb may have the phrase").isEmpty();
        }

        @Test
        void elsewhereASingularNounNamesSomeoneAndCountsNothing() {
            assertThat(find("قال مسؤول محلي إن الوضع هادئ")).isEmpty();
            assertThat(find("زار الطبيب المستشفى")).isEmpty();
        }
    }

    @Nested
    class Ranges {

        @Test
        void twoNumbersAfterBetweenAreOneInterval() {
            Quantity q = quantity("أصيب ما بين ٦٠ و٧٠ شخصاً");
            assertThat(q.qualifier()).isEqualTo(Qualifier.VAGUE);
            assertThat(q.low()).isEqualTo(60);
            assertThat(q.high()).isEqualTo(70);
            assertThat(q.text()).isEqualTo("ما بين ٦٠ و٧٠");
        }

        @Test
        void numberWordsWithTheConjunctionGlued() {
            Quantity q = quantity("قتل بين عشرة وخمسة عشر مسلحاً");
            assertThat(q.low()).isEqualTo(10);
            assertThat(q.high()).isEqualTo(15);
            assertThat(q.text()).isEqualTo("بين عشرة وخمسة عشر");
        }

        @Test
        void aListIsNoRangeWithoutBetweenNorWhenTheSecondIsSmaller() {
            assertThat(find("قتل 60 و70 جريحا")).hasSize(2);
            assertThat(find("من بين القتلى 7 و3 من النساء")).hasSize(2);
            assertThat(find("توزعوا بين 70 و6 منهم")).hasSize(2);
        }
    }

    @Nested
    class English {

        @Test
        void wordsCompoundsAndQualifiers() {
            assertExact("killed nine people", 9, "nine");
            assertExact("two hundred families fled", 200, "two hundred");
            assertExact("twenty-five soldiers", 25, "twenty-five");
            assertExact("two hundred and fifty inmates", 250, "two hundred and fifty");
            assertExact("3,000 people", 3000, "3,000");
            Quantity atLeast = quantity("killed at least 14 civilians");
            assertThat(atLeast.qualifier()).isEqualTo(Qualifier.AT_LEAST);
            assertThat(atLeast.text()).isEqualTo("at least 14");
            Quantity dozens = quantity("Dozens of inmates escaped");
            assertThat(dozens.qualifier()).isEqualTo(Qualifier.VAGUE);
            assertThat(List.of(dozens.low(), dozens.high())).containsExactly(20L, 99L);
            assertThat(quantity("Around 2,000 people").qualifier()).isEqualTo(Qualifier.APPROXIMATE);
        }
    }
}
