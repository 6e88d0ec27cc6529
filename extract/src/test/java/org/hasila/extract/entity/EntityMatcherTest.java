package org.hasila.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hasila.core.entity.Entity;
import org.hasila.core.text.NormalizedText;
import org.hasila.core.text.TextNormalizer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EntityMatcherTest {

    private static final EntityMatcher MATCHER = new EntityMatcher(Gazetteer.fromClasspath());

    private static NormalizedText norm(String s) {
        return TextNormalizer.forMatching().normalize(s);
    }

    private static List<EntityMatch> find(NormalizedText t) {
        return MATCHER.find(t);
    }

    private static List<String> ids(String s) {
        return find(norm(s)).stream().map(m -> m.entity().id()).toList();
    }

    /** The original words of each match, which must be exactly the original text between its offsets. */
    private static List<String> originals(String s) {
        NormalizedText t = norm(s);
        return find(t).stream().map(m -> {
            assertThat(m.originalText(t)).isEqualTo(s.substring(t.originalStart(m.start()), t.originalEnd(m.end())));
            return m.originalText(t);
        }).toList();
    }

    @Nested
    class WrittenForms {

        @Test
        void findsANameWithQuotesInsideIt() {
            String s = "أعلنت قوات \"سوريا الديمقراطية\" أمس سيطرتها على القرية";
            assertThat(ids(s)).containsExactly("grp:sdf");
            assertThat(originals(s)).containsExactly("قوات \"سوريا الديمقراطية");
        }

        @Test
        void findsANameWithCurlyQuotesAndDiacritics() {
            String s = "قالت قوّات “سوريّا الدّيمقراطيّة” إنها صدّت الهجوم";
            assertThat(ids(s)).containsExactly("grp:sdf");
            assertThat(originals(s)).containsExactly("قوّات “سوريّا الدّيمقراطيّة");
        }

        @Test
        void findsEachAliasOfOneEntity() {
            assertThat(ids("عناصر داعش")).containsExactly("grp:isis");
            assertThat(ids("مقاتلو تنظيم الدولة الإسلامية")).containsExactly("grp:isis");
            assertThat(ids("Fighters of the Islamic State group attacked")).containsExactly("grp:isis");
        }

        @Test
        void readsAlefAndTehMarbutaVariantsAsOne() {
            assertThat(ids("اعلنت وزارة الصحه السوريه")).containsExactly("org:syria-moh");
        }

        @Test
        void readsACompoundNameWrittenAsOneWord() {
            assertThat(ids("هجوم على قرية ودالنورة بولاية الجزيرة")).contains("loc:wad-al-nourah");
            assertThat(ids("قذائف على امدرمان")).containsExactly("loc:omdurman");
            assertThat(ids("في ديرالزور")).containsExactly("loc:deir-ez-zor");
        }

        @Test
        void aNameHoldingACitysNameIsNotTheCity() {
            assertThat(ids("لمقتل قائد فيلق القدس قاسم سليماني")).containsExactly("grp:quds-force");
            assertThat(ids("القدس العربي - مراكش")).containsExactly("org:al-quds-al-arabi", "loc:marrakesh");
            assertThat(ids("هدم منزل في القدس المحتلة")).containsExactly("loc:jerusalem");
            // a city whose name is also a word is named only with its qualifier ("بورصة" is a stock exchange)
            assertThat(ids("ارتفعت بورصة إسطنبول")).containsExactly("loc:istanbul");
            assertThat(ids("انفجار في مدينة بورصة")).containsExactly("loc:bursa");
        }

        @Test
        void aNationsAdjectiveNamesNoPrison() {
            assertThat(ids("Gunmen free more than 1,800 inmates in attack on Nigerian prison")).isEmpty();
            assertThat(ids("Dozens escape in attack on Congo prison")).noneMatch(id -> id.startsWith("fac:"));
            assertThat(ids("Gunmen attacked the Kirikiri prison")).hasSize(1);
        }

        @Test
        void aSiteIsFoundUnderEachOfItsSpellings() {
            assertThat(ids("حصيلة هجوم جامعة جاريسا ترتفع")).containsExactly("fac:garissa-university");
            assertThat(ids("هجوم على جامعة غاريسا")).containsExactly("fac:garissa-university");
            assertThat(ids("اقتحام قاعدة خليج ماندا")).containsExactly("fac:manda-bay");
        }

        @Test
        void pairsKurdishAndArabicPlaceNames() {
            assertThat(ids("في سري كانيه")).containsExactly("loc:ras-al-ain");
            assertThat(ids("في رأس العين")).containsExactly("loc:ras-al-ain");
            assertThat(ids("مدينة كوباني")).containsExactly("loc:kobani");
            assertThat(ids("مدينة عين العرب")).containsExactly("loc:kobani");
            assertThat(ids("من قامشلو إلى القامشلي")).containsExactly("loc:qamishli", "loc:qamishli");
            assertThat(ids("بلدة ديريك")).containsExactly("loc:malikiyah");
        }

        @Test
        void matchesAllCapitalAcronymsOnlyInCapitals() {
            assertThat(ids("The WHO said on Monday")).containsExactly("org:who");
            assertThat(ids("those who said it")).isEmpty();
            assertThat(ids("according to AP reporters")).containsExactly("org:ap");
            assertThat(ids("an ap reporter")).isEmpty();
        }
    }

    @Nested
    class Proclitics {

        @Test
        void leavesAConjunctionOutsideTheNameButKeepsTheArticle() {
            String s = "وأكد والمرصد ذلك";
            assertThat(ids(s)).containsExactly("org:sohr");
            assertThat(originals(s)).containsExactly("المرصد");
        }

        @Test
        void leavesAPrepositionOutsideTheName() {
            String s = "هجوم بقوات سوريا الديمقراطية";
            assertThat(ids(s)).containsExactly("grp:sdf");
            assertThat(originals(s)).containsExactly("قوات سوريا الديمقراطية");
        }

        @Test
        void readsLamWithTheElidedArticle() {
            assertThat(ids("وفق آخر حصيلة للمرصد")).containsExactly("org:sohr");
            assertThat(ids("عودة النازحين للحسكة")).containsExactly("loc:hasakah");
        }

        @Test
        void readsALamWrittenApartWithTatweel() {
            String s = "التابعة لـ \"قسد\" في المنطقة";
            assertThat(ids(s)).containsExactly("grp:sdf");
            assertThat(originals(s)).containsExactly("قسد");
        }

        @Test
        void needsTheArticleOnAOneWordNameThatHasIt() {
            assertThat(ids("أنشأت البلدية مرصد للزلازل")).isEmpty();
            assertThat(ids("نقلت وسائل الإعلام السورية الخبر")).doesNotContain("loc:syria");
        }
    }

    @Nested
    class Typos {

        @Test
        void aNameOfItsOwnIsNoTypoOfAnother() {
            // "مدينة الحديدة" is Hodeidah, not "مدينة حديثة" (Haditha) with a letter changed
            assertThat(ids("غارات على حي سكني بمدينة الحديدة")).containsExactly("loc:hodeidah");
            assertThat(ids("هجوم في مدينة حديثة غربي العراق")).contains("loc:haditha");
        }

        @Test
        void forgivesASwapAndADroppedLetterInALongName() {
            assertThat(ids("وقات سوريا الديمقرطية")).containsExactly("grp:sdf");
            assertThat(ids("قوات سوريا الديمقرطيه")).containsExactly("grp:sdf");
        }

        @Test
        void aWordOfFiveWithALetterDroppedIsAnotherWordUnlessItIsALongVowelAndNoEnglishWordIsANameWithATypo() {
            // "الدراجات النارية" are motorcycles, not الناصرية; "حي هودن" is Hodan written without its alif
            assertThat(ids("وصلت الدراجات النارية")).isEmpty();
            assertThat(ids("في حي هودن بالعاصمة")).contains("loc:hodan");
            // "Inmates" is no Inates
            assertThat(ids("Inmates escaped")).isEmpty();
        }

        @Test
        void aOneWordNameOfSixLettersMayLackALetterButNotChangeOne() {
            // "بشاور" is Peshawar without its long vowel; "كامارا", a family name of Guinea, is not the town Kagara
            assertThat(ids("استهدف مسجدا في مدينة بشاور")).containsExactly("loc:peshawar");
            assertThat(ids("الرئيس الأسبق موسى دادي كامارا")).isEmpty();
            assertThat(ids("في بلدة كاجارا")).containsExactly("loc:kagara");
            // nor gain a letter that is no long vowel: Mansila in Burkina Faso is not Manila
            assertThat(ids("هاجمت الجماعة قاعدة عسكرية في مانسيلا")).doesNotContain("loc:manila");
            assertThat(ids("في العاصمة مانيلا")).contains("loc:manila");
            assertThat(ids("في مدينة بيشاور")).containsExactly("loc:peshawar");
        }

        @Test
        void forgivesAnInflectedLongWord() {
            assertThat(ids("اتهم الحوثيين بالهجوم")).containsExactly("grp:houthis");
        }

        @Test
        void aCommonWordOneLetterFromANameIsThatWord() {
            // "الجماعات الجهادية" (jihadist groups) is not the village الجوادية, which is still found as written
            assertThat(ids("النزاع مع الجماعات الجهادية")).isEmpty();
            assertThat(ids("قتل 5 أشخاص في قرية الجوادية")).containsExactly("loc:jawadiyah");
            // nor a proclitic off it: the name Fatima (فاطمة) is no ف + أطمة (Atmeh)
            assertThat(ids("بعد وفاة الطفلة فاطمة بزي")).isEmpty();
            assertThat(ids("في مخيمات أطمة")).containsExactly("loc:atmeh");
        }

        @Test
        void aLongerNameBeatsTheShorterOneItBeginsWith() {
            // Adan Yabaal in Somalia is not Aden in Yemen; Libya's Jdeida prison under its official name
            assertThat(ids("قرب بلدة عدن يابال")).containsExactly("loc:adan-yabaal");
            assertThat(ids("في مدينة عدن")).containsExactly("loc:aden");
            assertThat(ids("من مؤسسة الإصلاح والتأهيل الجديدة")).containsExactly("fac:jdeida-prison");
        }

        @Test
        void neverForgivesATypoInAShortWord() {
            assertThat(ids("عن قصد")).isEmpty();
            assertThat(ids("قال المرشد")).isEmpty();
        }

        @Test
        void doesNotTakeAnotherWordFormForATypo() {
            assertThat(ids("قتل البغدادي")).isEmpty();
            assertThat(ids("أبرز الأخبار")).isEmpty();
        }

        @Test
        void needsOneWordOfALongNameSpelledRight() {
            assertThat(ids("وقات سوريى الديمقرطية")).isEmpty();
        }

        @Test
        void aWordThatDiffersInItsLastLetterIsAnotherWord() {
            // ... but a name of several words may end its first in alif or ta marbuta alike
            assertThat(ids("في مدينة ديرا إسماعيل خان")).containsExactly("loc:dera-ismail-khan");
            assertThat(ids("وتبحث القوات عن الفارين بأماكن متفرقة")).isEmpty();
            assertThat(ids("وصل إلى باماكو")).containsExactly("loc:bamako");
        }
    }

    @Nested
    class CompoundNames {

        @Test
        void aNameOpeningWithKhanIsAlsoWrittenAsOneWord() {
            assertThat(ids("الهجوم الكيميائي على بلدة خانشيخون في ريف إدلب")).contains("loc:khan-shaykhun");
            assertThat(ids("الهجوم الكيميائي على بلدة خان شيخون")).contains("loc:khan-shaykhun");
        }

        @Test
        void israelsCitiesHitByMissilesAreKnownInEitherSpelling() {
            assertThat(ids("قُتل ستة أشخاص في مدينة بات يام جنوبي تل أبيب")).contains("loc:bat-yam");
            assertThat(ids("سقط صاروخ على بيت يام")).contains("loc:bat-yam");
            assertThat(ids("هجمات صاروخية طالت بيتح تكفا وحيفا وبني براك"))
                    .contains("loc:petah-tikva", "loc:haifa", "loc:bnei-brak");
        }

        @Test
        void aNamesLastWordWithoutItsArticleBeforeAnotherWordHeadsAnotherName() {
            // منطقة الباب is al-Bab; "منطقة باب توما" is Bab Touma in Damascus, "معبر باب الهوى" a crossing
            assertThat(ids("سقطت قذائف على حي العباسيين ومنطقة باب توما")).doesNotContain("loc:al-bab");
            assertThat(ids("قتل ثلاثة أشخاص في منطقة الباب شرقي حلب")).contains("loc:al-bab");
        }
    }

    @Nested
    class TailsAndCommonWords {

        @Test
        void aPlaceAfterAWordThatBeginsCompoundNamesIsAnotherPlace() {
            assertThat(ids("هجوم على ناحية أبي صيدا شمال شرقي بعقوبة")).doesNotContain("loc:sidon")
                    .contains("loc:baqubah");
            assertThat(ids("an attack in the Abu Saida area")).isEmpty();
            assertThat(ids("قصف على صيدا")).containsExactly("loc:sidon");
        }

        @Test
        void aCompoundNameTheGazetteerHoldsIsStillMatchedWhole() {
            assertThat(ids("في تل أبيض وعين عيسى وسجن أبو غريب"))
                    .containsExactly("loc:tal-abyad", "loc:ain-issa", "fac:abu-ghraib-prison");
        }

        @Test
        void anOutletNamedAfterARegionIsTheOutlet() {
            assertThat(ids("وقال مراسل دارفور 24 إن")).containsExactly("org:darfur24");
            assertThat(ids("في شمال دارفور")).doesNotContain("org:darfur24");
        }

        @Test
        void aLatinNameWrittenWithACapitalIsNotTheCommonWord() {
            assertThat(ids("militants carried out hit-and-run attacks")).isEmpty();
            assertThat(ids("a bombing in Hit, in Anbar province")).contains("loc:hit");
        }
    }

    @Nested
    class Choosing {

        @Test
        void prefersTheLongestName() {
            assertThat(ids("أفاد المرصد السوري لحقوق الإنسان")).containsExactly("org:sohr");
            assertThat(originals("أفاد المرصد السوري لحقوق الإنسان")).containsExactly("المرصد السوري لحقوق الإنسان");
            assertThat(ids("نقل إلى سجن أبو غريب")).containsExactly("fac:abu-ghraib-prison");
            assertThat(ids("في قضاء أبو غريب")).containsExactly("loc:abu-ghraib");
        }

        @Test
        void reportsMatchesInOrderWithoutOverlapAndWithOriginalOffsets() {
            String s = "قالت قسد إن داعش هاجم سجن غويران في الحسكة";
            NormalizedText t = norm(s);
            List<EntityMatch> found = find(t);
            assertThat(found).extracting(m -> m.entity().id())
                    .containsExactly("grp:sdf", "grp:isis", "fac:sinaa-prison", "loc:hasakah");
            assertThat(found).extracting(m -> m.originalText(t)).containsExactly("قسد", "داعش", "سجن غويران", "الحسكة");
            for (int k = 1; k < found.size(); k++) {
                assertThat(found.get(k).start()).isGreaterThanOrEqualTo(found.get(k - 1).end());
            }
            assertThat(s.indexOf("سجن غويران")).isEqualTo(found.get(2).originalStart(t));
        }

        @Test
        void doesNotJoinWordsAcrossALineBreakOrASentenceEnd() {
            assertThat(ids("تنظيم\nالدولة")).isEmpty();
            assertThat(ids("المرصد. السوري")).containsExactly("org:sohr");
            assertThat(originals("المرصد. السوري")).containsExactly("المرصد");
        }

        @Test
        void matchesWithinARange() {
            String s = "قسد ثم داعش";
            NormalizedText t = norm(s);
            assertThat(MATCHER.find(t, 3, t.text().length())).extracting(m -> m.entity().id()).containsExactly("grp:isis");
        }

        @Test
        void usesAUserEntity() {
            Entity council = new Entity("org:hasakah-council", "organization", "Hasakah council", "مجلس الحسكة المحلي",
                    List.of("مجلس المدينة"));
            EntityMatcher own = new EntityMatcher(Gazetteer.fromClasspath().extendedWith(new Gazetteer(List.of(council))));
            assertThat(own.find(norm("أعلن مجلس الحسكة المحلي"))).extracting(m -> m.entity().id())
                    .containsExactly("org:hasakah-council");
        }

        @Test
        void staysFastOnALongText() {
            String paragraph = "قالت قوات سوريا الديمقراطية إن مقاتلين من داعش هاجموا سجن الصناعة في الحسكة، "
                    + "وأفاد المرصد السوري لحقوق الإنسان بمقتل العشرات في شمال شرق سوريا. ";
            NormalizedText t = norm(paragraph.repeat(2000));
            long start = System.nanoTime();
            List<EntityMatch> found = find(t);
            long millis = (System.nanoTime() - start) / 1_000_000;
            // the prison alias "سجن الصناعة في الحسكة" takes the town with it: five names a paragraph
            assertThat(found.size()).isEqualTo(2000 * 5);
            assertThat(millis).isLessThan(5000);
        }
    }
}
