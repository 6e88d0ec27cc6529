package org.hasila.extract.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.hasila.core.claim.Attribution;
import org.hasila.core.text.NormalizedText;
import org.hasila.core.text.TextNormalizer;
import org.hasila.extract.entity.EntityMatcher;
import org.hasila.extract.entity.Gazetteer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SourceFinderTest {

    private static final SourceFinder FINDER = new SourceFinder(new EntityMatcher(Gazetteer.fromClasspath()));
    private static final Attribution SOHR = new Attribution("org:sohr", "المرصد");

    /** The source of the figure written as {@code figure} (its first occurrence) in a one-sentence text. */
    private static Optional<Attribution> source(String sentence, String figure, Attribution previous) {
        NormalizedText t = TextNormalizer.forMatching().normalize(sentence);
        String f = TextNormalizer.forMatching().fold(figure);
        int at = t.text().indexOf(f);
        assertThat(at).as("figure " + figure).isNotNegative();
        return FINDER.attribute(t, 0, t.text().length(), at, at + f.length(), previous);
    }

    private static Optional<Attribution> source(String sentence, String figure) {
        return source(sentence, figure, null);
    }

    private static String entity(Optional<Attribution> a) {
        return a.orElseThrow().entity();
    }

    private static String text(Optional<Attribution> a) {
        return a.orElseThrow().text();
    }

    @Nested
    class CueBeforeTheFigure {

        @Test
        void takesTheSubjectAfterTheVerb() {
            var a = source("قال المرصد السوري لحقوق الإنسان إن 12 مدنيا قتلوا في القصف المدفعي", "12");
            assertThat(entity(a)).isEqualTo("org:sohr");
            assertThat(text(a)).isEqualTo("المرصد السوري لحقوق الإنسان");
        }

        @Test
        void takesTheSubjectBeforeTheVerb() {
            assertThat(entity(source("المرصد أكد أن 9 مقاتلين قتلوا في المعارك", "9"))).isEqualTo("org:sohr");
            assertThat(entity(source("وكان المرصد قد أفاد بمقتل 15 عنصرا", "15"))).isEqualTo("org:sohr");
        }

        @Test
        void readsFeminineAndPrefixedVerbs() {
            assertThat(entity(source("وأعلنت وزارة الصحة السودانية أن 50 شخصا قتلوا", "50"))).isEqualTo("org:sudan-moh");
            assertThat(entity(source("فذكرت وكالة الأنباء العراقية أن 7 جنود أصيبوا", "7"))).isEqualTo("org:ina");
        }

        @Test
        void returnsTheOriginalWordsWithTheirDiacritics() {
            var a = source("قالَ المرصدُ إنّ 12 مدنيًّا قُتلوا", "12");
            assertThat(text(a)).isEqualTo("المرصدُ");
        }

        @Test
        void doesNotTakeTheHearerForTheSpeaker() {
            var a = source("قال مسؤولون لوكالة فرانس برس إن 25 شخصا قتلوا", "25");
            assertThat(entity(a)).isNull();
            assertThat(text(a)).isEqualTo("مسؤولون");
            var b = source("قال مسؤول في الإدارة الذاتية لـ رويترز إن 40 سجينا فروا", "40");
            assertThat(entity(b)).isEqualTo("org:aanes");
            assertThat(text(b)).isEqualTo("مسؤول في الإدارة الذاتية");
        }

        @Test
        void keepsAnUnknownNamedSpeakerAsText() {
            var a = source("قال سالم الهاشمي إن 60 عائلة نزحت من القرية", "60");
            assertThat(entity(a)).isNull();
            assertThat(text(a)).isEqualTo("سالم الهاشمي");
        }
    }

    @Nested
    class Nearest {

        @Test
        void takesTheCueNearestBeforeTheFigure() {
            String s = "قال المرصد إن الاشتباكات مستمرة وأكدت مصادر محلية أن 30 شخصا قتلوا";
            assertThat(text(source(s, "30"))).isEqualTo("مصادر محلية");
        }

        @Test
        void aVerbAfterMaNamesTheSourceOfAPrepositionalCue() {
            assertThat(entity(source("بحسب ما ذكرت وكالة فرانس برس، قتل 11 شخصا", "11"))).isEqualTo("org:afp");
        }

        @Test
        void findsTheSourceInsideTheGivenSentenceOfALongerText() {
            String text = "قتل 3 أشخاص في قصف صباحي. وقال الدفاع المدني السوري إن 19 جريحا نقلوا إلى المستشفى.";
            NormalizedText t = TextNormalizer.forMatching().normalize(text);
            int sentence = t.text().indexOf("وقال");
            int figure = t.text().indexOf("19");
            var a = FINDER.attribute(t, sentence, t.text().length(), figure, figure + 2, null);
            assertThat(entity(a)).isEqualTo("org:white-helmets");
            assertThat(text(a)).isEqualTo("الدفاع المدني السوري");
            var first = FINDER.attribute(t, 0, sentence, t.text().indexOf("3"), t.text().indexOf("3") + 1, null);
            assertThat(first).isEmpty();
        }
    }

    @Nested
    class CueAfterTheFigure {

        @Test
        void takesAPrepositionalCueAfterTheFigure() {
            assertThat(entity(source("قتل 17 شخصا في غارة جوية على السوق، وفق ما أفاد المرصد", "17"))).isEqualTo("org:sohr");
            assertThat(entity(source("قتل 17 شخصا في الغارة، بحسب الدفاع المدني السوري", "17"))).isEqualTo("org:white-helmets");
            assertThat(entity(source("أصيب 4 مدنيين بجروح وفقا لحصيلة للمرصد السوري", "4"))).isEqualTo("org:sohr");
        }

        @Test
        void theLamThatAccordingToTakesIsNotPartOfAnUnknownSource() {
            assertThat(text(source("قتل خمسة مدنيين، وفقاً لفرق الدفاع المدني", "خمسة"))).isEqualTo("فرق الدفاع");
            // after بحسب a ل is the name's own
            assertThat(text(source("قتل خمسة مدنيين، بحسب لجان التنسيق", "خمسة"))).isEqualTo("لجان التنسيق");
        }

        @Test
        void takesAnEnglishVerbAfterTheFigureWithItsSubjectBefore() {
            assertThat(entity(source("At least 12 people were killed, the Syrian Observatory said.", "12"))).isEqualTo("org:sohr");
        }

        @Test
        void keepsAnUnknownSourceAfterAPrepositionAsText() {
            var a = source("نزح 300 شخص من القرى الحدودية بحسب وجهاء محليين", "300");
            assertThat(entity(a)).isNull();
            assertThat(text(a)).isEqualTo("وجهاء محليين");
        }
    }

    @Nested
    class ReportedContent {

        @Test
        void takesTheRelayingAgencyNotThePartyInsideTheReport() {
            var a = source("نقلت وكالة رويترز عن مصدر عسكري أن قوات سوريا الديمقراطية قتلت 23 مسلحا", "23");
            assertThat(entity(a)).isEqualTo("org:reuters");
            assertThat(text(a)).contains("رويترز").contains("مصدر عسكري").doesNotContain("سوريا");
        }

        @Test
        void takesTheOriginalSourceWhenTheGazetteerKnowsIt() {
            assertThat(entity(source("نقلت وكالة الأناضول عن المرصد السوري أن 8 مدنيين قتلوا", "8"))).isEqualTo("org:sohr");
        }

        @Test
        void citesTheSourceAfterNaqlanAn() {
            var a = source("قتل 6 جنود في هجوم بطائرة مسيرة، نقلا عن مصادر أمنية", "6");
            assertThat(entity(a)).isNull();
            assertThat(text(a)).isEqualTo("مصادر أمنية");
        }
    }

    @Nested
    class Clauses {

        @Test
        void giveEachClauseItsOwnSpeaker() {
            String s = "قال المرصد إن 20 شخصا قتلوا، في حين قال مسؤولون محليون إن العدد بلغ 35 قتيلا";
            assertThat(entity(source(s, "20"))).isEqualTo("org:sohr");
            assertThat(text(source(s, "35"))).isEqualTo("مسؤولون محليون");
        }

        @Test
        void aNewSpeakerAfterAndDoesNotReachBackToAnEarlierFigure() {
            String s = "قتل 8 أشخاص في الانفجار، وأكدت وزارة الصحة العراقية أن 11 آخرين أصيبوا";
            assertThat(source(s, "8")).isEmpty();
            assertThat(entity(source(s, "11"))).isEqualTo("org:iraq-moh");
        }

        @Test
        void aClauseWithoutACueKeepsTheSpeakerOfTheSentence() {
            String s = "قال المرصد إن 20 مقاتلا قتلوا بينما لا يزال 40 آخرون محاصرين";
            assertThat(entity(source(s, "40"))).isEqualTo("org:sohr");
        }

        @Test
        void aParticipleKeepsTheSpeaker() {
            String s = "أعلنت قوات سوريا الديمقراطية استعادة السجن، مشيرة إلى مقتل 70 من المهاجمين";
            assertThat(entity(source(s, "70"))).isEqualTo("grp:sdf");
        }
    }

    @Nested
    class Continuation {

        @Test
        void aVerbWithoutSubjectContinuesThePreviousSentence() {
            assertThat(source("وأضاف أن 6 من القتلى أطفال", "6", SOHR)).contains(SOHR);
            assertThat(source("ولفتت إلى أن 3 مستشفيات خرجت عن الخدمة", "3", SOHR)).contains(SOHR);
            assertThat(source("وأشار إلى أن 14 منهم في حالة حرجة", "14", SOHR)).contains(SOHR);
        }

        @Test
        void aNounPointingBackContinuesThePreviousSentence() {
            assertThat(source("وأضاف المصدر أن 6 من القتلى أطفال", "6", SOHR)).contains(SOHR);
        }

        @Test
        void aNounPointingBackWithoutPreviousSpeakerIsKeptAsText() {
            var a = source("وأضاف المصدر أن 6 من القتلى أطفال", "6", null);
            assertThat(entity(a)).isNull();
            assertThat(text(a)).isEqualTo("المصدر");
        }

        @Test
        void aSentenceWithoutCueIsTheOutletsOwnVoice() {
            assertThat(source("وقتل 5 آخرون في قصف على البلدة", "5", SOHR)).isEmpty();
        }

        @Test
        void aNamedSpeakerOverridesThePreviousOne() {
            assertThat(entity(source("وقال مسؤول في وزارة الداخلية العراقية إن 9 أشخاص اعتقلوا", "9", SOHR)))
                    .isEqualTo("org:iraq-moi");
        }
    }

    @Nested
    class People {

        @Test
        void resolvesASpokesmanToHisEntity() {
            var a = source("قال المتحدث باسم قوات سوريا الديمقراطية فرهاد شامي إن 9 عناصر قتلوا", "9");
            assertThat(entity(a)).isEqualTo("per:farhad-shami");
            assertThat(text(a)).isEqualTo("المتحدث باسم قوات سوريا الديمقراطية فرهاد شامي");
        }

        @Test
        void resolvesAPersonWithATitle() {
            assertThat(entity(source("وقال العميد يحيى سريع إن 3 طائرات أسقطت", "3"))).isEqualTo("per:yahya-saree");
        }
    }

    @Nested
    class OutletVoice {

        @Test
        void findsNothingWithoutACue() {
            assertThat(source("قتل 14 شخصا في انفجار سيارة مفخخة في مدينة منبج", "14")).isEmpty();
        }

        @Test
        void aPlaceIsNeverTheSpeaker() {
            assertThat(source("وفي الحسكة أعلن عن مقتل 4 أشخاص", "4")).isEmpty();
        }

        @Test
        void anAffiliationAdjectiveIsNotACue() {
            assertThat(source("قتل 5 عناصر من فصيل تابع للجيش الوطني السوري", "5")).isEmpty();
        }

        @Test
        void aBodyTheGazetteerDoesNotKnowIsNamedUpToTheComma() {
            assertThat(text(source("قالت وزارة الداخلية التابعة للحكومة المؤقتة، الأحد، إن 9 عناصر قتلوا", "9")))
                    .isEqualTo("وزارة الداخلية التابعة للحكومة المؤقتة");
            assertThat(text(source("وقالت قيادة شرطة المحافظة في بيان إن 4 من عناصرها أصيبوا", "4")))
                    .isEqualTo("قيادة شرطة المحافظة");
        }

        @Test
        void aTallyThatNamesNobodyIsTheOutletsOwnCount() {
            assertThat(source("وبحسب حصيلة أولية، قتل 8 أشخاص في الانفجار", "8")).isEmpty();
        }

        @Test
        void withoutThatTheBodyIsItsDefiniteConstruct() {
            assertThat(text(source("وأعلنت وزارة الداخلية مقتل 7 من عناصر الشرطة", "7"))).isEqualTo("وزارة الداخلية");
        }

        @Test
        void unnamedSourcesTellingAWebsiteAreTheOutletsOwnSourcing() {
            assertThat(source("وأكدت مصادر محلية لـ موقع الخبر أن 8 مدنيين قتلوا في القصف", "8")).isEmpty();
            assertThat(source("وقتل 6 عناصر بحسب مصادر خاصة لصحيفة المدينة", "6")).isEmpty();
        }

        @Test
        void unnamedSourcesTellingANewsAgencyKeepTheirWords() {
            assertThat(text(source("وقال مصدر أمني لوكالة فرانس برس إن 8 جنود قتلوا", "8"))).isEqualTo("مصدر أمني");
        }

        @Test
        void aNamedSpeakerTellingAWebsiteStaysTheSpeaker() {
            assertThat(entity(source("وقال المرصد السوري لموقع الخبر إن 11 مدنيا قتلوا", "11"))).isEqualTo("org:sohr");
        }
    }

    @Nested
    class EntitiesOfTheWholeText {

        private static final EntityMatcher MATCHER = new EntityMatcher(Gazetteer.fromClasspath());

        /** The source of the figure in sentence [from, to), prepared with the entities found in the whole text. */
        private Optional<Attribution> fromTheWholeText(NormalizedText t, int from, int to, String figure) {
            int at = t.text().indexOf(TextNormalizer.forMatching().fold(figure), from);
            SourceFinder.Prepared p = FINDER.prepare(t, MATCHER.find(t), from, to, false);
            return FINDER.attribute(p, at, at + figure.length(), (Attribution) null);
        }

        private Optional<Attribution> fromTheSentence(NormalizedText t, int from, int to, String figure) {
            int at = t.text().indexOf(TextNormalizer.forMatching().fold(figure), from);
            return FINDER.attribute(FINDER.prepare(t, from, to), at, at + figure.length(), (Attribution) null);
        }

        @Test
        void aSentenceTakesOnlyTheNamesInsideIt() {
            String text = "قال المرصد السوري لحقوق الإنسان إن 5 مدنيين قتلوا في قرية الصفا. "
                    + "وأكد مسعفون أن 12 شخصا أصيبوا في بلدة المزرعة وفق وزارة الصحة السورية";
            NormalizedText t = TextNormalizer.forMatching().normalize(text);
            int second = t.text().indexOf("واكد");
            assertThat(entity(fromTheWholeText(t, 0, second, "5"))).isEqualTo("org:sohr");
            assertThat(fromTheWholeText(t, 0, second, "5")).isEqualTo(fromTheSentence(t, 0, second, "5"));
            assertThat(fromTheWholeText(t, second, t.text().length(), "12"))
                    .isEqualTo(fromTheSentence(t, second, t.text().length(), "12"))
                    .isNotEqualTo(fromTheSentence(t, 0, second, "5"));
        }
    }
}
