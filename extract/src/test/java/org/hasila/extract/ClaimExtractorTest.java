package org.hasila.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.hasila.core.claim.Attribution;
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Group;
import org.hasila.core.claim.Kind;
import org.hasila.core.claim.Qualifier;
import org.hasila.core.claim.Scope;
import org.hasila.core.document.Document;
import org.hasila.core.document.DocumentStatus;
import org.hasila.core.entity.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {

    private static ClaimExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = ClaimExtractor.fromClasspath();
    }

    static List<Claim> claims(String text) {
        return claims(text, null);
    }

    static List<Claim> claims(String text, String published) {
        return extractor.extract(document(text, published)).claims();
    }

    /** The places a text names, with their roles. */
    static List<Mention> places(String text, String published) {
        return extractor.extract(document(text, published)).mentions().stream()
                .filter(m -> m.entity().startsWith("loc:")).toList();
    }

    /** The places that head an incident of their own in a text (a roundup's sections, another incident's places). */
    static List<String> sectionHeads(String text, String published) {
        return extractor.extract(document(text, published)).mentions().stream()
                .filter(m -> m.role() == Mention.Role.SECTION).map(Mention::entity).toList();
    }

    private static Document document(String text, String published) {
        return new Document("d-test", "t.txt", null, "0", "text/plain", "ar", null, published, null, null,
                DocumentStatus.PROCESSED, null, text);
    }

    @Nested
    class ThirtyFirstReader {

        @Test
        void aNumberOfPeopleWhoSpeakCountsNoToll() {
            assertThat(claims("One of them said the dead included children.")).isEmpty();
            assertThat(claims("Two of the survivors said the gunmen killed at least 30 people."))
                    .extracting(Claim::kind, c -> c.value().low()).containsExactly(tuple(Kind.KILLED, 30L));
            assertThat(claims("وقال ثلاثة شهود إن بين القتلى أطفالاً.")).isEmpty();
            // who were wounded and speak are still counted wounded
            assertThat(claims("Two wounded men told Reuters they saw the gunmen."))
                    .extracting(Claim::kind, c -> c.value().low()).containsExactly(tuple(Kind.INJURED, 2L));
        }

        @Test
        void aDayNamedAfterTheNumberIsWhenNotHowLong() {
            assertThat(claims("وأصيب أكثر من 100 يوم الجمعة عندما فتح مسلحون النار.", "2024-03-23"))
                    .extracting(Claim::kind, c -> c.value().low()).containsExactly(tuple(Kind.INJURED, 100L));
            assertThat(claims("واستمر الحصار 3 أيام، ولم يُقتل أحد.")).isEmpty();
        }

        @Test
        void aNumberAddedBesidesATotalOfAGroupIsNoPartOfIt() {
            List<Claim> dead = claims("قتل أكثر من 280 مدنياً، بينهم 43 طفلاً، إضافة إلى نحو 1500 مقاتل من الوحدات "
                    + "الكردية.");
            assertThat(dead).extracting(c -> c.value().low(), Claim::group, Claim::partOf).containsExactly(
                    tuple(280L, Group.CIVILIANS, null), tuple(43L, Group.CIVILIANS, dead.get(0).id()),
                    tuple(1500L, Group.UNKNOWN, null));
            // a total of everyone goes on listing its parts
            List<Claim> all = claims("وأوقعت الاشتباكات 181 قتيلاً، 124 منهم من عناصر التنظيم و50 من القوات الكردية، "
                    + "إضافة الى سبعة مدنيين.");
            assertThat(all).extracting(Claim::partOf).containsExactly(null, all.get(0).id(), all.get(0).id(),
                    all.get(0).id());
        }

        @Test
        void aSentenceOfAnotherIncidentElsewhereHeadsItsPlace() {
            assertThat(sectionHeads("قتل 20 شخصاً في قصف على مدينة عفرين. وفي سياق آخر، قتل 16 مدنياً في غارة جوية على "
                    + "مدينة دوما.", "2018-03-18")).containsExactly("loc:douma");
        }

        @Test
        void whoLeftForSaferAreasAreDisplaced() {
            assertThat(claims("وأعلن الحاكم أن نحو 300 من سكان المدينة غادروها مؤقتاً إلى مناطق أكثر أماناً."))
                    .extracting(Claim::kind, c -> c.value().low()).containsExactly(tuple(Kind.DISPLACED, 300L));
        }

        @Test
        void anEnglishTollRisesToItsNumberPastACityOfItsDescription() {
            assertThat(claims("The death toll from a missile strike on a crowded railway station in the eastern "
                    + "Ukrainian city of Kramatorsk has risen to 52, including five children, the governor said."))
                    .extracting(Claim::kind, c -> c.value().low()).containsExactly(tuple(Kind.KILLED, 52L),
                            tuple(Kind.KILLED, 5L));
            // the toll of two separate attacks is a wider count
            assertThat(claims("The death toll from two separate attacks on a parade and a police station in Aden has "
                    + "risen to 49.")).extracting(Claim::scope).containsExactly(Scope.WIDER);
        }

        @Test
        void aDeathSentenceAndAnExecutionToComeAreNoDeaths() {
            assertThat(claims("Three men were sentenced to death over that attack and are due to be executed."))
                    .isEmpty();
            assertThat(claims("Gunmen executed 12 villagers.")).extracting(c -> c.value().low()).containsExactly(12L);
        }

        @Test
        void aClauseOfWhatBefellABuildingTellsNothingOfThePeopleInIt() {
            assertThat(claims("وقال المتحدث إن 193 معتقلاً كانوا محتجزين في مبنى السجن الذي أصيب بالقصف."))
                    .extracting(Claim::kind, c -> c.value().low()).containsExactly(tuple(Kind.DETAINED, 193L));
        }

        @Test
        void thoseArrestedAndOfficersByRankAreCounted() {
            assertThat(claims("ليرتفع عدد المقبوض عليهم في القضية إلى نحو 20."))
                    .extracting(Claim::kind, c -> c.value().low()).containsExactly(tuple(Kind.RECAPTURED, 20L));
            assertThat(claims("أسفر الهجوم عن استشهاد الملازم أول عمار عبد علي، وإصابة أحد أفراد الشرطة."))
                    .extracting(Claim::kind, Claim::group, c -> c.value().low()).containsExactly(
                            tuple(Kind.KILLED, Group.SECURITY_FORCES, 1L),
                            tuple(Kind.INJURED, Group.SECURITY_FORCES, 1L));
        }

        @Test
        void kidnappersAreCountedAndNationalitiesAreNot() {
            assertThat(claims("وقال إن 35 رهينة و15 من الخاطفين قتلوا اليوم الخميس."))
                    .extracting(Claim::kind, c -> c.value().low()).containsExactly(tuple(Kind.KILLED, 35L),
                            tuple(Kind.KILLED, 15L));
            assertThat(claims("وإن 43 شخصاً ما زالوا في قبضة الخاطفين.")).isEmpty();
            assertThat(claims("Thirty-seven foreigners of eight nationalities and one Algerian were killed."))
                    .extracting(c -> c.value().low()).containsExactly(37L, 1L);
        }

        @Test
        void aTollNamedFirstRisesToItsNumberPastAsidesThatCountNoOne() {
            assertThat(claims("عدد الفارين من مدينة الرمادي منذ سقوطها بيد تنظيم الدولة (داعش) ارتفع إلى أكثر من 40 "
                    + "ألف شخص.")).extracting(Claim::kind, c -> c.value().low())
                    .containsExactly(tuple(Kind.DISPLACED, 40000L));
        }

        @Test
        void onTheOtherSideOpensAnotherIncident() {
            assertThat(sectionHeads("قتل 20 شخصاً في قصف على مدينة عفرين. من جهة أخرى، قالت مصادر محلية إن مسلحين "
                    + "قتلوا خمسة مدنيين في مدينة دوما. في الأثناء، قالت مصادر طبية في سامراء إن ثلاثة من عناصر "
                    + "الشرطة قتلوا.", "2018-03-18")).containsExactly("loc:douma", "loc:samarra");
        }

        @Test
        void oneJoinedByAndAfterAPluralCountsOneAndCounterTerrorismUnitsAreSecurityForces() {
            assertThat(claims("وكانت المواجهات قد أسفرت عن مقتل خمسة من عناصر وحدة مكافحة الإرهاب وسجين واحد."))
                    .extracting(Claim::group, c -> c.value().low()).containsExactly(
                            tuple(Group.SECURITY_FORCES, 5L), tuple(Group.DETAINEES, 1L));
            assertThat(claims("قالت الشرطة إن خمسة من أفرادها وسجيناً واحداً قتلوا."))
                    .extracting(c -> c.value().low()).containsExactly(5L, 1L);
        }

        @Test
        void aPresidencySpeaksAndInitialsEndNoSpeakersDescription() {
            assertThat(claims("Security forces have arrested nine people, the presidency said on Thursday."))
                    .extracting(c -> c.source().text()).containsExactly("the presidency");
            assertThat(claims("The U.N. human rights office said it had confirmed 1,766 civilian deaths."))
                    .extracting(c -> c.source().text()).containsExactly("The U.N. human rights office");
        }

        @Test
        void machineGunsSeizedAreNoArrests() {
            assertThat(claims("وأعلنت الوزارة أن القوات الخاصة ضبطت ستة رشاشات ثقيلة.")).isEmpty();
        }

        @Test
        void anEnglishRangeJoinedByToNeedsNoOpener() {
            assertThat(claims("Human Rights Watch gave an earlier estimate of 160 to 190 dead."))
                    .extracting(c -> c.value().low(), c -> c.value().high(), c -> c.value().qualifier())
                    .containsExactly(tuple(160L, 190L, Qualifier.VAGUE));
            // a toll that rose from one number to the next is no range
            assertThat(claims("The death toll rose from 160 to 190.")).extracting(c -> c.value().qualifier())
                    .doesNotContain(Qualifier.VAGUE);
        }

        @Test
        void whoWereInAPrisonWereHeldAndTheStrandedAreDisplaced() {
            assertThat(claims("وأضاف أن نحو 2400 نزيل كانوا في السجن ليلة سقوطه."))
                    .extracting(Claim::kind, c -> c.value().low()).containsExactly(tuple(Kind.DETAINED, 2400L));
            assertThat(claims("وقال إن 50 شخصاً كانوا في المبنى.")).isEmpty();
            assertThat(claims("وقال إن خمسة آلاف شخص على الأقل ما زالوا عالقين عند جسر بزيبز."))
                    .extracting(Claim::kind).containsExactly(Kind.DISPLACED);
            assertThat(claims("وما زال 20 شخصاً عالقين تحت الأنقاض.")).isEmpty();
        }

        @Test
        void whoTookPartInAGatheringAttackedNoOne() {
            assertThat(claims("وشارك آلاف الأشخاص السبت في تشييع ضحايا الهجوم.")).isEmpty();
            assertThat(claims("ونظمت وقفة تضامنية أمام المجلس شارك فيها مئات المواطنين.")).isEmpty();
            assertThat(claims("وشارك نحو 200 مسلح في الهجوم على القرية."))
                    .extracting(Claim::kind, c -> c.value().low()).containsExactly(tuple(Kind.ATTACKERS, 200L));
        }

        @Test
        void aSingularNounThatANumberFollowsIsWhoKilledThem() {
            assertThat(claims("وكانت أسوأ حادثة قد وقعت حين قتل مسلح 13 شخصاً."))
                    .extracting(Claim::kind, c -> c.value().low()).containsExactly(tuple(Kind.KILLED, 13L));
            assertThat(claims("وقتل مسلح في الاشتباك.")).extracting(Claim::group, c -> c.value().low())
                    .containsExactly(tuple(Group.MILITANTS, 1L));
        }
    }

    @Nested
    class ThirtiethReader {

        @Test
        void aSpeakersWishNotToBeNamedStandsBetweenTheSpeakerAndTheVerb() {
            assertThat(claims("وقال أحد السكان، طالباً عدم ذكر اسمه، إن المسلحين قتلوا 12 شخصاً في القرية."))
                    .extracting(c -> c.source().text()).containsExactly("أحد السكان");
            assertThat(claims("وقال أحد الناجين، مفضلاً عدم الكشف عن هويته، إن المسلحين قتلوا 12 شخصاً."))
                    .extracting(c -> c.source().text()).containsExactly("أحد الناجين");
            assertThat(claims("A police officer, speaking on condition of anonymity, said 12 people were killed."))
                    .extracting(c -> c.source().text()).containsExactly("A police officer");
        }

        @Test
        void theAttackersNumberToldInAnAsideIsHowManyAttacked() {
            assertThat(claims("وقال الحاكم إن المهاجمين، وعددهم نحو 100 مسلح، أحرقوا 24 منزلاً."))
                    .extracting(Claim::kind, Claim::group, c -> c.value().low())
                    .containsExactly(tuple(Kind.ATTACKERS, Group.MILITANTS, 100L));
            assertThat(claims("The attackers, who numbered about 100, burned 24 houses."))
                    .extracting(Claim::kind, c -> c.value().low()).containsExactly(tuple(Kind.ATTACKERS, 100L));
        }

        @Test
        void theWoundedStillInHospitalAreSomeOfTheWoundedToldBefore() {
            List<Claim> wounded = claims("أصيب 62 شخصاً في الانفجار. وقال مدير المستشفى إن نحو 30 مصاباً لا يزالون "
                    + "يتلقون العلاج في مستشفيات المدينة.");
            assertThat(wounded).extracting(Claim::kind).containsExactly(Kind.INJURED, Kind.INJURED);
            assertThat(wounded.get(1).partOf()).isEqualTo(wounded.get(0).id());
            List<Claim> english = claims("Sixty-two people were wounded in the blast. The hospital said 12 of them "
                    + "remain in hospital.");
            assertThat(english.get(1).partOf()).isEqualTo(english.get(0).id());
        }

        @Test
        void bodiesNotYetIdentifiedAreSomeOfTheDeadToldBefore() {
            List<Claim> dead = claims("وأعلنت البعثة العثور على 58 جثة في المقبرة. وقال مكتب النائب العام إن فريقاً "
                    + "من الطب الشرعي باشر فحص الجثث، وإن 23 منها لم يُتعرف على أصحابها بعد.");
            assertThat(dead).extracting(Claim::kind, c -> c.value().low())
                    .containsExactly(tuple(Kind.KILLED, 58L), tuple(Kind.KILLED, 23L));
            assertThat(dead.get(1).partOf()).isEqualTo(dead.get(0).id());
        }

        @Test
        void aSentenceOpeningWithAmongThemCountsSomeOfTheTotalBefore() {
            List<Claim> dead = claims("قُتل 40 شخصاً في الهجوم. ومن بينهم 12 طفلاً و5 نساء.");
            assertThat(dead).extracting(Claim::kind, Claim::group, c -> c.value().low()).containsExactly(
                    tuple(Kind.KILLED, Group.ALL, 40L), tuple(Kind.KILLED, Group.CIVILIANS, 12L),
                    tuple(Kind.KILLED, Group.CIVILIANS, 5L));
            assertThat(dead).extracting(Claim::partOf).containsExactly(null, dead.get(0).id(), dead.get(0).id());
            List<Claim> english = claims("At least 1,500 people were killed in the city, the group said. The group "
                    + "said the figure included about 460 people killed at the maternity hospital.");
            assertThat(english.get(1).partOf()).isEqualTo(english.get(0).id());
            // no total before as large: the number is no part of it
            assertThat(claims("قُتل 4 أشخاص في الهجوم. ومن بينهم 12 طفلاً.")).extracting(c -> c.value().low())
                    .containsExactly(4L);
        }

        @Test
        void familiesCountTheDisplacedOnlyWhereTheSentenceTellsOfLeaving() {
            assertThat(claims("وأوضح أن مئات العائلات ما زالت تبحث عن ذويها المفقودين.")).isEmpty();
            assertThat(claims("وقال مصدر طبي إن عشرات العائلات ما زالت تتوافد على المستشفى بحثاً عن ذويها.")).isEmpty();
            assertThat(claims("وأضاف أن فرق الإسعاف أجلت 64 عائلة من مناطق الاشتباك."))
                    .extracting(Claim::kind, c -> c.value().low()).containsExactly(tuple(Kind.DISPLACED, 64L));
            assertThat(claims("وقال الدفاع المدني إن عشرات العائلات غادرت منازلها باتجاه مدينة صيدا."))
                    .extracting(Claim::kind).containsExactly(Kind.DISPLACED);
            assertThat(claims("ونزحت أكثر من 500 عائلة من المنطقة خلال يومين.")).extracting(Claim::kind)
                    .containsExactly(Kind.DISPLACED);
        }

        @Test
        void whatTheWarDidIsAWiderCount() {
            assertThat(claims("وأسفرت الحرب في اليمن عن مقتل أكثر من عشرة آلاف شخص ودفعت البلاد إلى حافة المجاعة."))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
            assertThat(claims("The war, which has killed more than 10,000 people, has pushed the country to the "
                    + "brink of famine.")).extracting(Claim::scope).containsExactly(Scope.WIDER);
            assertThat(claims("وأسفرت الغارة عن مقتل 40 شخصاً.")).extracting(Claim::scope)
                    .containsExactly(Scope.INCIDENT);
        }

        @Test
        void whatTheIncidentHadDoneIsOfItsDayWhereTheReportNamesIt() {
            String lead = "أقر الفريق المشترك بأن الضربة الجوية التي استهدفت حافلة في منطقة ضحيان في التاسع من أغسطس "
                    + "الماضي لم تكن مبررة. ";
            assertThat(claims(lead + "وكانت الغارة قد أسفرت عن مقتل 51 شخصاً.", "2018-09-01"))
                    .extracting(Claim::asOf).containsExactly("2018-08-09");
            // what someone had said: some day before the report, which one it does not say
            assertThat(claims(lead + "وكانت الوزارة قد أعلنت مقتل 51 شخصاً.", "2018-09-01"))
                    .extracting(Claim::asOf).containsExactly((String) null);
        }

        @Test
        void whoAllOfThemWereIsTheGroupOfTheToll() {
            assertThat(claims("وارتفعت الحصيلة إلى 13 قتيلاً، جميعهم من عناصر الشرطة الاتحادية."))
                    .extracting(Claim::group).containsExactly(Group.SECURITY_FORCES);
            assertThat(claims("Nine people were killed, all of them civilians.")).extracting(Claim::group)
                    .containsExactly(Group.CIVILIANS);
        }

        @Test
        void inmatesFreedCaughtOrLeftInsideAPrison() {
            assertThat(claims("The gangs stormed the prison and freed thousands of inmates."))
                    .extracting(Claim::kind, Claim::group).containsExactly(tuple(Kind.ESCAPED, Group.DETAINEES));
            assertThat(claims("Police said about 30 inmates had been caught.")).extracting(Claim::kind)
                    .containsExactly(Kind.RECAPTURED);
            assertThat(claims("وقال المصدر إنه لم يبق في الداخل سوى 99 سجيناً.")).extracting(Claim::kind, Claim::group)
                    .containsExactly(tuple(Kind.DETAINED, Group.DETAINEES));
            // remaining people in no place of custody are held by no one
            assertThat(claims("وبقي 20 شخصاً في المستشفى.")).isEmpty();
        }

        @Test
        void bombersBeforeTheirVerbAndMenWhoInfiltratedATownAttacked() {
            assertThat(claims("وفجر انتحاريان نفسيهما وسط الحشد.")).extracting(Claim::kind, c -> c.value().low())
                    .containsExactly(tuple(Kind.ATTACKERS, 2L));
            assertThat(claims("وقال شهود عيان إن عشرات المسلحين تسللوا إلى المدينة فجراً."))
                    .extracting(Claim::kind).containsExactly(Kind.ATTACKERS);
        }

        @Test
        void aTitledSpeakerEndsAtTheAgencyHeToldAndAMayorSpeaks() {
            assertThat(claims("وقال المتحدث باسم الشرطة لوكالة فرانس برس إن 43 شخصاً قتلوا."))
                    .extracting(c -> c.source().text()).containsExactly("المتحدث باسم الشرطة");
            assertThat(claims("وقال عميد بلدية مرزق حامد رافع الخيالي إن 43 شخصاً قتلوا."))
                    .extracting(c -> c.source().text()).containsExactly("عميد بلدية مرزق حامد رافع الخيالي");
            assertThat(claims("Malek Merset, a spokesman for the emergency medical services, had earlier put the toll "
                    + "at 40 dead.")).extracting(c -> c.source().text()).containsExactly("Malek Merset");
        }

        @Test
        void aMonthNamedTwiceInBracketsDatesAnEarlierIncident() {
            assertThat(claims("وكان الطريق قد أُغلق لأسابيع بعد هجوم على قافلة أخرى في 12 أكتوبر (تشرين الأول) "
                    + "الماضي قتل فيه 15 شخصاً.", "2024-11-22")).extracting(Claim::scope)
                    .containsExactly(Scope.EARLIER);
            assertThat(claims("ويقول مسؤولون إن الهجمات جاءت رداً على الهجوم على مسجدين في كرايستشيرش في 15 مارس "
                    + "(آذار) الماضي، الذي قُتل فيه 50 مصلياً.", "2019-04-25"))
                    .extracting(Claim::scope, Claim::place).containsExactly(tuple(Scope.EARLIER, "loc:christchurch"));
        }

        @Test
        void mothersAreCiviliansButAsForIsNoGroup() {
            assertThat(claims("Twenty-four people were killed, including 16 mothers.")).extracting(Claim::group)
                    .containsExactly(Group.ALL, Group.CIVILIANS);
            assertThat(claims("وقتل 24 شخصاً بينهم 16 أمهات.")).extracting(Claim::group)
                    .containsExactly(Group.ALL, Group.CIVILIANS);
            assertThat(claims("أما القتلى فبلغ عددهم 12.")).extracting(Claim::group).containsExactly(Group.ALL);
        }

        @Test
        void aDualThatToldTheTollIsNoCountOfIt() {
            assertThat(claims("وارتفعت حصيلة الهجوم إلى 13 قتيلاً، وفق ما أفاد مسؤولان أمنيان لوكالة فرانس برس."))
                    .extracting(c -> c.value().low()).containsExactly(13L);
        }

        @Test
        void whoClaimedAnAttackToldNoTollOfIt() {
            assertThat(claims("The death toll from the bombing claimed by Islamic State in Baghdad's Karrada district "
                    + "rose to 151 on Monday, the Health Ministry said.")).extracting(c -> c.source().text())
                    .containsExactly("the Health Ministry");
            assertThat(claims("Islamic State claimed responsibility for the attack, which killed 12 people."))
                    .extracting(Claim::source).containsExactly((Attribution) null);
            // but speaks on in what it says after
            assertThat(claims("Islamic State claimed responsibility for the attack, saying its fighters had killed 55 "
                    + "people.")).extracting(c -> c.source().entity()).containsExactly("grp:isis");
        }

        @Test
        void aCountryANumberCountsIsWhoTheyAreNotWhere() {
            assertThat(claims("وقتل 38 سائحاً أجنبياً، بينهم 30 بريطانيا.")).extracting(Claim::place)
                    .containsExactly(null, null);
            // a year before a name is no count
            assertThat(claims("The group also carried out the 2013 Westgate mall attack, which killed 67 people."))
                    .extracting(Claim::place).containsExactly("fac:westgate-mall");
        }

        @Test
        void deathsCountedAsCasesAreKilled() {
            assertThat(claims("وأعلنت الوزارة أن عدد الوفيات في طنطا بلغ ٢٨ حالة و٧٧ مصاباً."))
                    .extracting(Claim::kind, c -> c.value().low())
                    .containsExactly(tuple(Kind.KILLED, 28L), tuple(Kind.INJURED, 77L));
        }

        @Test
        void anArrestWarrantIsNoArrest() {
            assertThat(claims("وأصدرت النيابة مذكرات اعتقال بحق 12 شخصاً.")).isEmpty();
            assertThat(claims("The prosecutor issued arrest warrants for 12 people.")).isEmpty();
            assertThat(claims("واعتقلت الشرطة 12 شخصاً.")).extracting(Claim::kind).containsExactly(Kind.RECAPTURED);
        }

        @Test
        void aSpokesmanOfAMinistryAndMinistriesSpeakingTogether() {
            assertThat(claims("وقال الناطق الرسمي لوزارة الصحة العامة والسكان إن الحصيلة ارتفعت إلى 43 شهيداً."))
                    .extracting(c -> c.source().text(), c -> c.source().entity())
                    .containsExactly(tuple("الناطق الرسمي لوزارة الصحة العامة والسكان", "org:yemen-moh"));
            // an agency glued to ل is who was told
            assertThat(claims("وقال المتحدث الرسمي لرويترز إن 43 شخصاً قتلوا.")).extracting(c -> c.source().text())
                    .containsExactly("المتحدث الرسمي");
            assertThat(claims("قالت وزارتا الداخلية والدفاع في بيان مشترك إن 28 مسلحاً قتلوا."))
                    .extracting(c -> c.source().text()).containsExactly("وزارتا الداخلية والدفاع");
            assertThat(claims("أعلن كاتب الدولة المكلف بالشؤون الأمنية رفيق الشلي أن 28 مسلحاً قتلوا."))
                    .extracting(c -> c.source().text())
                    .containsExactly("كاتب الدولة المكلف بالشؤون الأمنية رفيق الشلي");
        }
    }

    @Nested
    class TwentyNinthReader {

        @Test
        void sinceAfterASuperlativeComparesAndOpensNoPeriod() {
            assertThat(claims("أسفر الهجوم، وهو الأعنف منذ سنوات، عن مقتل 12 شخصاً.", "2025-04-23"))
                    .extracting(Claim::scope).containsExactly(Scope.INCIDENT);
            assertThat(claims("قُتل 12 شخصاً في أعنف هجوم تشهده المنطقة منذ عام 2014.", "2025-04-23"))
                    .extracting(Claim::scope).containsExactly(Scope.INCIDENT);
            assertThat(claims("It was the deadliest attack in the region since 2000, killing 26 people.",
                    "2025-04-23")).extracting(Claim::scope).containsExactly(Scope.INCIDENT);
            // no superlative: a count since a date is over a period
            assertThat(claims("قتل أكثر من 500 شخص منذ عام 2019 في أعمال العنف.", "2025-04-23"))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
        }

        @Test
        void aClauseDescribingWhatIsComparedWithTellsAnEarlierIncident() {
            assertThat(claims("It was the deadliest attack on civilians in India since the 2008 Mumbai attacks, in "
                    + "which 166 people were killed.", "2025-04-23")).extracting(Claim::scope)
                    .containsExactly(Scope.EARLIER);
            assertThat(claims("ويعد الهجوم الأكثر دموية في المدينة منذ مارس الماضي، حين فجّر انتحاري نفسه داخل "
                    + "مسجد، ما أسفر عن مقتل 64 شخصاً.", "2023-01-30")).extracting(Claim::scope)
                    .containsExactly(Scope.EARLIER);
        }

        @Test
        void theListOfPlacesWherePeopleWentIsIncidentalToItsEnd() {
            assertThat(places("وقال المكتب إن أكثر من 8 آلاف شخص فروا من بلدة بالما ووصلوا حتى "
                    + "الآن إلى مدن بيمبا ونانغادي ومويدا ومونتيبويز.", "2021-04-02"))
                    .extracting(Mention::entity, Mention::role).containsExactly(
                            tuple("loc:palma", Mention.Role.FIGURE),
                            tuple("loc:pemba", Mention.Role.INCIDENTAL),
                            tuple("loc:nangade", Mention.Role.INCIDENTAL),
                            tuple("loc:montepuez", Mention.Role.INCIDENTAL));
        }

        @Test
        void theEndsOfARoadAreNoPlaceOfTheFigure() {
            assertThat(claims("قتل 30 جندياً في هجوم على قافلة على الطريق السريع بين جامو وسريناغار قرب بلدة "
                    + "أوانتيبورا.", "2019-02-14")).extracting(Claim::place).containsExactly("loc:awantipora");
            assertThat(claims("Thirty soldiers were killed on the highway between Jammu and Srinagar in Pulwama "
                    + "district.", "2019-02-14")).extracting(Claim::place).containsExactly("loc:pulwama");
        }

        @Test
        void sinceALengthOfDecadesIsAWiderCount() {
            assertThat(claims("ويشهد الإقليم تمردا مسلحا منذ ثلاثة عقود أودى بحياة عشرات الآلاف من الأشخاص.",
                    "2019-02-14")).extracting(Claim::scope).containsExactly(Scope.WIDER);
            assertThat(claims("وأسفر الهجوم، الأعنف منذ ثلاثة عقود، عن مقتل 40 جندياً.", "2019-02-14"))
                    .extracting(Claim::scope).containsExactly(Scope.INCIDENT);
        }

        @Test
        void aWireCreditLineNamesNoPlaceOfTheStory() {
            assertThat(places("Gunmen killed 12 people in Kano on Friday.\n\n(Reporting by Jonathan Landay in "
                    + "Washington and John Irish in Paris; Editing by Howard Goller)", "2023-10-21"))
                    .extracting(Mention::entity, Mention::role).contains(
                            tuple("loc:kano", Mention.Role.FIGURE), tuple("loc:paris", Mention.Role.INCIDENTAL));
        }

        @Test
        void aCountOverAListOfPlacesIsNoneOfTheirs() {
            assertThat(claims("وأوضح المرصد أن الحصيلة تشمل 830 مدنياً قضوا في قرى وبلدات بمحافظتي اللاذقية وطرطوس "
                    + "وريف حماة، فيما قُتل 231 من عناصر الأمن.", "2025-03-09")).extracting(Claim::place)
                    .containsExactly(null, null);
            assertThat(claims("Israeli strikes killed 12 people in Gaza and the West Bank.", "2025-03-09"))
                    .extracting(Claim::place).containsExactly((String) null);
            // an apposition is no list
            assertThat(claims("قُتل 30 شخصاً على الأقل في هجوم على مدينة الفاشر، عاصمة ولاية شمال دارفور.",
                    "2025-03-09")).extracting(Claim::place).containsExactly("loc:el-fasher");
            assertThat(claims("أعلنت الوزارة استشهاد نحو 500 فلسطيني في قصف استهدف المستشفى في حي الزيتون وسط مدينة "
                    + "غزة.", "2025-03-09")).extracting(Claim::place).containsExactly("loc:zeitoun");
        }

        @Test
        void whoWereFreedOrCarriedAreNoToll() {
            assertThat(claims("وقال إن جميع المسلحين الـ33 قُتلوا، وإن 354 راكبا جرى تحريرهم، بينهم ٣٧ مصابا.",
                    "2025-03-14")).extracting(Claim::kind, c -> c.value().low())
                    .containsExactly(tuple(Kind.KILLED, 33L), tuple(Kind.INJURED, 37L));
            assertThat(claims("The train, with nine coaches carrying around 440 passengers, was attacked on Tuesday.",
                    "2025-03-14")).isEmpty();
        }

        @Test
        void aWireDatelineWithCountryAndDayAndTheSeatOfAProvinceAreNoPlaceOfTheFigure() {
            assertThat(claims("PESHAWAR, Pakistan, March 5 (Reuters) - Militants rammed explosives-laden vehicles into "
                    + "an army base in Bannu, killing 13 civilians.", "2025-03-05")).extracting(Claim::place)
                    .containsExactly("loc:bannu");
            assertThat(claims("قتل 26 شخصاً في تفجير استهدف محطة القطارات في مدينة كويتا، مركز ولاية بلوشستان.",
                    "2024-11-09")).extracting(Claim::place).containsExactly("loc:quetta");
            assertThat(places("وفرّ آلاف السكان من قراهم باتجاه مدينتي هنغو وبيشاور.", "2024-11-25"))
                    .extracting(Mention::role)
                    .containsOnly(Mention.Role.INCIDENTAL);
        }

        @Test
        void aMonthNamedTwiceOpeningTheSentenceDatesAllOfIt() {
            assertThat(claims("وفي ديسمبر/كانون الأول 2022، سيطر مسلحون على مركز داخل المعسكر واحتجزوا عناصر أمن "
                    + "رهائن، قبل أن تقتحم القوات الخاصة المبنى وتقتل 33 منهم.", "2025-03-04"))
                    .extracting(Claim::scope).containsExactly(Scope.EARLIER);
        }

        @Test
        void aQuotedTitleIsNeitherADateNorAPlace() {
            assertThat(claims("وأضاف البيان أن بين الضحايا عاملين في صحيفتي «26 سبتمبر» و«اليمن»، كما سقط قتيلان من "
                    + "فرق الدفاع المدني.", "2025-09-11")).extracting(Claim::asOf, Claim::place)
                    .containsExactly(tuple("2025-09-11", null));
        }

        @Test
        void aWorkforceShipsTargetsAndWhereTheyCameFromAreNoToll() {
            assertThat(claims("وقال إن ثلاثة من موظفي الشركة كانوا من بين القتلى، وإن ما يزيد على ثلاثمئة عامل يعملون "
                    + "في الميناء.", "2025-04-19")).extracting(c -> c.value().low()).containsExactly(3L);
            assertThat(claims("The Houthis have attacked merchant vessels, sinking two ships and killing four sailors.",
                    "2025-04-20")).extracting(c -> c.value().low()).containsExactly(4L);
            assertThat(claims("The US military said it had hit more than 800 targets, killing dozens of fighters.",
                    "2025-04-20")).extracting(c -> c.value().low()).containsExactly(20L);
            assertThat(claims("قُتل 68 مهاجراً، أغلبهم من إثيوبيا، في غارة على مركز الاحتجاز.", "2025-04-28"))
                    .extracting(Claim::place).containsExactly((String) null);
        }

        @Test
        void aTownsPopulationAMultipleAndTheAccusedCountNothing() {
            assertThat(claims("Residents of Komanda, a town of about 50,000 people, buried the victims on Monday.",
                    "2025-07-28")).isEmpty();
            assertThat(claims("وأعلنت السلطات جمع أكثر من ألفي جثة من الشوارع، في حصيلة تفوق بأربعة أضعاف التقديرات "
                    + "الأولية، متهمة رواندا بارتكاب مجزرة.", "2025-02-04"))
                    .extracting(c -> c.value().low(), Claim::place).containsExactly(tuple(2000L, null));
            assertThat(claims("More than 100 women were burned alive.", "2025-02-04"))
                    .extracting(Claim::kind).containsExactly(Kind.KILLED);
        }

        @Test
        void aDatelinesCityBeforeItsCountryAndAgencyInBracketsIsNoPlaceOfTheFigure() {
            assertThat(places("بونيا (جمهورية الكونغو الديموقراطية) (أ ف ب) - ارتفعت حصيلة الهجوم على كنيسة في "
                    + "إقليم إيتوري إلى ٣٨ قتيلا.", "2025-07-28").stream().filter(m -> m.entity().equals("loc:bunia")))
                    .extracting(Mention::role).containsExactly(Mention.Role.INCIDENTAL);
        }

        @Test
        void earlierInAMonthNamedIsAnotherIncident() {
            assertThat(claims("إذ قتل أكثر من 40 شخصا في هجمات على قرى في وقت سابق من يوليو تموز، بحسب الأمم المتحدة.",
                    "2025-07-28")).extracting(Claim::scope).containsExactly(Scope.EARLIER);
            assertThat(claims("More than 40 people were killed in attacks on villages earlier in July, the UN said.",
                    "2025-07-28")).extracting(Claim::scope).containsExactly(Scope.EARLIER);
            // earlier, no month: an earlier count of this incident
            assertThat(claims("وقُتل 12 شخصاً في الهجوم، بحسب حصيلة أعلنت في وقت سابق.", "2025-07-28"))
                    .extracting(Claim::scope).containsExactly(Scope.INCIDENT);
        }

        @Test
        void aSecurityMemberIsOfTheForcesAndASecurityGuardIsNoPrisonStaff() {
            assertThat(claims("أعلنت الوزارة مقتل عنصر أمن وإصابة اثنين آخرين.", "2025-05-13"))
                    .extracting(Claim::group).containsExactly(Group.SECURITY_FORCES, Group.SECURITY_FORCES);
            assertThat(claims("وأصيب حارس أمن بجروح خطيرة.", "2025-05-13")).extracting(Claim::group)
                    .containsExactly(Group.CIVILIANS);
            assertThat(claims("قتل حارسان في الهجوم على السجن.", "2025-05-13")).extracting(Claim::group)
                    .containsExactly(Group.PRISON_STAFF);
        }

        @Test
        void whoCondemnsSpeaksOnInTheParticiplesAfterIt() {
            assertThat(claims("أدانت وزارة الخارجية السودانية الهجوم، مؤكدة أن عدد القتلى بلغ ٢٣٠ شخصاً.",
                    "2025-10-30")).extracting(c -> c.source().text()).containsExactly("وزارة الخارجية السودانية");
            assertThat(claims("ونددت الأمم المتحدة بالهجوم، مشيرة إلى أن 40 شخصا قتلوا.", "2025-10-30"))
                    .extracting(c -> c.source().entity()).containsExactly("org:un");
            // condemning states no figure itself
            assertThat(claims("أدانت الحكومة الهجوم الذي أسفر عن مقتل 12 شخصاً.", "2025-10-30"))
                    .extracting(Claim::source).containsOnlyNulls();
        }

        @Test
        void aTitlesTopicIsTheStorysPlaceNotADateline() {
            assertThat(places("عين الحلوة: هدوء حذر بعد اشتباكات خلفت 11 قتيلاً\n\n"
                    + "بيروت: ريتا الجمال\n\nيسود هدوء حذر المخيم بعد ثلاثة أيام من الاشتباكات.", "2023-08-01"))
                    .extracting(Mention::entity, Mention::role).containsExactly(
                            tuple("loc:ain-al-hilweh", Mention.Role.STORY),
                            tuple("loc:beirut", Mention.Role.INCIDENTAL));
        }
    }

    @Nested
    class TwentyEighthReader {

        @Test
        void someOfTheDeadCountOnlyWhereAGroupSaysWhom() {
            List<Claim> toll = claims("قتل 20 شخصاً في الهجوم. وقال إن أربعة من القتلى أطفال.");
            assertThat(toll).extracting(Claim::kind, Claim::group, c -> c.value().low())
                    .containsExactly(tuple(Kind.KILLED, Group.ALL, 20L), tuple(Kind.KILLED, Group.CIVILIANS, 4L));
            assertThat(toll.get(1).partOf()).isEqualTo(toll.get(0).id());
            assertThat(claims("وأضاف أن 81 من القتلى من أفراد الشرطة.")).extracting(Claim::group)
                    .containsExactly(Group.SECURITY_FORCES);
            assertThat(claims("وقالت الشرطة إنها عثرت على أحزمة ناسفة بحوزة اثنين من القتلى.")).isEmpty();
            assertThat(claims("وقال إن حالة خمسة من الجرحى حرجة.")).isEmpty();
        }

        @Test
        void whatWasIntendedKilledNoOne() {
            assertThat(claims("وقال إن إسرائيل أرادت قتل «ما لا يقل عن خمسة آلاف إنسان في دقيقتين».")).isEmpty();
        }

        @Test
        void mournedInThePresentAndOneOfItsSoldiers() {
            assertThat(claims("وكان الحزب قد أعلن مقتل اثنين من مقاتليه، قبل أن ينعى لاحقا ثمانية عناصر."))
                    .extracting(Claim::kind, c -> c.value().low())
                    .containsExactly(tuple(Kind.KILLED, 2L), tuple(Kind.KILLED, 8L));
            assertThat(claims("وقال الجيش في بيان إن أحد عسكرييه أصيب بجروح خطرة."))
                    .extracting(Claim::kind, Claim::group, c -> c.value().low())
                    .containsExactly(tuple(Kind.INJURED, Group.SECURITY_FORCES, 1L));
        }

        @Test
        void aCountryBackingOrBlamedIsNoPlaceOfTheFigure() {
            assertThat(claims("Officials said 12 people were killed in the attack on the Iran-backed group."))
                    .extracting(Claim::place).containsExactly((String) null);
            assertThat(claims("Twelve people were killed in the attack on the group in Beirut."))
                    .extracting(Claim::place).containsExactly("loc:beirut");
            assertThat(claims("وأعلن حزب الله في بيان أن اثنين من عناصره قتلا في الانفجارات، محمّلاً إسرائيل "
                    + "المسؤولية."))
                    .extracting(Claim::place).containsExactly((String) null);
            assertThat(claims("Hezbollah vowed to punish Israel after pagers exploded across Lebanon, killing 12 "
                    + "people."))
                    .extracting(Claim::place).containsExactly("loc:lebanon");
        }

        @Test
        void whereReportersWereToldIsNoPlaceOfTheFigure() {
            assertThat(claims("A French official told reporters in Paris that about 50 people were killed."))
                    .extracting(Claim::place).containsExactly((String) null);
            assertThat(claims("وقال إيرابور للصحافيين في أبوجا إن 50 شخصاً قتلوا.")).extracting(Claim::place)
                    .containsExactly((String) null);
            // journalists killed somewhere were killed there
            assertThat(claims("Israeli strikes killed three journalists in Gaza on Monday.")).extracting(Claim::place)
                    .containsExactly("loc:gaza-strip");
        }

        @Test
        void whatThisCameDaysAfterIsAnotherIncident() {
            assertThat(claims("وجاءت المجزرة بعد يومين من قصف مدرسة في المخيم نفسه، استشهد فيه 40 شخصا على الأقل."))
                    .extracting(Claim::scope).containsExactly(Scope.EARLIER);
            assertThat(claims("وتأتي هذه التفجيرات غداة انفجار آلاف أجهزة البيجر، والتي أسفرت عن مقتل 12 شخصاً."))
                    .extracting(Claim::scope).containsExactly(Scope.EARLIER);
            assertThat(claims("وجاء الهجوم الذي أسفر عن مقتل 20 جندياً بعد أيام من تحذيرات أممية."))
                    .extracting(Claim::scope).containsExactly(Scope.INCIDENT);
        }

        @Test
        void speakersPastARelativeClauseAndOfficialsByTheirTitles() {
            assertThat(claims("A security source who asked not to be named said around 150 inmates escaped."))
                    .extracting(c -> c.source().text()).containsExactly("A security source");
            assertThat(claims("وقال السكرتير الدائم لوزارة الداخلية، شعيب بلغوري، في مؤتمر صحفي إن قوات الأمن أعادت "
                    + "القبض على 443 سجيناً.")).extracting(c -> c.source().text())
                    .containsExactly("السكرتير الدائم لوزارة الداخلية");
            // a nurse is a source of her own, not the centre pointing back to whoever spoke before
            assertThat(claims("وقال مسؤول إن 50 شخصاً قتلوا. وذكرت ممرضة في المركز الطبي، طلبت عدم الكشف عن اسمها، أن "
                    + "أكثر من ثلاثين جريحاً نقلوا إلى المستشفى.")).extracting(c -> c.source().text())
                    .containsExactly("مسؤول", "ممرضة في المركز الطبي");
        }

        @Test
        void whereTheSpeakerSitsIsTheFiguresPlaceOnlyWhereNoOtherIsNamed() {
            assertThat(claims("وقالت وزارة الصحة في صنعاء إن 98 شخصاً أصيبوا في الغارات على صعدة."))
                    .extracting(Claim::place).containsExactly("loc:saada");
            assertThat(claims("قال مسؤول في مقديشو إن 20 شخصاً قتلوا.")).extracting(Claim::place)
                    .containsExactly("loc:mogadishu");
        }

        @Test
        void aSingularAfterAnAccusativeCountedNounIsOneMore() {
            assertThat(claims("وأسفرت عن مقتل 12 فلسطينياً وجندي إسرائيلي."))
                    .extracting(Claim::group, c -> c.value().low())
                    .containsExactly(tuple(Group.ALL, 12L), tuple(Group.SECURITY_FORCES, 1L));
            // an accusative after it is the same kind of them
            assertThat(claims("استشهد أكثر من 220 عاملاً صحياً ومسعفاً في لبنان.")).hasSize(1);
        }

        @Test
        void housingUnitsAndWorkshopsAreNoPeopleAndWhoAreStillHeldAreHeld() {
            assertThat(claims("وأفاد المكتب بأن 4 آلاف شخص نزحوا من المخيم، وأن أضراراً لحقت بنحو 460 وحدة سكنية."))
                    .extracting(c -> c.value().low()).containsExactly(4000L);
            assertThat(claims("وقال الجيش إنه ضبط 6 مختبرات لتصنيع المتفجرات خلال العملية.")).isEmpty();
            assertThat(claims("واعتقل 66 صحافياً، لا يزال 43 منهم رهن الاعتقال.")).extracting(Claim::kind)
                    .containsExactly(Kind.RECAPTURED, Kind.DETAINED);
        }

        @Test
        void aTimeInTheRelativeClauseOfARisenTollRecallsNoOtherIncident() {
            assertThat(claims("ارتفعت حصيلة ضحايا الهجمات التي شنها مسلحون على قرى في ولاية زامفارا الأسبوع الماضي إلى "
                    + "154 قتيلاً على الأقل.")).extracting(Claim::scope).containsExactly(Scope.INCIDENT);
            assertThat(claims("وكان هجوم مماثل الأسبوع الماضي قد أودى بحياة 40 شخصاً.")).extracting(Claim::scope)
                    .containsExactly(Scope.EARLIER);
        }

        @Test
        void whoOverranAttackedAndACommissionerSpeaks() {
            assertThat(claims("وقال إن السكان دفنوا 143 جثة في قريته، مضيفاً أن نحو 300 مسلح اجتاحوا عشر قرى."))
                    .extracting(Claim::kind, c -> c.value().low())
                    .containsExactly(tuple(Kind.KILLED, 143L), tuple(Kind.ATTACKERS, 300L));
            assertThat(claims("وقال مفوض الإعلام في الولاية إبراهيم داوران، في بيان، إن 37 شخصاً أصيبوا."))
                    .extracting(c -> c.source().text()).containsExactly("مفوض الإعلام في الولاية إبراهيم داوران");
        }

        @Test
        void aMinistryOfDefencesOwnAreForcesAndThePerpetratorIsOne() {
            assertThat(claims("وأعلنت وزارة الدفاع السورية مقتل 18 من عناصرها.")).extracting(Claim::group)
                    .containsExactly(Group.SECURITY_FORCES);
            assertThat(claims("غير أن وزارة الداخلية تتحدث عن منفذ واحد.")).extracting(Claim::kind, Claim::group,
                    c -> c.value().low()).containsExactly(tuple(Kind.ATTACKERS, Group.MILITANTS, 1L));
            assertThat(claims("وكان التلفزيون الرسمي قد أعلن وفاة منفذ الهجوم في المستشفى.")).extracting(Claim::kind,
                    Claim::group).containsExactly(tuple(Kind.KILLED, Group.MILITANTS));
        }

        @Test
        void theVerbOfRefugeFirstAndAVolunteerWhoSpeaks() {
            assertThat(claims("وعلى وقع المجازر، لجأ نحو 9 آلاف شخص، معظمهم من النساء والأطفال، إلى قاعدة حميميم."))
                    .extracting(Claim::kind).containsExactly(Kind.DISPLACED);
            assertThat(claims("وقصفت الطائرات مخيماً لجأ إليه آلاف النازحين.")).isEmpty();
            assertThat(claims("Two people were injured, a volunteer said.")).extracting(c -> c.source().text())
                    .containsExactly("a volunteer");
        }

        @Test
        void whoDetonatedBeltsAttackedAndACrowdThatGatheredIsNoToll() {
            assertThat(claims("وأشار إلى أن اثنين من عناصره فجّرا حزامين ناسفين وسط الجموع.")).extracting(Claim::kind)
                    .containsExactly(Kind.ATTACKERS);
            assertThat(claims("The group said two of its members had detonated explosive belts."))
                    .extracting(Claim::kind).containsExactly(Kind.ATTACKERS);
            assertThat(claims("قتل 5 أشخاص فجراً في غارة.")).extracting(Claim::kind).containsExactly(Kind.KILLED);
            assertThat(claims("Tens of thousands of people had gathered in the area, and many of the victims were "
                    + "women.")).isEmpty();
            assertThat(claims("وقالت الشرطة إنها ضبطت ٤ عجلات مفخخة.")).isEmpty();
            assertThat(claims("وفتح مسلح النار على المصلين وقت صلاة المغرب، ما أدى إلى مقتل 13 شخصاً."))
                    .extracting(Claim::place).containsExactly((String) null);
        }

        @Test
        void stateMediaSpeakAndWhoSetATollStatesIt() {
            assertThat(claims("Nineteen people were killed in clashes in the city on Friday, state media reported on "
                    + "Saturday.")).extracting(c -> c.source().text()).containsExactly("state media");
            assertThat(claims("State television said 20 others were wounded.")).extracting(c -> c.source().text())
                    .containsExactly("State television");
            assertThat(claims("وكانت وزارة الصحة قد حددت في بيانها الأخير الحصيلة الرسمية بـ32 قتيلاً."))
                    .extracting(c -> c.source().text()).containsExactly("وزارة الصحة");
        }

        @Test
        void aSitesFullStopEndsNoSentence() {
            assertThat(claims("وقال مصدر طبي لـ\"العربية.نت\" إن 59 قتيلا سقطوا في الغارة."))
                    .extracting(c -> c.source().text()).containsExactly("مصدر طبي");
            // a space left out after a full stop still ends one
            assertThat(claims("قتل 5 جنود في الهجوم.وأصيب 3 آخرون.")).extracting(c -> c.evidence().quote())
                    .containsExactly("قتل 5 جنود في الهجوم.", "وأصيب 3 آخرون.");
        }

        @Test
        void aNumberOrTheNextIsOneFigure() {
            assertThat(claims("قتل خمسة أو ستة أشخاص.")).extracting(c -> c.value().low(), c -> c.value().high())
                    .containsExactly(tuple(5L, 6L));
            assertThat(claims("Two or three people were killed.")).extracting(c -> c.value().low(),
                    c -> c.value().high()).containsExactly(tuple(2L, 3L));
            // not numbers further apart
            assertThat(claims("قتل 5 أو 10 أشخاص.")).hasSize(2);
        }

        @Test
        void woundedMenWhoDiedAreDead() {
            assertThat(claims("The death toll rose to 13 on Wednesday after two wounded men died in hospital."))
                    .extracting(Claim::kind, c -> c.value().low())
                    .containsExactly(tuple(Kind.KILLED, 13L), tuple(Kind.KILLED, 2L));
        }
    }

    @Nested
    class TwentySeventhReader {

        @Test
        void wireCopyKillsWithOtherVerbsThanKill() {
            assertThat(claims("Gunmen executed 12 villagers on Sunday. At least 30 people were massacred in the town. "
                    + "Assailants gunned down 11 farmers. Twenty soldiers were slain in the ambush. "
                    + "The attack claimed the lives of 19 policemen."))
                    .extracting(Claim::kind, Claim::group, c -> c.value().low())
                    .containsExactly(tuple(Kind.KILLED, Group.CIVILIANS, 12L), tuple(Kind.KILLED, Group.ALL, 30L),
                            tuple(Kind.KILLED, Group.CIVILIANS, 11L), tuple(Kind.KILLED, Group.SECURITY_FORCES, 20L),
                            tuple(Kind.KILLED, Group.SECURITY_FORCES, 19L));
            assertThat(claims("The United Nations on Saturday put the toll at more than 100.")).extracting(Claim::kind)
                    .containsExactly(Kind.KILLED);
            assertThat(claims("The fighting has uprooted more than 50,000 people.")).extracting(Claim::kind)
                    .containsExactly(Kind.DISPLACED);
            assertThat(claims("The executive committee met 3 times.")).isEmpty();
        }

        @Test
        void aSingularOpensAListItsVerbCloses() {
            assertThat(claims("A policeman and two civilians were killed."))
                    .extracting(Claim::group, c -> c.value().low())
                    .containsExactly(tuple(Group.SECURITY_FORCES, 1L), tuple(Group.CIVILIANS, 2L));
        }

        @Test
        void halfADozenAndANegatedBound() {
            assertThat(claims("Half a dozen gunmen were killed.")).extracting(c -> c.value().low()).containsExactly(6L);
            assertThat(claims("No fewer than 70 people were killed.")).extracting(c -> c.value().qualifier())
                    .containsExactly(Qualifier.AT_LEAST);
            assertThat(claims("No more than 10 people were injured.")).extracting(c -> c.value().qualifier())
                    .containsExactly(Qualifier.AT_MOST);
        }

        @Test
        void aDayInTheRelativeClauseOfARisenTollIsTheIncidents() {
            // reported on Sunday: the toll was brought up to 37 that day, the attack was on Friday
            assertThat(claims("ارتفعت حصيلة ضحايا الهجوم الذي استهدف شاطئ ليدو في مقديشو، مساء الجمعة، إلى 37 قتيلا، "
                    + "وفق ما أعلنه وزير الإعلام.", "2024-08-04"))
                    .extracting(Claim::asOf).containsExactly("2024-08-04");
            assertThat(claims("ارتفعت الجمعة حصيلة ضحايا الهجوم إلى 37 قتيلا.", "2024-08-04"))
                    .extracting(Claim::asOf).containsExactly("2024-08-02");
            // the clause before the word of the rise, of the ambush
            assertThat(claims("وقال إن عدد قتلى الكمين الذي تعرضت له مفرزة للجيش، الثلاثاء، ارتفع إلى 20 جنديا.",
                    "2023-08-17")).extracting(Claim::asOf).containsExactly("2023-08-17");
            // a clause of the toll itself dates the toll
            assertThat(claims("وكانت الحصيلة الأولية التي أعلنها الرئيس، الأربعاء، قد بلغت 14 قتيلاً.", "2019-01-18"))
                    .extracting(Claim::asOf).containsExactly("2019-01-16");
        }

        @Test
        void anAnniversaryRecallsAndAWarInItsThirdYearIsWider() {
            assertThat(claims("The attack came three years to the day after al Shabaab fighters overran a base, "
                    + "killing scores of soldiers.")).extracting(Claim::scope).containsExactly(Scope.EARLIER);
            assertThat(claims("The war, now entering its third year, has killed tens of thousands of people."))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
            assertThat(claims("Nearly 3 million people have also been displaced by conflict and a historic drought."))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
        }

        @Test
        void aSeparateOperationIsAnotherIncident() {
            assertThat(claims("In a separate operation in North Waziristan on Tuesday, security forces killed seven "
                    + "militants, ISPR said.")).extracting(Claim::scope).containsExactly(Scope.EARLIER);
        }

        @Test
        void aSingularThenWhomHeIsOneOfThenItsVerbCountsOne() {
            assertThat(claims("وقال إن جندياً من قوات الأمن قُتل أيضاً خلال الاشتباكات."))
                    .extracting(Claim::kind, Claim::group, c -> c.value().low())
                    .containsExactly(tuple(Kind.KILLED, Group.SECURITY_FORCES, 1L));
        }

        @Test
        void aMinisterWhoIsAlsoTheSpokesmanIsNamedWhole() {
            assertThat(claims("من جهته، قال وزير الثقافة والإعلام الناطق الرسمي باسم الحكومة جراهام عبد القادر إن "
                    + "الهجوم أسفر عن مقتل نحو 150 من المدنيين.")).extracting(c -> c.source().text())
                    .containsExactly("وزير الثقافة والإعلام الناطق الرسمي باسم الحكومة جراهام عبد القادر");
            // the outlet told by its short name is the hearer
            assertThat(claims("وقال مدير عام وزارة الصحة بولاية شمال دارفور إبراهيم خاطر للجزيرة إن الحصيلة بلغت "
                    + "67 قتيلا."))
                    .extracting(c -> c.source().text())
                    .containsExactly("مدير عام وزارة الصحة بولاية شمال دارفور إبراهيم خاطر");
        }

        @Test
        void whoEstimatesATollStatesIt() {
            assertThat(claims("وكانت اللجنة قد أعلنت أن عدد القتلى بلغ 104 أشخاص، بينما قدرت الحكومة السودانية الحصيلة "
                    + "بنحو 150 قتيلا.")).extracting(c -> c.source().text(), c -> c.value().low())
                    .containsExactly(tuple("اللجنة", 104L), tuple("الحكومة السودانية", 150L));
        }

        @Test
        void theirNumberCountsWhomItRefersTo() {
            assertThat(claims("وأن المسلحين الذين نفذوا الهجوم، وعددهم ستة، قُتلوا جميعا."))
                    .extracting(Claim::kind, Claim::group).containsExactly(tuple(Kind.KILLED, Group.MILITANTS));
            assertThat(claims("وأشار إلى أن منفذي الهجوم كانوا خمسة، قُتل أربعة منهم."))
                    .extracting(Claim::kind, c -> c.value().low())
                    .containsExactly(tuple(Kind.ATTACKERS, 5L), tuple(Kind.KILLED, 4L));
            assertThat(claims("A police source said the attackers numbered five.")).extracting(Claim::kind)
                    .containsExactly(Kind.ATTACKERS);
        }
    }

    @Nested
    class TwentySixthReader {

        @Test
        void aTollNamesTheKindOfTheNumbersAfterItOnly() {
            // "according to a UN tally" after the number: the staff held, not a toll of the dead
            assertThat(claims("وبذلك يرتفع إجمالي موظفي الأمم المتحدة المحتجزين لدى الحوثيين إلى 42 موظفاً، وفق حصيلة "
                    + "للأمم المتحدة، إلى جانب عشرات من موظفي المنظمات غير الحكومية."))
                    .extracting(Claim::kind).containsExactly(Kind.DETAINED);
            assertThat(claims("ارتفعت حصيلة الهجوم على البلدة إلى 16 جندياً.")).extracting(Claim::kind)
                    .containsExactly(Kind.KILLED);
            assertThat(claims("قتل 20 شخصاً وأصيب 30 آخرون، بحسب حصيلة لوزارة الصحة.")).extracting(Claim::kind)
                    .containsExactly(Kind.KILLED, Kind.INJURED);
        }

        @Test
        void whomARelativeClauseDetainedAreArrested() {
            assertThat(claims("ارتفع عدد موظفي الأمم المتحدة الذين احتجزتهم جماعة الحوثي في حملة المداهمات "
                    + "إلى تسعة عشر موظفاً.")).extracting(Claim::kind, c -> c.value().low())
                    .containsExactly(tuple(Kind.RECAPTURED, 19L));
            assertThat(claims("The M23 said it had rearrested about 200 of the escapees.")).extracting(Claim::kind)
                    .containsExactly(Kind.RECAPTURED);
        }

        @Test
        void aShelterHoldsItsPopulationButItsDisplacedStayDisplaced() {
            // the victims named far before are not who the facility sheltered
            assertThat(claims("وأعربت المنظمة عن قلقها إزاء سقوط ضحايا بين المهاجرين، مؤكدة أن المنشأة كانت "
                    + "تؤوي نحو 115 شخصاً.")).extracting(Claim::kind).containsExactly(Kind.DETAINED);
            assertThat(claims("كانت المدرسة تؤوي قرابة 1500 نازح، معظمهم من النساء والأطفال."))
                    .extracting(Claim::kind).containsExactly(Kind.DISPLACED);
            assertThat(claims("ويؤوي المعسكر نحو 7 آلاف نازح فرّوا من المعارك.")).extracting(Claim::kind)
                    .containsExactly(Kind.DISPLACED);
        }

        @Test
        void aWordOfThePresentAfterAnOldDateCountsWhatIsSoNow() {
            String text = "ويعاني سجن ماكالا، الذي شُيّد عام 1957 بطاقة استيعابية لا تتجاوز 1500 نزيل، "
                    + "من اكتظاظ شديد، إذ يضم حاليا أكثر من 12 ألف سجين.";
            assertThat(claims(text, "2024-09-03")).extracting(Claim::kind, Claim::scope)
                    .containsExactly(tuple(Kind.DETAINED, Scope.INCIDENT));
            assertThat(claims("وفي عام 2019، قتل مسلحون 12 شخصاً في هجوم على السجن.", "2024-09-03"))
                    .extracting(Claim::scope).containsExactly(Scope.EARLIER);
        }

        @Test
        void whatASpeakerDeniesIsNotTheDeniersFigure() {
            // the ministry denies the adviser's figure: not the ministry's
            assertThat(claims("وقالت الوزارة إن جميع الضحايا من المدنيين، نافية ما أعلنه مستشار الأمن القومي من أن "
                    + "الضربات قتلت 12 من قادة الحوثيين."))
                    .extracting(c -> c.source() == null ? null : c.source().text()).doesNotContain("الوزارة");
            // a claim of responsibility is no denial: who spoke before it still states what follows
            assertThat(claims("وقال مسؤول إن الحركة التي تبنت الهجوم قتلت 5 جنود."))
                    .extracting(c -> c.source() == null ? null : c.source().text()).containsExactly("مسؤول");
            assertThat(claims("وأضافت المصادر أن الحوثيين خسروا نحو 30 من عناصرهم، نافية ما زعمه المتحدث العسكري باسم "
                    + "الجماعة يحيى سريع عن سقوط أكثر من 40 جندياً بين قتيل وجريح وأسر 12."))
                    .extracting(c -> c.value().low(), c -> c.source() == null ? null : c.source().text())
                    .containsExactly(tuple(30L, "المصادر"), tuple(12L, null));
        }

        @Test
        void placesSitesAndPostsAreNoPeople() {
            assertThat(claims("ARSA said it had taken defensive actions in more than 25 places.")).isEmpty();
            assertThat(claims("HRW said the militants executed prisoners at several sites near the city.")).isEmpty();
            assertThat(claims("The insurgents had attacked 30 police posts, and about 150 fighters had been involved."))
                    .extracting(c -> c.value().low()).containsExactly(150L);
        }

        @Test
        void refugeesWhoFledARegionAreDisplacedAndTheirDeadSinceACoupWider() {
            assertThat(claims("ارتفع عدد اللاجئين الروهينغا الذين فروا من إقليم أراكان إلى بنغلاديش "
                    + "إلى نحو 164 ألفاً."))
                    .extracting(Claim::kind).containsExactly(Kind.DISPLACED);
            assertThat(claims("عُثر على جثتي رجلين من اللاجئين العراقيين في المخيم، قُتلا بطلقات نارية."))
                    .extracting(Claim::kind).containsExactly(Kind.KILLED);
            assertThat(claims("وفر 200 سجين من السجن.")).extracting(Claim::kind).containsExactly(Kind.ESCAPED);
            assertThat(claims("Security forces have killed more than 3,200 civilians since the takeover."))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
            assertThat(claims("والمخيم يؤوي نحو 150 عائلة.")).extracting(Claim::kind).containsExactly(Kind.DISPLACED);
            assertThat(claims("وقالت الشرطة إن القتلى هم ٣ من موظفي السجن و٥ من الزوار.")).extracting(Claim::group)
                    .containsExactly(Group.PRISON_STAFF, Group.CIVILIANS);
        }

        @Test
        void whoStormAPrisonFreeItsInmatesButTheAuthoritiesReleaseTheirs() {
            assertThat(claims("اقتحم محتجون سجنا في المنطقة أمس الجمعة، وأطلقوا سراح أكثر من 800 سجين.", "2024-07-20"))
                    .extracting(Claim::kind).containsExactly(Kind.ESCAPED);
            assertThat(claims("أطلقت السلطات سراح 50 معتقلا.")).isEmpty();
            assertThat(claims("وأطلق المسلحون سراح 5 رهائن.")).isEmpty();
            // a time counted back from the one told recalls another incident
            assertThat(claims("وقبل ذلك بعامين، في يوليو (تموز) 2022، اقتحم مسلحون سجن كوجي، وأطلقوا سراح 879 نزيلاً.",
                    "2024-09-20")).extracting(Claim::scope).containsExactly(Scope.EARLIER);
            assertThat(claims("وقال التنظيم في بيان إن مقاتليه \"صفّوا\" 1700 من منتسبي الجيش."))
                    .extracting(Claim::kind).containsExactly(Kind.KILLED);
        }

        @Test
        void figuresThatAddUpToTheTotalTheyRaiseAreAllItsParts() {
            List<Claim> found = claims("وقالت المسؤولة إن فرق الإغاثة دفنت ٢٠٠٠ جثة انتشلت من شوارع المدينة، "
                    + "فيما لا تزال ٩٠٠ جثة أخرى في المشارح، ما يرفع الحصيلة إلى ٢٩٠٠ قتيل على الأقل.");
            String total = found.stream().filter(c -> c.value().low() == 2900).findFirst().orElseThrow().id();
            assertThat(found).filteredOn(c -> c.value().low() < 2900).extracting(Claim::partOf)
                    .containsExactly(total, total);
            // an increment alone: the count it raised is no part
            assertThat(claims("قتل 5 جنود في الهجوم، وتوفي اثنان من المصابين، ما يرفع عدد القتلى إلى 14."))
                    .filteredOn(c -> c.value().low() == 5).extracting(Claim::partOf).containsOnlyNulls();
        }

        @Test
        void aCapacityIsNoPopulationAndWomenInmatesArePrisoners() {
            assertThat(claims("Makala, built in the 1950s to hold 1,500 inmates, held more than 15,000 people.",
                    "2024-09-03")).extracting(c -> c.value().low()).containsExactly(15000L);
            assertThat(claims("At least 150 women inmates were killed when fire tore through the women's wing of the "
                    + "prison.")).extracting(Claim::group).containsExactly(Group.DETAINEES);
        }
    }

    @Nested
    class TwentyFifthReader {

        @Test
        void aPlaceThatAVerbOfSayingHasForItsSubjectSpeaks() {
            // Dr al-Khalil, not Hebron; Damascus for its government
            assertThat(claims("وأضاف الخليل أن 32 مصاباً نقلوا إلى مستشفيات في تركيا.")).extracting(Claim::place)
                    .containsOnlyNulls();
            assertThat(claims("وقالت دمشق إن 12 جندياً قتلوا في الهجوم.")).extracting(Claim::place)
                    .containsOnlyNulls();
            assertThat(claims("قتل 5 أشخاص في الخليل أمس.")).extracting(Claim::place).containsExactly("loc:hebron");
            // the capital first, a headline's present tense; a place a preposition governs still places
            assertThat(claims("أنقرة تعلن «تحييد» 32 مسلحاً كردياً شمالي سوريا")).extracting(Claim::place)
                    .containsExactly("loc:syria");
            assertThat(claims("في حلب قال مسؤول إن 5 أشخاص قتلوا.")).extracting(Claim::place)
                    .containsExactly("loc:aleppo");
        }

        @Test
        void whoGatheredAreNoTollButGunmenWhoGatheredAndAttackedAre() {
            assertThat(claims("وتجمّع المئات في ساحة المدينة لإحياء ذكرى الضحايا الذين قتلوا في الهجوم.")).isEmpty();
            assertThat(claims("واحتشد الآلاف أمام المستشفى بعد مقتل الطبيب.")).extracting(c -> c.value().low())
                    .containsExactly(1L); // the doctor only
            assertThat(claims("وأكد أن مئات المسلحين تجمعوا في البلدة وهاجموا نقاط الشرطة."))
                    .extracting(Claim::kind).containsExactly(Kind.ATTACKERS);
        }

        @Test
        void aBylinesDeskCityHeadsNoSection() {
            String page = "«مجزرة الطحين» في غزة: 112 قتيلاً وإسرائيل تتحدث عن تدافع\n\nرام الله: كفاح زبون\n\n"
                    + "ارتفعت حصيلة المجزرة التي وقعت فجر الخميس قرب دوار النابلسي في مدينة غزة إلى 112 قتيلاً.";
            Document d = new Document("d-test", "t.txt", null, "0", "text/plain", "ar", null, "2024-03-01", null, null,
                    DocumentStatus.PROCESSED, null, page);
            var extraction = extractor.extract(d);
            assertThat(extraction.mentions()).extracting(Mention::role).doesNotContain(Mention.Role.SECTION);
            assertThat(extraction.claims()).extracting(Claim::place).doesNotContain("loc:ramallah");
        }

        @Test
        void aCountOfTheLastWeeksIsWider() {
            assertThat(claims("ضمن سلسلة غارات استهدفت مدارس خلال الأسابيع الأخيرة، كان آخرها قصف مدرستين في 4 آب/أغسطس، "
                    + "الذي أسفر عن 17 شهيداً.", "2024-08-10")).extracting(Claim::scope).containsExactly(Scope.WIDER);
        }

        @Test
        void theDisplacedShelteringWhereAStrikeFellAreNoneItDisplaced() {
            assertThat(claims("استهدف القصف ساحة المستشفى حيث كان يحتمي آلاف النازحين.")).isEmpty();
            assertThat(claims("استهدفت الغارة مخيماً لجأ إليه آلاف النازحين.")).isEmpty();
            assertThat(claims("وقتل 20 نازحاً كانوا يحتمون في مدرسة.")).extracting(Claim::kind)
                    .containsExactly(Kind.KILLED);
        }

        @Test
        void theDisplacedToldWithAWiderTollShareItsPeriodUnlessDatedThemselves() {
            assertThat(claims("وقتل أكثر من 6500 شخص منذ عام 2016، فيما نزح مئات الآلاف.", "2023-04-08"))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER, Scope.WIDER);
            assertThat(claims("وتشهد الولاية منذ 2017 تمرداً أودى بحياة أكثر من 2600 شخص، وتسبب في نزوح نحو 670 ألفاً.",
                    "2021-03-29")).extracting(Claim::scope).containsExactly(Scope.WIDER, Scope.WIDER);
            assertThat(claims("وقتل أكثر من 6500 شخص منذ عام 2016، بينما قتل 12 شخصاً أمس في هجوم على بلدة.",
                    "2023-04-08")).extracting(Claim::scope).containsExactly(Scope.WIDER, Scope.INCIDENT);
        }

        @Test
        void aCampaignOfStrikesAndACountOverProvincesOrCitiesAreWider() {
            assertThat(claims("وبذلك يرتفع إلى 13 عدد القتلى في إسرائيل منذ بدء الضربات.", "2025-06-16"))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
            assertThat(claims("أعلنت الوزارة أن 224 شخصاً استشهدوا منذ فجر الجمعة في مختلف المحافظات.", "2025-06-16"))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
            assertThat(claims("At least 24 people have been killed in Israel since the strikes began.", "2025-06-16"))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
            // the start of one attack is the incident's own
            assertThat(claims("وقتل 20 شخصاً منذ بدء الهجوم على السجن.", "2025-06-16")).extracting(Claim::scope)
                    .containsExactly(Scope.INCIDENT);
        }

        @Test
        void aHyphenInsideTheNameOfAThingCountedIsNoWordOfItsOwn() {
            assertThat(claims("Russia's defence ministry said it struck a meeting of commanders in Sumy with two "
                    + "Iskander-M missiles, killing more than 60 servicemen.", "2025-04-14"))
                    .extracting(c -> c.value().low()).containsExactly(60L);
        }

        @Test
        void aChannelsOrAWavesNumberCountsNoOne() {
            assertThat(claims("حرس الثورة: الموجة الـ14 من \"الوعد الصادق 3\" أصابت مقر الاستخبارات قرب \"سوروكا\"",
                    "2025-06-19")).isEmpty();
            assertThat(claims("في المقابل، اعترف الإعلام بإصابة مباشرة لمبنى الجراحة في مستشفى \"سوروكا\"، ونقلت القناة 12 "
                    + "الإسرائيلية أنّ 25 شخصاً أصيبوا داخل المستشفى.", "2025-06-19"))
                    .extracting(c -> c.value().low()).containsExactly(25L);
        }

        @Test
        void anArmedGroupsCountOfThePeopleItsFightersKilledIsPartisan() {
            assertThat(claims("وعثرت الشرطة على 12 جثة، بينما زعم التنظيم أن مقاتليه قتلوا 55 شخصا بينهم جنود."))
                    .extracting(c -> c.value().low(), Claim::partisan).containsExactly(tuple(12L, false), tuple(55L, true));
            assertThat(claims("وقالت الشرطة إن المسلحين قتلوا 30 شخصاً في الهجوم.")).extracting(Claim::partisan)
                    .containsExactly(false);
        }

        @Test
        void theStaffOfACorrectionalInstitutionArePrisonStaff() {
            assertThat(claims("وأضاف أن 8 من موظفي المؤسسة الإصلاحية أصيبوا أيضا.")).extracting(Claim::group)
                    .containsExactly(Group.PRISON_STAFF);
            // and the men of the two ministries of force are security forces
            assertThat(claims("وأحصى المرصد مقتل 940 شخصاً، بينهم 326 من المقاتلين الدروز و312 من عناصر وزارتي الدفاع "
                    + "والداخلية.")).extracting(c -> c.value().low(), Claim::group)
                    .contains(tuple(312L, Group.SECURITY_FORCES));
        }

        @Test
        void whoRaisedATollStatesItAndItsNameEndsBeforeTheToll() {
            assertThat(claims("في غضون ذلك، رفع المرصد السوري لحقوق الإنسان حصيلة القتلى إلى 322 قتيلاً."))
                    .extracting(c -> c.source().entity()).containsExactly("org:sohr");
            assertThat(claims("ورفعت المفوضية حصيلة ضحايا الاحتجاجات إلى 269 قتيلاً."))
                    .extracting(c -> c.source().text()).containsExactly("المفوضية");
            assertThat(claims("وخفضت وزارة الصحة حصيلة القتلى إلى 13 شخصاً."))
                    .extracting(c -> c.source().text()).containsExactly("وزارة الصحة");
            // the lifting of rubble states nothing
            assertThat(claims("لجنة التحقيق الروسية: ارتفاع حصيلة القتلى إلى 93 قتيلا، ومن المتوقع أن يرتفع العدد مع "
                    + "استمرار رفع الأنقاض.")).extracting(c -> c.source().text()).containsExactly("لجنة التحقيق الروسية");
            assertThat(claims("The health ministry raised the death toll to 50 on Sunday."))
                    .extracting(c -> c.source().text()).containsExactly("The health ministry");
        }
    }

    @Nested
    class Kinds {

        @Test
        void aKillingVerbBeforeTheNumberMakesItKilled() {
            assertThat(claims("قتل 12 شخصاً في قصف استهدف سوقاً شعبية في المدينة."))
                    .extracting(Claim::kind, c -> c.value().low()).containsExactly(tuple(Kind.KILLED, 12L));
        }

        @Test
        void verbsSplitByTheNumberStillCueTheKind() {
            assertThat(claims("لقي 6 جنود حتفهم في الكمين.")).extracting(Claim::kind).containsExactly(Kind.KILLED);
            assertThat(claims("سلّم 14 مقاتلاً أنفسهم للقوات الحكومية.")).extracting(Claim::kind)
                    .containsExactly(Kind.SURRENDERED);
            assertThat(claims("شارك قرابة 90 مسلحاً في الهجوم على البلدة.")).extracting(Claim::kind)
                    .containsExactly(Kind.ATTACKERS);
        }

        @Test
        void theCountedNounAloneCuesTheKind() {
            assertThat(claims("خلّف القصف 9 جرحى في صفوف المدنيين."))
                    .extracting(Claim::kind).containsExactly(Kind.INJURED);
        }

        @Test
        void theNearestCueWinsBetweenTwoKinds() {
            assertThat(claims("قُتل 4 عناصر من الشرطة وأصيب 11 آخرون في الهجوم."))
                    .extracting(Claim::kind, c -> c.value().low())
                    .containsExactly(tuple(Kind.KILLED, 4L), tuple(Kind.INJURED, 11L));
        }

        @Test
        void aPrisonHoldingPeopleIsDetained() {
            assertThat(claims("يضم المعتقل المركزي نحو 800 سجين من جنسيات مختلفة."))
                    .extracting(Claim::kind, Claim::group).containsExactly(tuple(Kind.DETAINED, Group.DETAINEES));
        }

        @Test
        void arrestsAreRecapturedAndRunawaysEscaped() {
            assertThat(claims("أعلنت الشرطة اعتقال 15 من الفارين، بينما لا يزال 6 سجناء هاربين."))
                    .extracting(Claim::kind, c -> c.value().low())
                    .containsExactly(tuple(Kind.RECAPTURED, 15L), tuple(Kind.ESCAPED, 6L));
        }

        @Test
        void peopleLeavingTheirHomesAreDisplaced() {
            assertThat(claims("أدت المعارك إلى نزوح 300 عائلة من القرى المجاورة."))
                    .extracting(Claim::kind).containsExactly(Kind.DISPLACED);
        }

        @Test
        void aPrisonerNounWithoutCustodyOrCueIsNoClaim() {
            assertThat(claims("تظاهر 40 معتقلاً سابقاً أمام مبنى المحافظة.")).isEmpty();
        }
    }

    @Nested
    class Groups {

        @Test
        void theNounAfterMinNamesTheGroup() {
            assertThat(claims("قتل الجيش 23 عنصراً من التنظيم خلال عملية أمنية."))
                    .extracting(Claim::group).containsExactly(Group.MILITANTS);
        }

        @Test
        void aCasualtyNounWithNoGroupIsATotal() {
            assertThat(claims("ارتفعت حصيلة الانفجار إلى 45 قتيلاً."))
                    .extracting(Claim::group).containsExactly(Group.ALL);
        }

        @Test
        void civiliansAndSecurityForcesAreToldApart() {
            assertThat(claims("قتل 3 مدنيين و5 من عناصر الشرطة في الاشتباكات."))
                    .extracting(Claim::group).containsExactly(Group.CIVILIANS, Group.SECURITY_FORCES);
        }

        @Test
        void othersCountTheSamePeopleAsTheFigureBefore() {
            assertThat(claims("قتل 9 مدنيين وأصيب 17 آخرون في قصف مدفعي."))
                    .extracting(Claim::group).containsExactly(Group.CIVILIANS, Group.CIVILIANS);
        }

        @Test
        void aForceNamedAfterTheNounPhraseIsNotTheGroup() {
            assertThat(claims("وأصيب نحو 80 شخصاً منذ اندلاع المعارك بين الجيش وفصائل المعارضة."))
                    .extracting(Claim::group).containsExactly(Group.ALL);
        }

        @Test
        void aQualifierAfterTheNounDoesNotHideTheNoun() {
            assertThat(claims("قتل 11 شخصاً على الأقل في انفجار سيارة مفخخة."))
                    .extracting(Claim::group).containsExactly(Group.ALL);
        }

        @Test
        void ofThemCountsTheGroupNamedBeforeInItsClauseOrTheOneBefore() {
            assertThat(claims("اشتبكت القوات مع عناصر التنظيم وقتلت سبعة منهم."))
                    .extracting(Claim::group).containsExactly(Group.MILITANTS);
            // with none in its clause, the people the clause before names: the escapees, not their guards
            assertThat(claims("وقالت الوزارة إن الحراس لم يتمكنوا من منع الفارين، مشيرة إلى إعادة القبض على 47 منهم."))
                    .extracting(Claim::group).containsExactly(Group.DETAINEES);
            assertThat(claims("تصدى عناصر الحاجز للمهاجمين الذين تجاوز عددهم الأربعين، وتمكنوا من تحييد ثلاثة منهم."))
                    .extracting(Claim::kind, Claim::group).contains(tuple(Kind.KILLED, Group.MILITANTS));
            // not past two clauses
            assertThat(claims("فر الفارون من السجن، ثم وصلت الدوريات، وقتلت ثلاثة منهم."))
                    .extracting(Claim::group).containsExactly(Group.UNKNOWN);
        }

        @Test
        void theNounADefiniteNumberDescribesIsTheGroup() {
            assertThat(claims("وقالت الشرطة إن قوات الأمن قتلت المهاجمين الستة جميعاً."))
                    .extracting(Claim::kind, Claim::group).containsExactly(tuple(Kind.KILLED, Group.MILITANTS));
        }

        @Test
        void peopleKilledInAnAttackByGunmenArePeople() {
            assertThat(claims("قتل 37 شخصاً على الأقل في هجوم شنه مسلحون على القرية."))
                    .extracting(Claim::group).containsExactly(Group.ALL);
            assertThat(claims("سقط 20 قتيلاً في صفوف قوات النظام."))
                    .extracting(Claim::group).containsExactly(Group.SECURITY_FORCES);
        }

        @Test
        void theGroupBetweenACasualtyNounAndTheNumberCounts() {
            assertThat(claims("وبلغ عدد قتلى عناصر الميليشيا المسلحة 58 قتيلاً."))
                    .extracting(Claim::group).containsExactly(Group.MILITANTS);
        }
    }

    @Nested
    class Breakdowns {

        @Test
        void partsAfterMinhumBelongToTheTotal() {
            List<Claim> found = claims("أسفر التفجير عن 60 قتيلاً، 20 منهم من رجال الشرطة و40 من المدنيين.");
            assertThat(found).extracting(Claim::kind, Claim::group, c -> c.value().low()).containsExactly(
                    tuple(Kind.KILLED, Group.ALL, 60L),
                    tuple(Kind.KILLED, Group.SECURITY_FORCES, 20L),
                    tuple(Kind.KILLED, Group.CIVILIANS, 40L));
            assertThat(found.get(1).partOf()).isEqualTo(found.get(0).id());
            assertThat(found.get(2).partOf()).isEqualTo(found.get(0).id());
            assertThat(found.get(0).partOf()).isNull();
        }

        @Test
        void theKindIsCarriedAlongACoordinatedList() {
            assertThat(claims("أدى القصف إلى مقتل 8 جنود، و12 من المسلحين، و3 أطفال."))
                    .extracting(Claim::kind, Claim::group).containsExactly(
                            tuple(Kind.KILLED, Group.SECURITY_FORCES),
                            tuple(Kind.KILLED, Group.MILITANTS),
                            tuple(Kind.KILLED, Group.CIVILIANS));
        }

        @Test
        void aCueAfterTheListReachesItsFirstItem() {
            assertThat(claims("وقال مسؤولون إن 40 على الأقل من المسلحين و9 من الجنود قتلوا في المعركة."))
                    .extracting(Claim::kind).containsExactly(Kind.KILLED, Kind.KILLED);
        }
    }

    @Nested
    class NonPersonNumbers {

        @Test
        void durationsVehiclesAndNationalitiesAreNoClaims() {
            assertThat(claims("استمر القتال خمسة أيام، وهاجم المسلحون الموقع بأربع سيارات مفخخة، ويحتجز المخيم أشخاصاً من 40 جنسية.")).isEmpty();
        }

        @Test
        void datesAndYearsAreNoClaims() {
            assertThat(claims("في 12 آذار 2021 اعتقلت الشرطة المتهم.")).isEmpty();
        }

        @Test
        void aNumberWithoutAnyKindCueIsNoClaim() {
            assertThat(claims("وصل 300 شخص إلى الاجتماع في القاعة الكبرى.")).isEmpty();
        }
    }

    @Nested
    class Scopes {

        @Test
        void allThePrisonsOfARegionAreAWiderScope() {
            assertThat(claims("تضم السجون في المنطقة نحو 9 آلاف معتقل."))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
        }

        @Test
        void aShortClauseOfWhenFrontedBeforeTheFigureGivesItsScope() {
            assertThat(claims("ففي العام الماضي، قتل 26 شخصاً في السوق."))
                    .extracting(Claim::scope).containsExactly(Scope.EARLIER);
            assertThat(claims("In March last year, a bombing at a bank in the same city killed 21 people."))
                    .extracting(Claim::scope).containsExactly(Scope.EARLIER);
            assertThat(claims("Since January 1, more than 180 civilians have been killed in the province."))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
            assertThat(claims("ارتفع عدد الشهداء منذ 8 أكتوبر إلى 43 ألفاً."))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
            // a clause of the result is its cause's, and a month named as last is an earlier one
            assertThat(claims("وكانت قوات الدعم السريع قد هاجمت في أكتوبر الماضي قرية مجاورة، ما أسفر عن مقتل 124 مدنياً."))
                    .extracting(Claim::scope).containsExactly(Scope.EARLIER);
            assertThat(claims("استهدفت غارة منزلاً في البلدة، ما أسفر عن مقتل 5 أشخاص."))
                    .extracting(Claim::scope).containsExactly(Scope.INCIDENT);
        }

        @Test
        void aFigureDatedWellBeforeTheDocumentsDayIsAnEarlierIncidents() {
            assertThat(claims("In July 2019, at least 11 inmates escaped after attacking guards.", "2024-03-10"))
                    .extracting(Claim::scope).containsExactly(Scope.EARLIER);
            assertThat(claims("وفي عام 2021 قتل 5 سجناء في أعمال شغب.", "2024-03-10"))
                    .extracting(Claim::scope).containsExactly(Scope.EARLIER);
            assertThat(claims("قتل 5 سجناء في 8 مارس 2024 في أعمال شغب.", "2024-03-10"))
                    .extracting(Claim::scope).containsExactly(Scope.INCIDENT);
            // without a publication date, the latest day the text names is the document's
            assertThat(claims("قتل 20 شخصاً في 20 كانون الثاني 2022. وفي عام 2019 قتل 5 سجناء في هجوم."))
                    .extracting(Claim::scope).containsExactly(Scope.INCIDENT, Scope.EARLIER);
        }

        @Test
        void aFigureSinceTheStartOfTheYearIsWider() {
            assertThat(claims("قتل 340 مدنياً منذ بداية العام في المحافظة."))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
        }

        @Test
        void sinceTheClashesBrokeOutIsTheIncidentItself() {
            assertThat(claims("قتل 31 مدنياً منذ اندلاع الاشتباكات صباح الأحد."))
                    .extracting(Claim::scope).containsExactly(Scope.INCIDENT);
        }

        @Test
        void aClauseThatPointsBackTakesThePeriodNamedBeforeIt() {
            assertThat(claims("وتشهد المنطقة تصعيداً منذ مطلع الشهر، قتل خلاله أكثر من 50 مدنياً."))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
        }

        @Test
        void sinceTheWarBrokeOutIsWider() {
            assertThat(claims("قتل أكثر من 3000 مدني منذ اندلاع الحرب في البلاد."))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
        }

        @Test
        void aSimilarAttackRecalledFromLastMonthIsAnEarlierIncident() {
            List<Claim> found = claims("قتل 8 أشخاص في الانفجار. وكان هجوم مماثل الشهر الماضي قد أودى بحياة 4 جنود.");
            assertThat(found).extracting(Claim::scope).containsExactly(Scope.INCIDENT, Scope.EARLIER);
        }

        @Test
        void aCountOverAPastPeriodIsWiderNotAnEarlierIncident() {
            assertThat(claims("قالت الأمم المتحدة إن نحو 9 آلاف شخص نزحوا خلال الأسبوع الماضي."))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
        }

        @Test
        void anEarlierFigureOfTheSameIncidentIsNotAnEarlierIncident() {
            assertThat(claims("وكان المرصد قد أعلن في وقت سابق مقتل 5 مدنيين في القصف."))
                    .extracting(Claim::scope).containsExactly(Scope.INCIDENT);
        }

        @Test
        void aFigureAboutTheAttackIsTheIncident() {
            assertThat(claims("قتل 14 حارساً في الهجوم على السجن."))
                    .extracting(Claim::scope).containsExactly(Scope.INCIDENT);
        }
    }

    @Nested
    class AsOf {

        @Test
        void aDayNamedInTheSentenceIsTheDate() {
            assertThat(claims("وقالت الشرطة أمس إنها اعتقلت 30 شخصاً.", "2023-05-10"))
                    .extracting(Claim::asOf).containsExactly("2023-05-09");
        }

        @Test
        void withoutADayThePublicationDateHolds() {
            assertThat(claims("قتل 30 شخصاً في الانفجار.", "2023-05-10T08:00+03:00"))
                    .extracting(Claim::asOf).containsExactly("2023-05-10");
        }

        @Test
        void theNthDayIsCountedFromTheIncidentStart() {
            String text = "بدأ الهجوم على البلدة في 3 حزيران 2023.\nلليوم الثالث على التوالي تستمر المعارك التي أسفرت عن مقتل 25 شخصاً.";
            assertThat(claims(text)).extracting(Claim::asOf).containsExactly("2023-06-05");
        }

        @Test
        void nothingResolvedGivesNull() {
            assertThat(claims("قتل 30 شخصاً في الانفجار.")).extracting(Claim::asOf).containsExactly((String) null);
        }
    }

    @Nested
    class Places {

        @Test
        void theDatelineIsWhereTheStoryWasFiledNotWhereItHappened() {
            List<Claim> found = claims("صنعاء - قال مسؤول محلي إن 6 مدنيين قتلوا في غارة على مدينة صعدة.");
            assertThat(found).extracting(Claim::place).containsExactly("loc:saada");
        }

        @Test
        void aSentenceThatNamesNoPlaceLeavesItToTheDocument() {
            List<Claim> found = claims("وقتل 4 جنود في الهجوم.");
            assertThat(found).extracting(Claim::place).containsOnlyNulls();
        }
    }

    @Nested
    class Evidence {

        @Test
        void theQuoteIsTheTrimmedSentenceAndIdsAreStable() {
            String text = "عنوان\n\n  قتل 7 أشخاص في الغارة.  وأصيب آخرون.";
            List<Claim> found = claims(text);
            assertThat(found).hasSize(1);
            assertThat(found.get(0).evidence().quote()).isEqualTo("قتل 7 أشخاص في الغارة.");
            assertThat(text.substring(found.get(0).evidence().start(), found.get(0).evidence().end()))
                    .isEqualTo(found.get(0).evidence().quote());
            assertThat(claims(text).get(0).id()).isEqualTo(found.get(0).id()).startsWith("c-").hasSize(14);
        }
    }

    @Nested
    class ThirdReader {

        @Test
        void anEnglishNameInCapitalsBeforeItsVerbIsTheSpeaker() {
            assertThat(claims("Nineteen civilians were killed, Samangani said.")).extracting(c -> c.source().text())
                    .containsExactly("Samangani");
            assertThat(claims("NCS spokesman Umar Abubakar said three prison guards were killed."))
                    .extracting(c -> c.source().text()).containsExactly("Umar Abubakar");
            assertThat(claims("He said 14 people were killed.")).extracting(Claim::source).containsOnlyNulls();
        }

        @Test
        void aSpeakerBeforeAnAppositionSetOffByCommas() {
            assertThat(claims("لكن شبكة أطباء السودان، وهي مجموعة مستقلة تتابع الأوضاع الصحية، قالت إن أكثر من 100 شخص قتلوا."))
                    .extracting(c -> c.source().entity()).containsExactly("org:sudan-doctors-network");
            assertThat(claims("SNAI, the country's prison agency, said 31 inmates were killed."))
                    .extracting(c -> c.source().text()).containsExactly("SNAI");
        }

        @Test
        void aParticipleBeforeItsNounSaysWhoTheyAreNotWhatBefellThem() {
            assertThat(claims("He said 118 escaped inmates have been recaptured."))
                    .extracting(Claim::kind, Claim::group).containsExactly(tuple(Kind.RECAPTURED, Group.DETAINEES));
            assertThat(claims("Mr Abubakar said four of the attackers had been shot dead by soldiers."))
                    .extracting(Claim::kind, Claim::group).containsExactly(tuple(Kind.KILLED, Group.MILITANTS));
        }

        @Test
        void aYearAfterAWordOfWhenCountsNoOne() {
            assertThat(claims("A bombing in 2019 killed 21 people.")).extracting(c -> c.value().low())
                    .containsExactly(21L);
        }

        @Test
        void survivorsCountNothing() {
            // the driver counts one; the ten passengers who survived count nothing
            assertThat(claims("قتل السائق على الفور، فيما نجا نحو عشرة ركاب.")).extracting(c -> c.value().low())
                    .containsExactly(1L);
        }

        @Test
        void numbersWrittenAfterTheirNounOrAgainInDigitsKeepTheirGroup() {
            assertThat(claims("قتل ثلاثة (03) إرهابيين خطيرين.")).extracting(Claim::group)
                    .containsExactly(Group.MILITANTS);
            assertThat(claims("وأصيب عسكريين اثنين بجروح.")).extracting(Claim::group)
                    .containsExactly(Group.SECURITY_FORCES);
        }
    }

    @Nested
    class PrisonsAndCamps {

        @Test
        void escapeesAreDetaineesAndFleeingCustodyIsAnEscape() {
            assertThat(claims("القبض على سبعة عشر فاراً.")).extracting(Claim::kind, Claim::group)
                    .containsExactly(tuple(Kind.RECAPTURED, Group.DETAINEES));
            assertThat(claims("فرّ عشرات المهاجرين من مركز الاحتجاز.")).extracting(Claim::kind)
                    .containsExactly(Kind.ESCAPED);
            assertThat(claims("فر آلاف السكان من المدينة.")).extracting(Claim::kind).containsExactly(Kind.DISPLACED);
        }

        @Test
        void aCapacityADeathSentenceAndAPrisonServiceAreNotWhatTheySeem() {
            assertThat(claims("صمم السجن لاستيعاب 2500 نزيل، لكنه يضم ما يزيد على 8 آلاف محكوم."))
                    .extracting(c -> c.value().low()).containsExactly(8000L);
            assertThat(claims("حكم على 3 سجناء بالإعدام.")).isEmpty();
            assertThat(claims("قالت مصلحة السجون إن 5 نزلاء قتلوا في سجن الحوت.")).extracting(Claim::scope)
                    .containsExactly(Scope.INCIDENT);
        }

        @Test
        void englishOthersWoundedAfterTheKilledAreWounded() {
            assertThat(claims("One guard was killed and two others were wounded."))
                    .extracting(Claim::kind, Claim::group, c -> c.value().low()).containsExactly(
                            tuple(Kind.KILLED, Group.PRISON_STAFF, 1L), tuple(Kind.INJURED, Group.PRISON_STAFF, 2L));
        }
    }

    @Nested
    class FifthReader {

        @Test
        void wordsOfArmiesAndMourningCountTheDead() {
            assertThat(claims("حيّدت القوات أكثر من مئة إرهابي.")).extracting(Claim::kind, Claim::group)
                    .containsExactly(tuple(Kind.KILLED, Group.MILITANTS));
            assertThat(claims("ونعى حزب الله ثلاثة من مقاتليه.")).extracting(Claim::kind).containsExactly(Kind.KILLED);
        }

        @Test
        void stoppedIsArrestedButSuspendedFromWorkIsNot() {
            assertThat(claims("أوقفت الشرطة 19 مشتبهاً بهم.")).extracting(Claim::kind).containsExactly(Kind.RECAPTURED);
            assertThat(claims("وأوقفت الوزارة مدير السجن و5 من الحراس عن العمل.")).isEmpty();
        }

        @Test
        void peopleKilledInABombingArePeopleAndHoursCountNoOne() {
            assertThat(claims("قُتل 11 شخصاً بتفجير انتحاري في مسجد.")).extracting(Claim::group)
                    .containsExactly(Group.ALL);
            assertThat(claims("قتل 87 شخصاً خلال الساعات الـ24 الماضية.")).extracting(c -> c.value().low())
                    .containsExactly(87L);
        }

        @Test
        void aSpeakerBeforeTheOneHeToldAndBeforeIla() {
            assertThat(claims("وقال عميد بلدية الزاوية لوكالة فرانس برس إن 9 أشخاص قتلوا."))
                    .extracting(c -> c.source().text()).containsExactly("عميد بلدية الزاوية");
            assertThat(claims("وأشار الجيش إلى أن 5 جنود قتلوا.")).extracting(c -> c.source().text())
                    .containsExactly("الجيش");
        }

        @Test
        void sinceAMonthIsWider() {
            assertThat(claims("ارتفع عدد الشهداء منذ يناير إلى 1500.")).extracting(Claim::scope)
                    .containsExactly(Scope.WIDER);
        }
    }

    @Nested
    class SixthReader {

        @Test
        void aCityHoldingPeopleIsNoCustodyButAPrisonIs() {
            assertThat(claims("وتقول الأمم المتحدة إن المدينة تضم أكثر من 800 ألف مدني محاصرين.")).isEmpty();
            assertThat(claims("كانت الجماعة تضم ما بين 6 و8 عناصر.")).isEmpty();
            assertThat(claims("وأضاف أن السجن كان يضم قرابة 300 سجين.")).extracting(Claim::kind)
                    .containsExactly(Kind.DETAINED);
        }

        @Test
        void capturesBeforeTheNumberFamiliesAfterIt() {
            assertThat(claims("وأسر المقاتلون 5 جنود خلال الهجوم.")).extracting(Claim::kind)
                    .containsExactly(Kind.RECAPTURED);
            assertThat(claims("نزحت أمس مع عائلتي، ومعنا عشرات الأسر.")).extracting(Claim::kind)
                    .containsExactly(Kind.DISPLACED);
        }

        @Test
        void vehiclesAreNoAttackers() {
            assertThat(claims("صدت القوات هجوماً شنه المسلحون بأكثر من 100 عربة قتالية.")).isEmpty();
        }

        @Test
        void aBodyNamedBeforeItsVerbPastKanaAndQad() {
            assertThat(claims("وكانت لجان المقاومة قد أحصت مقتل 62 مدنياً جراء القصف."))
                    .extracting(c -> c.source().text()).containsExactly("لجان المقاومة");
            assertThat(claims("وكان الجيش قد أعلن مقتل 12 مسلحاً.")).extracting(c -> c.source().text())
                    .containsExactly("الجيش");
        }

        @Test
        void aTollThatMayReachANumberIsAtMostIt() {
            assertThat(claims("وقال مصدر طبي إن عدد القتلى قد يصل إلى 25.")).extracting(c -> c.value().qualifier())
                    .containsExactly(Qualifier.AT_MOST);
            assertThat(claims("A doctor said the death toll could rise to 40.")).extracting(c -> c.value().high())
                    .containsExactly(40L);
        }

        @Test
        void aFacilityHoldingInmatesIsCustody() {
            assertThat(claims("وتضم المنشأة حالياً نحو 1200 نزيل.")).extracting(Claim::kind)
                    .containsExactly(Kind.DETAINED);
        }

        @Test
        void familiesCountOnlyAsTheNounOfTheirNumber() {
            assertThat(claims("وأوضحت الوزارة أن الاحتلال ارتكب ثلاث مجازر بحق العائلات خلال الساعات الـ48 الماضية."))
                    .isEmpty();
            assertThat(claims("ونزحت بضع مئات من الأسر.")).extracting(Claim::kind).containsExactly(Kind.DISPLACED);
        }

        @Test
        void aDescribedBodyIsNewNotTheOnePointedBack() {
            List<Claim> found = claims("وقال المرصد إن 5 قتلوا. وبحسب المكتب الإعلامي الحكومي، فإن 17 طفلاً قتلوا.");
            assertThat(found).extracting(c -> c.source().text()).containsExactly("المرصد", "المكتب الإعلامي الحكومي");
            List<Claim> same = claims("قال مصدر أمني إن 5 قتلوا. وقال المتحدث نفسه إن 17 طفلاً أصيبوا.");
            assertThat(same).extracting(c -> c.source().text()).containsExactly("مصدر أمني", "مصدر أمني");
        }

        @Test
        void anonymityIsNoSpeakerAndADayIsNoName() {
            assertThat(claims("وقال مصدر طبي، طلب عدم ذكر اسمه، لوكالة فرانس برس إن 5 جنود قتلوا."))
                    .extracting(c -> c.source().text()).containsExactly("مصدر طبي");
            assertThat(claims("Five soldiers were killed, residents and a local resistance group said Thursday."))
                    .extracting(c -> c.source().text()).containsExactly("a local resistance group");
        }

        @Test
        void theWoundedWhoDiedAreDeadAndTheWoundedInCriticalCareNoNewToll() {
            assertThat(claims("ارتفعت الحصيلة إلى تسعة قتلى، بعد وفاة اثنين من الجرحى متأثرين بإصاباتهم."))
                    .extracting(Claim::kind, c -> c.value().low())
                    .containsExactly(tuple(Kind.KILLED, 9L), tuple(Kind.KILLED, 2L));
            assertThat(claims("وأشار إلى أن حالة خمسة من الجرحى لا تزال حرجة.")).isEmpty();
            // a definite event after a word of when is still the setting
            assertThat(claims("واعتقلت القوات خلال الاقتحام 6 شبان.")).extracting(Claim::kind)
                    .containsExactly(Kind.RECAPTURED);
        }

        @Test
        void aMonthWithItsOtherNameInBracketsDatesAnEarlierIncident() {
            assertThat(claims("وفي يوليو (تموز) 2019، قتل 11 سجيناً في هجوم على السجن.", "2024-05-10"))
                    .extracting(Claim::scope).containsExactly(Scope.EARLIER);
        }

        @Test
        void sinceTheAggressionBeganIsWider() {
            assertThat(claims("ارتفع عدد الشهداء منذ بدء العدوان إلى 44 ألفاً.")).extracting(Claim::scope)
                    .containsExactly(Scope.WIDER);
        }

        @Test
        void militiasSaboteursAndWantedMenAreMilitantsAndTheGuardIsStaff() {
            assertThat(claims("قتل 23 عنصراً من ميليشيا الحوثي.")).extracting(Claim::group)
                    .containsExactly(Group.MILITANTS);
            assertThat(claims("واعتقلت القوات 23 مطلوباً.")).extracting(Claim::group).containsExactly(Group.MILITANTS);
            assertThat(claims("وأصيب أربعة من عناصر حراسة السجن.")).extracting(Claim::group)
                    .containsExactly(Group.PRISON_STAFF);
            assertThat(claims("Gunmen attacked a bus, killing three passengers.")).extracting(Claim::group)
                    .containsExactly(Group.CIVILIANS);
        }

        @Test
        void bodiesTheGazetteerDoesNotKnowAreReadFromTheirHeadNoun() {
            assertThat(claims("ذكرت دائرة الإصلاح العراقية في بيان أن 3 سجناء قتلوا.")).extracting(c -> c.source().text())
                    .containsExactly("دائرة الإصلاح العراقية");
            assertThat(claims("أعلنت مديرية أمن الزاوية القبض على 5 مطلوبين.")).extracting(c -> c.source().text())
                    .containsExactly("مديرية أمن الزاوية");
            assertThat(claims("وكتب وزير الداخلية على منصة إكس أن 12 شرطياً قتلوا."))
                    .extracting(c -> c.source().text()).containsExactly("وزير الداخلية");
        }

        @Test
        void anAccusativeNounBetweenThatAndAVerbOfKillingIsOne() {
            assertThat(claims("وقال إن سجيناً قُتل وأصيب ستة آخرون.")).extracting(Claim::kind, c -> c.value().low())
                    .containsExactly(tuple(Kind.KILLED, 1L), tuple(Kind.INJURED, 6L));
            assertThat(claims("وأكد أن مسؤولاً قال إن خمسة قتلوا.")).extracting(c -> c.value().low())
                    .containsExactly(5L);
        }

        @Test
        void previousStrikesAndEarlierThisMonthAreEarlier() {
            assertThat(claims("وأسفرت الضربات السابقة عن مقتل 40 شخصاً.")).extracting(Claim::scope)
                    .containsExactly(Scope.EARLIER);
            assertThat(claims("وفي وقت سابق من الشهر، قتل 9 جنود في كمين.")).extracting(Claim::scope)
                    .containsExactly(Scope.EARLIER);
            assertThat(claims("وأعلنت الوزارة في وقت سابق مقتل 9 جنود.")).extracting(Claim::scope)
                    .containsExactly(Scope.INCIDENT);
        }

        @Test
        void aPartAmongTheDeadInALaterSentenceBelongsToTheTotalBefore() {
            List<Claim> found = claims("قالت التنسيقية إن القصف أسفر عن مقتل 17 مدنياً. "
                    + "وأضافت التنسيقية أن بين القتلى خمس نساء وأربعة أطفال.");
            assertThat(found).extracting(Claim::partOf).containsExactly(null, found.get(0).id(), found.get(0).id());
            // a part is never larger than its total
            List<Claim> larger = claims("قتل 3 أشخاص. وأضاف أن بين القتلى خمسة أطفال.");
            assertThat(larger).extracting(Claim::partOf).containsOnlyNulls();
        }

        @Test
        void aNumberThatNamesNoOneCountsWhomTheNumberBeforeCounts() {
            assertThat(claims("أسفر الهجوم عن مقتل جندي واحد وإصابة اثنين.")).extracting(Claim::group)
                    .containsExactly(Group.SECURITY_FORCES, Group.SECURITY_FORCES);
            assertThat(claims("Three soldiers were killed and 19 wounded.")).extracting(Claim::group)
                    .containsExactly(Group.SECURITY_FORCES, Group.SECURITY_FORCES);
            // of a part, its total's: the wounded are people, not children
            assertThat(claims("قتل 9 أشخاص بينهم طفلان وأصيب 12.")).extracting(Claim::group)
                    .containsExactly(Group.ALL, Group.CIVILIANS, Group.ALL);
        }

        @Test
        void nonStateArmedGroupsAreMilitantsByTheirNameBeforeAnyGroupWord() {
            assertThat(claims("قتل 5 من عناصر قوات الدعم السريع.")).extracting(Claim::group)
                    .containsExactly(Group.MILITANTS);
            assertThat(claims("قتل اثنان من عناصر حزب الله في غارة.")).extracting(Claim::group)
                    .containsExactly(Group.MILITANTS);
            assertThat(claims("قتل 3 من عناصر قوات سوريا الديمقراطية.")).extracting(Claim::group)
                    .containsExactly(Group.SECURITY_FORCES);
        }

        @Test
        void seizedGoodsHostagesAndANegatedMoreThan() {
            assertThat(claims("وضبطت القوات 4.8 مليون حبة مخدرة و11 قطعة سلاح.")).isEmpty();
            assertThat(claims("واحتجز المسلحون 5 رهائن.")).isEmpty();
            assertThat(claims("وأكد أن عدد القتلى لا يتجاوز ثمانية أشخاص.")).extracting(c -> c.value().qualifier())
                    .containsExactly(Qualifier.AT_MOST);
            assertThat(claims("وتم إيقاف 4 عناصر إرهابية.")).extracting(Claim::kind)
                    .containsExactly(Kind.RECAPTURED);
        }

        @Test
        void englishSpeakersSetOffByCommasOrAfterAnAuxiliaryAndNewSpeakerNouns() {
            assertThat(claims("A resident, Bello Kairu, said the gunmen killed 14 people."))
                    .extracting(c -> c.source().text()).containsExactly("Bello Kairu");
            assertThat(claims("Fourteen people were killed, officials have said.")).extracting(c -> c.source().text())
                    .containsExactly("officials");
            assertThat(claims("A health worker said 14 people were killed.")).extracting(c -> c.source().text())
                    .containsExactly("A health worker");
        }

        @Test
        void mourningAndRecordingAreSaying() {
            assertThat(claims("وسجلت المفوضية مقتل 4 مدنيين.")).extracting(c -> c.source().text())
                    .containsExactly("المفوضية");
            assertThat(claims("ونعت حركة الجهاد الإسلامي ثلاثة من مقاتليها.")).extracting(c -> c.source().entity())
                    .containsExactly("grp:islamic-jihad");
        }

        @Test
        void aPartSharesItsTotalsScopeAndSinceADateInWordsIsWider() {
            assertThat(claims("وقتل 287 شخصاً منذ مطلع العام الجاري، بينهم 96 مدنياً.")).extracting(Claim::scope)
                    .containsExactly(Scope.WIDER, Scope.WIDER);
            assertThat(claims("قتل أكثر من 17 ألف طفل منذ السابع من تشرين الأول/أكتوبر 2023.", "2024-11-20"))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
            assertThat(claims("قتل 5 أشخاص منذ صباح اليوم.", "2024-11-20")).extracting(Claim::scope)
                    .containsExactly(Scope.INCIDENT);
        }

        @Test
        void aTollThatRoseIsAsOfTheLatestDayItsSentenceNames() {
            assertThat(claims("ارتفعت حصيلة القصف الذي استهدف السوق، الثلاثاء الماضي، إلى 16 قتيلاً، "
                    + "وفق ما أعلنه الدفاع المدني اليوم الخميس.", "2026-11-26")).extracting(Claim::asOf)
                    .containsExactly("2026-11-26");
            assertThat(claims("قتل 5 أشخاص يوم الثلاثاء، وفق ما أعلنه الدفاع المدني اليوم الخميس.", "2026-11-26"))
                    .extracting(Claim::asOf).containsExactly("2026-11-24");
        }

        @Test
        void aFigureIsAsOfTheDayNamedNearestItsNumberMeasuredFromTheDaysEnd() {
            // Tuesday's last letter is nearer the 6 than Wednesday's first, though its first letter is farther
            assertThat(claims("نقلت الوكالة مساء الثلاثاء عن مسؤول مقتل 6 أشخاص، ثم أعلن الجيش يوم الأربعاء مقتل 21 راكبا.",
                    "2025-04-17")).extracting(c -> c.value().low(), Claim::asOf)
                    .containsExactly(tuple(6L, "2025-04-15"), tuple(21L, "2025-04-16"));
        }

        @Test
        void anUnnamedSourceKeepsThePlaceItSpeaksFrom() {
            assertThat(claims("وقال مصدر في الشرطة العسكرية، تحفظ على ذكر اسمه، إن 5 سجناء قتلوا."))
                    .extracting(c -> c.source().text()).containsExactly("مصدر في الشرطة العسكرية");
            assertThat(claims("وقال مسؤول في الأمم المتحدة إن 5 مدنيين قتلوا."))
                    .extracting(c -> c.source().text(), c -> c.source().entity())
                    .containsExactly(tuple("مسؤول في الأمم المتحدة", "org:un"));
            assertThat(claims("أعلنت الوزارة مقتل جندي.")).extracting(c -> c.source().text())
                    .containsExactly("الوزارة");
        }

        @Test
        void aDayAfterAnEnglishMonthEndingASentenceIsNoCountAndAQualifierBeforeAnotherNumberIsItsOwn() {
            assertThat(claims("The ministry said 40 people were killed since October 7. It said more died."))
                    .extracting(c -> c.value().low()).containsExactly(40L);
            assertThat(claims("Fighting between the two groups killed at least 80 people."))
                    .extracting(c -> c.value().low(), c -> c.value().qualifier())
                    .containsExactly(tuple(80L, Qualifier.AT_LEAST));
        }

        @Test
        void itsOwnFightersAreTheSpeakersUnlessTheSpeakerKilledThem() {
            assertThat(claims("ونعت حركة الجهاد الإسلامي ثلاثة من مقاتليها.")).extracting(Claim::group)
                    .containsExactly(Group.MILITANTS);
            assertThat(claims("قالت قوات الدعم السريع إنها قتلت 40 من عناصرها.")).extracting(Claim::group)
                    .containsExactly(Group.UNKNOWN);
        }

        @Test
        void othersOpeningASentenceAreThoseOfTheSentenceBefore() {
            assertThat(claims("وقالت الوزارة إن 28 مدنياً قتلوا. وأشارت إلى إصابة نحو 60 آخرين."))
                    .extracting(Claim::group).containsExactly(Group.CIVILIANS, Group.CIVILIANS);
        }

        @Test
        void aSentencesOwnSpeakerWinsOverTheOneBefore() {
            assertThat(claims("وقال شهود إن 5 قتلوا. وقال البيان العسكري إن 12 مسلحاً قتلوا."))
                    .extracting(c -> c.source().text()).containsExactly("شهود", "البيان العسكري");
            assertThat(claims("قال المحافظ إن 5 قتلوا. وأفادت وكالة تسنيم بمقتل 7 من عناصر الشرطة."))
                    .extracting(c -> c.source().text()).containsExactly("المحافظ", "وكالة تسنيم");
            assertThat(claims("قال مصدر أمني إن 5 قتلوا. وأوضح بيان لوزارة الصحة أن 9 مدنيين قتلوا."))
                    .extracting(c -> c.source().text()).containsExactly("مصدر أمني", "وزارة الصحة");
            // the statement pointed back to is still the one before
            assertThat(claims("وقال المرصد إن 3 قتلوا. وأضاف البيان أن 4 أصيبوا."))
                    .extracting(c -> c.source().entity()).containsExactly("org:sohr", "org:sohr");
            assertThat(claims("اتهمت منظمة العفو الدولية الجيش بقتل 20 مدنياً.")).extracting(c -> c.source().entity())
                    .containsExactly("org:amnesty");
        }

        @Test
        void bodiesAndDeathsCountedAreEveryonesAndTheAttackItsAttackersCarriedOut() {
            assertThat(claims("وانتشلت فرق الإنقاذ 9 جثث من تحت الأنقاض.")).extracting(Claim::kind, Claim::group)
                    .containsExactly(tuple(Kind.KILLED, Group.ALL));
            assertThat(claims("Rescuers recovered 17 bodies.")).extracting(Claim::group).containsExactly(Group.ALL);
            assertThat(claims("وكان الهجوم، الذي نفذه أربعة مسلحين، قد استمر ساعتين.")).extracting(Claim::kind, Claim::group)
                    .containsExactly(tuple(Kind.ATTACKERS, Group.MILITANTS));
        }

        @Test
        void aLongerFrontedPhraseOfWhenGivesItsScope() {
            assertThat(claims("In the previous attack on the area, 19 people were killed.")).extracting(Claim::scope)
                    .containsExactly(Scope.EARLIER);
            assertThat(claims("وفي هجوم مماثل على المنطقة العام الماضي، قتل 19 شخصاً.")).extracting(Claim::scope)
                    .containsExactly(Scope.EARLIER);
        }

        @Test
        void theNumberOfInmatesIsAPopulationInCustodyOfDetainees() {
            assertThat(claims("وقال إن عدد نزلاء سجن عدرا يبلغ حالياً قرابة سبعة آلاف نزيل."))
                    .extracting(Claim::kind, Claim::group).containsExactly(tuple(Kind.DETAINED, Group.DETAINEES));
            assertThat(claims("The prison population stood at 7,412 in June.")).extracting(Claim::kind, Claim::group)
                    .containsExactly(tuple(Kind.DETAINED, Group.DETAINEES));
        }

        @Test
        void anEnglishSingularBeforeItsVerbCountsOne() {
            assertThat(claims("A soldier was killed and two others were wounded."))
                    .extracting(Claim::kind, Claim::group, c -> c.value().low()).containsExactly(
                            tuple(Kind.KILLED, Group.SECURITY_FORCES, 1L), tuple(Kind.INJURED, Group.SECURITY_FORCES, 2L));
            assertThat(claims("A civilian woman was hurt in the blast.")).extracting(c -> c.value().low())
                    .containsExactly(1L);
            assertThat(claims("A police officer said the attack began at dawn.")).isEmpty();
        }

        @Test
        void agesAndLabelsCountNoOneAndABreakdownBetweenCommasIsSkipped() {
            assertThat(claims("Nine people, including a 12-year-old boy, were killed.")).extracting(c -> c.value().low())
                    .containsExactly(9L);
            assertThat(claims("Inmates in Pavilion 5 escaped.")).isEmpty();
            assertThat(claims("وأضرم السجناء النار في المهجع رقم 4.")).isEmpty();
        }

        @Test
        void aNumberOfAnotherKindAfterABreakdownIsNoPartOfItsTotal() {
            assertThat(claims("قتل 51 شخصاً، بينهم 12 طفلاً، إضافة إلى 68 جريحاً."))
                    .extracting(Claim::kind, c -> c.value().low(), c -> c.partOf() != null).containsExactly(
                            tuple(Kind.KILLED, 51L, false), tuple(Kind.KILLED, 12L, true), tuple(Kind.INJURED, 68L, false));
        }

        @Test
        void theDualOfArrestedAndWorshippers() {
            assertThat(claims("وقال إن شابين اعتُقلا وهما مصابان.")).extracting(Claim::kind)
                    .contains(Kind.RECAPTURED);
            assertThat(claims("قتل 11 مصلياً في الهجوم على المسجد.")).extracting(Claim::group)
                    .containsExactly(Group.CIVILIANS);
        }

        @Test
        void anEnglishRangeIsOneFigureAndDeniedAnimalsAndSearchersCountNoOne() {
            assertThat(claims("A group of between 15 and 20 gunmen attacked the post."))
                    .extracting(c -> c.value().low(), c -> c.value().high()).containsExactly(tuple(15L, 20L));
            assertThat(claims("ونفقت زهاء 400 رأس من الإبل.")).isEmpty();
            assertThat(claims("وشارك في عمليات البحث عشرون متطوعاً.")).isEmpty();
            assertThat(claims("وأصيب ثلاثة وليس اثنين.")).extracting(c -> c.value().low()).containsExactly(3L);
        }

        @Test
        void itemsOfAListEndingWithASemicolonAreNoHeadlines() {
            assertThat(claims("بيان الدفاع المدني\n\n- انتشال سبع جثث من تحت الأنقاض؛\n- إصابة 12 شخصاً بجروح؛\n"))
                    .extracting(Claim::kind, c -> c.value().low())
                    .containsExactly(tuple(Kind.KILLED, 7L), tuple(Kind.INJURED, 12L));
        }

        @Test
        void anUnnamedSourceBeforeItsVerbPastKanaAndQad() {
            assertThat(claims("وكان مصدر حقوقي قد أفاد في وقت سابق باستشهاد 3 أسرى."))
                    .extracting(c -> c.source().text()).containsExactly("مصدر حقوقي");
        }

        @Test
        void anEnglishPronounBeforeSaidIsTheSpeakerNamedBefore() {
            assertThat(claims("The governor said the attack began at dawn. Seven soldiers were wounded, he said."))
                    .extracting(c -> c.source().text()).containsExactly("The governor");
        }

        @Test
        void aSentenceOfANumberAloneBreaksNothing() {
            // "...المفقودين.[2]": a note's mark after a full stop is a sentence of its own
            assertThat(claims("ومن بين القتلى 8 أطفال، فيما لا يزال 3 أشخاص في عداد المفقودين.[2]"))
                    .extracting(c -> c.value().low()).containsExactly(8L);
        }

        @Test
        void aWebStoryWithoutFullStopsIsTextButACrossheadOverAParagraphIsNot() {
            assertThat(claims("قصة مصورة\n\nقتل 5 مدنيين في قصف على السوق\n\nوأصيب 12 آخرون بجروح\n"))
                    .extracting(c -> c.value().low()).containsExactly(5L, 12L);
            assertThat(claims("قال المرصد إن 3 قتلوا.\n\nنزوح مئات المدنيين في الحسكة\n\n"
                    + "وتسببت المعارك بنزوح مئات المدنيين من الأحياء المحيطة.\n"))
                    .extracting(c -> c.evidence().quote()).noneMatch(q -> q.equals("نزوح مئات المدنيين في الحسكة"));
        }

        @Test
        void theRescuedAliveAreNoVictims() {
            assertThat(claims("وتمكنت فرق الدفاع المدني من إنقاذ 6 مواطنين أحياء من تحت الأنقاض.")).isEmpty();
            assertThat(claims("Rescuers pulled 4 people alive from the rubble.")).isEmpty();
        }

        @Test
        void aFourthGuardWhoDiedMakesFour() {
            assertThat(claims("وأعلنت الإدارة وفاة حارس رابع متأثراً بجروحه."))
                    .extracting(Claim::kind, Claim::group, c -> c.value().low())
                    .containsExactly(tuple(Kind.KILLED, Group.PRISON_STAFF, 4L));
            assertThat(claims("A fourth guard died in hospital.")).extracting(c -> c.value().low(), Claim::group)
                    .containsExactly(tuple(4L, Group.PRISON_STAFF));
            assertThat(claims("وأصيب حارس آخر.")).extracting(c -> c.value().low()).containsExactly(1L);
        }

        @Test
        void singularsJoinedByAndAndAnotherOneEachCountOne() {
            assertThat(claims("مقتل ضابط وجندي في الهجوم.")).extracting(c -> c.value().low()).containsExactly(1L, 1L);
            assertThat(claims("مقتل جندي وإصابة آخر.")).extracting(Claim::kind, Claim::group, c -> c.value().low())
                    .containsExactly(tuple(Kind.KILLED, Group.SECURITY_FORCES, 1L),
                            tuple(Kind.INJURED, Group.SECURITY_FORCES, 1L));
        }

        @Test
        void redCrossAndRedCrescentSocietiesAndAChannelAreTheirOwn() {
            assertThat(claims("وقال الصليب الأحمر اللبناني إن فرقه نقلت 11 جريحاً.")).extracting(c -> c.source().entity())
                    .containsExactly("org:lebanese-red-cross");
            assertThat(claims("Five attackers were killed, Al Mayadeen TV reported.")).extracting(c -> c.source().entity())
                    .containsExactly("org:al-mayadeen");
        }

        @Test
        void aWarNamedAsGenocideCountsNothingItselfAndTheNumberOfPrisonersIsHeld() {
            assertThat(claims("ترتفع حصيلة حالات الاعتقال في الضفة منذ بدء حرب الإبادة إلى أكثر من 14 ألفاً و500."))
                    .extracting(Claim::kind, c -> c.value().low(), Claim::scope)
                    .containsExactly(tuple(Kind.RECAPTURED, 14500L, Scope.WIDER));
            assertThat(claims("وأشار إلى أن عدد الأسرى في سجون الاحتلال بلغ أكثر من 10,400 أسير."))
                    .extracting(Claim::kind, Claim::group).containsExactly(tuple(Kind.DETAINED, Group.DETAINEES));
        }

        @Test
        void severalDozenUpToAndWellOver() {
            assertThat(claims("Several dozen people were killed.")).extracting(c -> c.value().low(), c -> c.value().high())
                    .containsExactly(tuple(30L, 99L));
            assertThat(claims("وقتل ما يصل إلى 30 شخصاً.")).extracting(c -> c.value().qualifier())
                    .containsExactly(Qualifier.AT_MOST);
            assertThat(claims("Probably well over 100 people were killed.")).extracting(c -> c.value().qualifier())
                    .containsExactly(Qualifier.MORE_THAN);
        }

        @Test
        void farmersAndAThirdOneWounded() {
            assertThat(claims("قُتل مزارعان اثنان وأصيب ثالث بجروح.")).extracting(Claim::kind, Claim::group, c -> c.value().low())
                    .containsExactly(tuple(Kind.KILLED, Group.CIVILIANS, 2L), tuple(Kind.INJURED, Group.CIVILIANS, 1L));
            assertThat(claims("قتل 3 جنود في اليوم الثالث للهجوم.")).extracting(c -> c.value().low()).containsExactly(3L);
        }

        @Test
        void aTollOrStatementIssuedByABodyIsItsOwn() {
            assertThat(claims("وكانت حصيلة أولية صادرة عن مركز طب الطوارئ قد تحدثت عن مقتل 7 أشخاص."))
                    .extracting(c -> c.source().text()).containsExactly("مركز طب الطوارئ");
            assertThat(claims("وبحسب بيان صادر عن القيادة العامة، قتل 12 مسلحاً.")).extracting(c -> c.source().text())
                    .containsExactly("القيادة العامة");
        }

        @Test
        void carryingIsNoRelayingWithoutAn3an() {
            assertThat(claims("وقال المتحدث باسم المركز، مالك مرسيط، إن فرق الإسعاف نقلت 12 جريحاً إلى المستشفى."))
                    .extracting(c -> c.source().text()).containsExactly("المتحدث باسم المركز");
            assertThat(claims("ونقلت رويترز عن مصدر أمني أن 5 قتلوا.")).extracting(c -> c.source().entity())
                    .containsExactly("org:reuters");
        }

        @Test
        void theLabelOfAListsItemIsNoSpeaker() {
            assertThat(claims("وجاءت الحصيلة على النحو التالي:\n- مديرية شدا: استشهاد مواطن.\n"))
                    .extracting(Claim::source).containsOnlyNulls();
            assertThat(claims("وزارة الصحة في غزة: ارتفاع حصيلة الشهداء إلى 42.")).extracting(c -> c.source().entity())
                    .containsExactly("org:gaza-moh");
        }

        @Test
        void anEnglishPlaceAfterAPrepositionDescribesTheSpeaker() {
            assertThat(claims("Officials in Kabul said 21 people were killed.")).extracting(c -> c.source().text())
                    .containsExactly("Officials in Kabul");
            assertThat(claims("Samangani said 21 people were killed.")).extracting(c -> c.source().text())
                    .containsExactly("Samangani");
        }

        @Test
        void anEnglishNameAfterSaidAtTheEnd() {
            assertThat(claims("Gunmen killed five people, said Sundarraj P., the inspector general of police."))
                    .extracting(c -> c.source().text()).containsExactly("Sundarraj P");
        }

        @Test
        void halfAMillionIsHalfOfIt() {
            assertThat(claims("ونزح نحو نصف مليون شخص.")).extracting(c -> c.value().low(), c -> c.value().qualifier())
                    .containsExactly(tuple(500_000L, Qualifier.APPROXIMATE));
            assertThat(claims("Half a million people fled.")).extracting(c -> c.value().low()).containsExactly(500_000L);
        }

        @Test
        void aTotalOverAYearIsWiderAndAnIncidentInAYearEarlier() {
            assertThat(claims("وقتل 500 مدني خلال عام 2022 وحده.", "2024-05-10")).extracting(Claim::scope)
                    .containsExactly(Scope.WIDER);
            assertThat(claims("وفي عام 2021 قتل 11 سجيناً في هجوم على السجن.", "2024-05-10")).extracting(Claim::scope)
                    .containsExactly(Scope.EARLIER);
        }

        @Test
        void otherObservatoriesAreNotTheSyrianOne() {
            assertThat(claims("وقال المرصد اليمني للألغام إن 3 أطفال قتلوا.")).extracting(c -> c.source().entity())
                    .containsExactly("org:yemen-landmine-monitor");
            assertThat(claims("وقال المرصد الأورومتوسطي لحقوق الإنسان إن 30 مدنياً قتلوا."))
                    .extracting(c -> c.source().entity()).containsExactly("org:euromed-monitor");
        }

        @Test
        void anEnglishSpeakerWithItsAcronymInBrackets() {
            assertThat(claims("The Congolese armed forces (FARDC) reported that 12 rebels were killed."))
                    .extracting(c -> c.source().text()).containsExactly("The Congolese armed forces");
            assertThat(claims("The UN Mission in South Sudan (UNMISS) said 20 civilians were killed."))
                    .extracting(c -> c.source().text()).containsExactly("UN Mission in South Sudan");
        }

        @Test
        void aMilitaryUnitSpeaks() {
            assertThat(claims("قالت الفرقة السادسة مشاة في بيان إنها قتلت 30 من المهاجمين."))
                    .extracting(c -> c.source().text()).containsExactly("الفرقة السادسة مشاة");
        }
    }

    @Nested
    class SeventhReader {

        @Test
        void aBodyAfterAWordTakingLamShedsIt() {
            assertThat(claims("وقتل 12 مدنياً في الغارة، بحسب إحصائية للدفاع المدني."))
                    .extracting(c -> c.source().text()).containsExactly("الدفاع المدني");
            assertThat(claims("وأوضح بيان لوزارة الصحة أن 12 مدنياً قتلوا."))
                    .extracting(c -> c.source().text()).containsExactly("وزارة الصحة");
            assertThat(claims("وقتل 12 مدنياً في الغارة، بحسب بيان للجنة الإنقاذ."))
                    .extracting(c -> c.source().text()).containsExactly("لجنة الإنقاذ");
            assertThat(claims("وقتل 12 مدنياً بحسب إحصائية للمرصد السوري لحقوق الإنسان."))
                    .extracting(c -> c.source().text()).containsExactly("المرصد السوري لحقوق الإنسان");
            assertThat(claims("وقتل 12 مدنياً في الغارة، بحسب لجان التنسيق."))
                    .extracting(c -> c.source().text()).containsExactly("لجان التنسيق");
        }

        @Test
        void aTollThatWentFromOneNumberToAnotherCountsBoth() {
            assertThat(claims("وارتفعت حصيلة القتلى من خمسة إلى سبعة جنود.")).extracting(c -> c.value().low())
                    .containsExactly(5L, 7L);
            assertThat(claims("وارتفعت حصيلة القتلى من خمسة إلى سبعة جنود.")).extracting(Claim::kind)
                    .containsOnly(Kind.KILLED);
        }

        @Test
        void hospitalsHideoutsAndRoundsCountNoOne() {
            assertThat(claims("ونقل 5 جرحى إلى 3 مستشفيات.")).extracting(c -> c.value().low()).containsExactly(5L);
            assertThat(claims("وضبطت القوات 9 أوكار و500 طلقة واعتقلت 4 مطلوبين.")).extracting(c -> c.value().low())
                    .containsExactly(4L);
        }

        @Test
        void anEnglishNameJoinedByLowerCaseWords() {
            assertThat(claims("The Ministry of Defense said two soldiers were killed."))
                    .extracting(c -> c.source().text()).containsExactly("The Ministry of Defense");
            assertThat(claims("The International Organization for Migration (IOM) said 3,000 people had been displaced."))
                    .extracting(c -> c.source().text()).containsExactly("International Organization for Migration");
            // described, the ministry is no longer the one named before
            assertThat(claims("The police said 3 civilians were wounded. The Ministry of Health said 2 soldiers were killed."))
                    .extracting(c -> c.source().text()).containsExactly("The police", "The Ministry of Health");
        }

        @Test
        void anUnnamedSourceKeepsTheAdjectiveThatSaysWhich() {
            assertThat(claims("قالت مصادر قبلية إن ثلاثة مقاتلين قُتلوا في الهجوم."))
                    .extracting(c -> c.source().text()).containsExactly("مصادر قبلية");
            assertThat(claims("وقالت مصادر الأربعاء إن 4 قتلوا.")).extracting(c -> c.source().text())
                    .containsExactly("مصادر");
        }

        @Test
        void aNameAfterBihasbEndsAtItsComma() {
            assertThat(claims("وفرّ أكثر من ألف سجين، بحسب نقابة موظفي السجون، التي أكدت أن المبنى أصبح خالياً."))
                    .extracting(c -> c.source().text()).containsExactly("نقابة موظفي السجون");
        }

        @Test
        void aBodyWithTheArticleAndASourceInTheAccusative() {
            assertThat(claims("أعلنت المديرية العامة لقوى الأمن الداخلي، الأحد، أن خمسة سجناء فرّوا من سجن رومية."))
                    .extracting(c -> c.source().text()).containsExactly("المديرية العامة لقوى الأمن الداخلي");
            assertThat(claims("غير أن مصدراً أمنياً قال إن 20 سجيناً فروا."))
                    .extracting(c -> c.source().text()).containsExactly("مصدراً أمنياً");
        }

        @Test
        void gendarmesGangsAndOurOwnFighters() {
            assertThat(claims("قُتل 9 من عناصر الدرك الوطني في هجوم على مركز للدرك.")).extracting(Claim::group)
                    .containsExactly(Group.SECURITY_FORCES);
            assertThat(claims("Three gang members were killed.")).extracting(Claim::group)
                    .containsExactly(Group.MILITANTS);
            assertThat(claims("ذكرت خلية الإعلام الأمني أن الهجوم أسفر عن استشهاد ثلاثة من مقاتلينا."))
                    .extracting(Claim::group).containsExactly(Group.SECURITY_FORCES);
        }

        @Test
        void thoseWhoGotAwayFromCustodyWereHeldAndOfWhomIsAPart() {
            assertThat(claims("وقال مصدر أمني إن عدد الفارين من السجن بلغ 30.")).extracting(Claim::group)
                    .containsExactly(Group.DETAINEES);
            List<Claim> police = claims("Five police officers were killed, two of whom were commanders.");
            assertThat(police).extracting(Claim::group).containsOnly(Group.SECURITY_FORCES);
            assertThat(police.get(1).partOf()).isEqualTo(police.get(0).id());
        }

        @Test
        void sinceAStartWithItsDateIsWider() {
            assertThat(claims("ومنذ اندلاع الاشتباكات في 15 أبريل، قُتل 459 شخصاً على الأقل، وفق منظمة الصحة العالمية.",
                    "2023-04-26")).extracting(Claim::scope).containsExactly(Scope.WIDER);
            assertThat(claims("More than 11,900 civilians have been killed since the full-scale invasion in February 2022.",
                    "2023-04-26")).extracting(Claim::scope).containsExactly(Scope.WIDER);
            // since the attack began this week: the incident itself
            assertThat(claims("ومنذ بدء الهجوم صباح الخميس، قتل 12 شخصاً.", "2023-04-26")).extracting(Claim::scope)
                    .containsExactly(Scope.INCIDENT);
        }

        @Test
        void anEarlierEventAfterACommaOfWhenOrAfterAnotherEvent() {
            assertThat(claims("وشهد السجن في سبتمبر 2021 مجزرة، حين قُتل 119 سجيناً.", "2023-07-26"))
                    .extracting(Claim::scope).containsExactly(Scope.EARLIER);
            assertThat(claims("The attack came a week after a suicide bomber killed five soldiers in North Waziristan."))
                    .extracting(Claim::scope).containsExactly(Scope.EARLIER);
        }

        @Test
        void oneOfAPluralAfterThatAndTwoBodies() {
            assertThat(claims("وأكد المصدر أن أحد حراس السجن قُتل.")).extracting(Claim::kind, Claim::group,
                    c -> c.value().low()).containsExactly(tuple(Kind.KILLED, Group.PRISON_STAFF, 1L));
            assertThat(claims("أكدت مصادر مقتل واحد من عناصرها.")).extracting(c -> c.value().low())
                    .containsExactly(1L);
            assertThat(claims("وقال إن أحد الشهود رأى الهجوم.")).isEmpty();
            assertThat(claims("وأفاد مصدر طبي بأن المستشفى استقبل جثتين.")).extracting(Claim::kind, c -> c.value().low())
                    .containsExactly(tuple(Kind.KILLED, 2L));
        }

        @Test
        void aListOfOneGroupWithNoTotalGoesOnFromItsFirstFigure() {
            List<Claim> listed = claims("وقُتل طفلان وامرأة في القصف.");
            assertThat(listed).extracting(Claim::listedWith).containsExactly(null, listed.get(0).id());
            // other groups, a total's parts and a toll that rose are no such list
            assertThat(claims("قتل 5 مدنيين و3 جنود.")).extracting(Claim::listedWith).containsOnlyNulls();
            assertThat(claims("قتل 23 شخصاً بينهم خمسة أطفال وسيدتان.")).extracting(Claim::listedWith).containsOnlyNulls();
            assertThat(claims("وارتفعت حصيلة القتلى من خمسة إلى سبعة.")).extracting(Claim::listedWith).containsOnlyNulls();
        }

        @Test
        void theAccuserSpeaksNotTheAccused() {
            assertThat(claims("وكانت مليشيا الدعم السريع قد اتهمت الجيش بقتل 41 مدنياً في القصف."))
                    .extracting(c -> c.source().entity()).containsExactly("grp:rsf");
            assertThat(claims("اتهمت قوات الدعم السريع الجيش السوداني بقتل 41 مدنياً."))
                    .extracting(c -> c.source().text()).containsExactly("قوات الدعم السريع");
            assertThat(claims("واتهم الجيش الحوثيين بقتل 5 مدنيين.")).extracting(c -> c.source().text())
                    .containsExactly("الجيش");
            assertThat(claims("The RSF accused the army of killing 41 civilians."))
                    .extracting(c -> c.source().entity()).containsExactly("grp:rsf");
        }

        @Test
        void agesChargesAndFatalities() {
            assertThat(claims("Four inmates, the youngest of whom was 22, were held in solitary.")).isEmpty();
            assertThat(claims("أسفرت الحملة عن القبض على 154 مشتبهاً، بينهم 12 شخصاً متورطين في جرائم قتل."))
                    .extracting(Claim::kind).containsExactly(Kind.RECAPTURED);
            assertThat(claims("ACLED recorded 120 reported fatalities in the region.")).extracting(Claim::kind,
                    c -> c.source().entity()).containsExactly(tuple(Kind.KILLED, "org:acled"));
            assertThat(claims("\"Eleven people are confirmed dead,\" Lysak wrote on Telegram."))
                    .extracting(c -> c.source().text()).containsExactly("Lysak");
        }

        @Test
        void anAsideBetweenTheVerbOfHoldingAndItsNumberIsSkippedAndOnePrisonIsNoWiderCount() {
            assertThat(claims("ويضم سجن رومية، وهو أكبر سجون البلاد، نحو 4 آلاف سجين.")).extracting(Claim::kind,
                    Claim::scope, c -> c.value().low()).containsExactly(tuple(Kind.DETAINED, Scope.INCIDENT, 4000L));
            assertThat(claims("ويضم سجن رومية، أكبر سجون البلاد، نحو 4 آلاف سجين.")).extracting(Claim::scope)
                    .containsExactly(Scope.INCIDENT);
            assertThat(claims("وتضم سجون المنطقة نحو 10 آلاف سجين.")).extracting(Claim::scope)
                    .containsExactly(Scope.WIDER);
        }

        @Test
        void anUnnamedTitleKeepsWhatItHeadsUpToTheCommaBeforeItsHearer() {
            assertThat(claims("وقال مدير مستشفى ابن سينا التخصصي، في حديث للجزيرة نت، إن المستشفى استقبل جثامين أربعة"
                    + " شهداء.")).extracting(c -> c.source().text()).containsExactly("مدير مستشفى ابن سينا التخصصي");
        }

        @Test
        void aBodyNamedAgainByItsHeadNounIsTheOneNamedBeforeNotTheLastSpeaker() {
            assertThat(claims("وقالت المنسقية العامة للنازحين واللاجئين إن 20 شخصاً قتلوا في القصف. وقالت المنظمة الدولية"
                    + " للهجرة إن 3000 شخص نزحوا. ووثقت المنسقية مقتل ما يزيد عن 500 شخص.")).extracting(c -> c.source().text())
                    .containsExactly("المنسقية العامة للنازحين واللاجئين", "المنظمة الدولية للهجرة",
                            "المنسقية العامة للنازحين واللاجئين");
        }

        @Test
        void displacedPeopleKilledAreKilledAndShelteredAreDisplaced() {
            assertThat(claims("وقالت المنسقية إن 20 نازحاً قتلوا في القصف.")).extracting(Claim::kind, Claim::group)
                    .containsExactly(tuple(Kind.KILLED, Group.CIVILIANS));
            assertThat(claims("ويؤوي المخيم نحو 20 ألف نازح.")).extracting(Claim::kind)
                    .containsExactly(Kind.DISPLACED);
        }

        @Test
        void oneMoreOfARisingTollIsAmongItAndOneAfterAPluralGoesOnItsList() {
            List<Claim> rose = claims("وارتفع عدد القتلى إلى سبعة بعد وفاة جندي متأثراً بجراحه.");
            assertThat(rose).extracting(c -> c.value().low()).containsExactly(7L, 1L);
            assertThat(rose.get(1).partOf()).isEqualTo(rose.get(0).id());
            List<Claim> listed = claims("قتل 5 جنود وضابط في الهجوم.");
            assertThat(listed).extracting(c -> c.value().low()).containsExactly(5L, 1L);
            assertThat(listed.get(1).listedWith()).isEqualTo(listed.get(0).id());
        }

        @Test
        void aDatelineWithItsDateBeforeTheDashIsNoPlaceOfAFigure() {
            assertThat(claims("بورتسودان 3 نوفمبر 2025 – أدان المكتب القصف، وقال إن ما لا يقل عن 30 مدنياً قتلوا.\n"
                    + "الفاشر تشهد قصفاً أدى إلى مقتل 5 مدنيين.")).extracting(Claim::place)
                    .containsExactly(null, "loc:el-fasher");
        }

        @Test
        void aDaysTollBorderForcesArmyStatementsAndAccordingToHim() {
            assertThat(claims("وأشار التقرير إلى أن حصيلة الساعات الأربع والعشرين الماضية بلغت 45 شهيداً.", "2025-01-14"))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
            assertThat(claims("The clash killed three Afghan border guards.")).extracting(Claim::group)
                    .containsExactly(Group.SECURITY_FORCES);
            assertThat(claims("ISPR said 16 khwarij were sent to hell.")).extracting(Claim::kind, Claim::group)
                    .containsExactly(tuple(Kind.KILLED, Group.MILITANTS));
            assertThat(claims("زعم يحيى سريع أن العملية أسفرت - بحسب قوله - عن أسر 34 جندياً."))
                    .extracting(c -> c.source().entity()).containsExactly("per:yahya-saree");
            assertThat(claims("The attack comes less than a month after Al-Shabaab fighters killed nine soldiers."))
                    .extracting(Claim::scope).containsExactly(Scope.EARLIER);
        }

        @Test
        void englishTitlesEndNoSentenceAndAnAdverbAfterSaidIsNoSpeaker() {
            assertThat(claims("Dr. Ahmed Zaki, director of the hospital, said 12 bodies had arrived."))
                    .extracting(c -> c.evidence().quote()).allMatch(q -> q.startsWith("Dr. Ahmed"));
            assertThat(claims("Seven soldiers were killed, a local official said by phone."))
                    .extracting(c -> c.source().text()).containsExactly("a local official");
        }

        @Test
        void anEstimatedRangeAndABoyAmongTheDead() {
            assertThat(claims("An estimated 100,000 to 130,000 people were displaced.")).extracting(c -> c.value().low(),
                    c -> c.value().high()).containsExactly(tuple(100_000L, 130_000L));
            assertThat(claims("قُتل خمسة أشخاص بينهم فتى.")).extracting(c -> c.value().low()).containsExactly(5L, 1L);
        }

        @Test
        void anotherBeforeItsVerbIsOneMore() {
            assertThat(claims("It said four soldiers were killed and another was injured.")).extracting(Claim::kind,
                    Claim::group, c -> c.value().low()).containsExactly(tuple(Kind.KILLED, Group.SECURITY_FORCES, 4L),
                    tuple(Kind.INJURED, Group.SECURITY_FORCES, 1L));
        }

        @Test
        void eventsAgesAndWhatAWarLeft() {
            assertThat(claims("Overall, ACLED recorded 74 political violence events and 212 reported fatalities."))
                    .extracting(c -> c.value().low()).containsExactly(212L);
            assertThat(claims("Five wounded civilians, including two children aged 7 and 11, were taken to hospital."))
                    .extracting(c -> c.value().low()).containsExactly(5L, 2L);
            assertThat(claims("وخلفت الحرب عشرات آلاف القتلى وأكثر من 12 مليون نازح.")).extracting(Claim::kind,
                    Claim::scope).containsExactly(tuple(Kind.KILLED, Scope.WIDER), tuple(Kind.DISPLACED, Scope.WIDER));
            assertThat(claims("وقتل 17 نازحاً في القصف، حسبما أفادت المنسقية العامة للنازحين واللاجئين."))
                    .extracting(c -> c.source().text()).containsExactly("المنسقية العامة للنازحين واللاجئين");
        }

        @Test
        void sinceATruceIsWiderAndABrigadeNumberNoCount() {
            assertThat(claims("وأصيب نحو 480 شخصاً منذ سريان اتفاق وقف إطلاق النار.")).extracting(Claim::scope)
                    .containsExactly(Scope.WIDER);
            assertThat(claims("وهاجم عناصر داعش مقراً للواء 35 في الحشد الشعبي.")).isEmpty();
        }

        @Test
        void armedForcesAreAStatesThoughArmedMenAreMilitants() {
            assertThat(claims("وأعلن الجيش السوداني مقتل ثلاثة من أبطال قواتنا المسلحة.")).extracting(Claim::group)
                    .containsExactly(Group.SECURITY_FORCES);
            assertThat(claims("قتل 5 مسلحين.")).extracting(Claim::group).containsExactly(Group.MILITANTS);
        }

        @Test
        void aSpeakerAtTheSentencesEndWithItsMixedAcronymAndAnAuxiliary() {
            assertThat(claims("Sixty-three inmates escaped from the centre in Keffi on Saturday night, the Nigerian"
                    + " Correctional Service (NCoS) has said.")).extracting(c -> c.source().text())
                    .containsExactly("Nigerian Correctional Service");
            assertThat(claims("Police have said 3 were killed.")).extracting(c -> c.source().text())
                    .containsExactly("Police");
        }

        @Test
        void whoAreStillAtLargeArePartOfTheEscapeNotAnotherCountOfIt() {
            List<Claim> escape = claims("وفر 112 نزيلاً من السجن. وأعيد القبض على 71 منهم، فيما لا يزال 27 نزيلاً طلقاء.");
            assertThat(escape).extracting(Claim::kind, c -> c.value().low()).containsExactly(
                    tuple(Kind.ESCAPED, 112L), tuple(Kind.RECAPTURED, 71L), tuple(Kind.ESCAPED, 27L));
            assertThat(escape.get(2).partOf()).isEqualTo(escape.get(0).id());
            // alone, the figure still at large is the escape's only count
            assertThat(claims("لا يزال 30 سجيناً طلقاء.")).extracting(Claim::partOf).containsOnlyNulls();
        }

        @Test
        void aHeadlineWhosePartsADoubleStopJoinsStatesNoFigureOfItsOwn() {
            assertThat(claims("مقتل 5 مدنيين في قصف على السوق.. والجيش يتوعد\n\nقالت مصادر طبية إن 12 مدنياً قتلوا في"
                    + " القصف على السوق صباح اليوم.")).extracting(c -> c.value().low()).containsExactly(12L);
        }

        @Test
        void anEnglishSpeakerBeforeALongAsideOfAnonymity() {
            assertThat(claims("A Somali military officer at the base, who asked not to be named because he was not"
                    + " authorised to speak, told Garowe Online that seven soldiers were killed."))
                    .extracting(c -> c.source().text()).containsExactly("A Somali military officer at the base");
        }

        @Test
        void anonymityWordsAPlaceInTheSpeakersDescriptionAndAPossessive() {
            assertThat(claims("وقال مصدر أمني لفرانس برس، طالباً عدم كشف هويته، إن نحو مئتي مسلح هاجموا الموقع."))
                    .extracting(c -> c.source().text()).containsExactly("مصدر أمني");
            assertThat(claims("A community leader in Belot, who asked not to be named for fear of reprisals, told"
                    + " Reuters he had counted more than 60 bodies.")).extracting(c -> c.source().text())
                    .containsExactly("community leader in Belot");
            assertThat(claims("Separately, Pakistan's military said security forces killed 16 militants."))
                    .extracting(c -> c.source().text()).containsExactly("Pakistan's military");
        }

        @Test
        void aPeriodBetweenTwoDatesIsWiderAndAnOperationAfterAnotherRecallsIt() {
            assertThat(claims("Between 7 October 2023 and 7 November 2024, at least 43,508 Palestinians were killed.",
                    "2024-11-08")).extracting(Claim::scope).containsExactly(Scope.WIDER);
            assertThat(claims("Between 15 and 20 people were killed.", "2024-11-08")).extracting(Claim::scope)
                    .containsExactly(Scope.INCIDENT);
            assertThat(claims("وتأتي العملية بعد أسبوع واحد من غارة أسفرت عن استشهاد ثلاثة شبان."))
                    .extracting(Claim::scope).containsExactly(Scope.EARLIER);
        }

        @Test
        void anUnnamedSourceAfterBihasbKeepsWhereItSpeaksFromAndIsNoGroup() {
            assertThat(claims("ومن بين القتلى، بحسب مصادر في فتح، ثلاثة من عناصر قوات الأمن الوطني."))
                    .extracting(c -> c.source().text()).containsExactly("مصادر في فتح");
            assertThat(claims("وقتل 5 بحسب مصدر في الشرطة.")).extracting(Claim::group, c -> c.source().text())
                    .containsExactly(tuple(Group.UNKNOWN, "مصدر في الشرطة"));
        }

        @Test
        void anEnglishSpeakerNounWithThePhraseThatDescribesItBeforeTheVerb() {
            assertThat(claims("The clash killed one soldier and three border guards, officials on both sides said Tuesday."))
                    .extracting(c -> c.source().text()).containsOnly("officials on both sides");
        }

        @Test
        void aNameSetOffByCommasKeepsItsTitle() {
            assertThat(claims("A local hospital official, Dr. Ibrahim Shinwari, said the hospital had received five"
                    + " wounded civilians.")).extracting(c -> c.source().text()).containsExactly("Dr. Ibrahim Shinwari");
        }

        @Test
        void aBodyDescribedUpToWhatItSaid() {
            assertThat(claims("أعلن مركز عمليات طوارئ الصحة العامة التابع لوزارة الصحة العامة أن الحصيلة ارتفعت إلى 10"
                    + " شهداء.")).extracting(c -> c.source().text())
                    .containsExactly("مركز عمليات طوارئ الصحة العامة التابع لوزارة الصحة العامة");
        }
    }

    @Nested
    class EighthReader {

        @Test
        void aLongFrontedPhraseOfSinceAWarIsWider() {
            assertThat(claims("ومنذ اندلاع النزاع بين القوات المسلحة السودانية وقوات الدعم السريع في نيسان/أبريل 2023،"
                    + " قُتل عشرات الآلاف.", "2025-05-16")).extracting(Claim::scope).containsExactly(Scope.WIDER);
        }

        @Test
        void aClauseOfResultWithNoSubjectTakesThePeriodOfItsCause() {
            assertThat(claims("وتتعرض مدن الولاية منذ مطلع العام لهجمات متكررة بالمسيرات، أدت بحسب إحصاءات حكومية إلى"
                    + " مقتل أكثر من 150 مدنياً.", "2025-05-16")).extracting(Claim::scope).containsExactly(Scope.WIDER);
            // its own incident's result stays the incident's
            assertThat(claims("وقتل 4 جنود في هجوم للتنظيم، أدى أيضاً إلى إصابة 3 آخرين.", "2025-05-16"))
                    .extracting(Claim::scope).containsOnly(Scope.INCIDENT);
        }

        @Test
        void whatTheIncidentComesAfterIsAnEarlierOne() {
            assertThat(claims("ويأتي الحادث بعد أكثر من عام على فرار 119 سجيناً من سجن آخر.", "2025-08-11"))
                    .extracting(Claim::scope).containsExactly(Scope.EARLIER);
            assertThat(claims("وتأتي الغارة بعد ساعات من مقتل 3 جنود.", "2025-08-11"))
                    .extracting(Claim::scope).containsExactly(Scope.EARLIER);
            // the clause after it that points back (فيه) is about that earlier incident too
            assertThat(claims("ويأتي القصف بعد يومين من هجوم بطائرة مسيرة على سوق المدينة، قُتل فيه أكثر من 30 شخصاً.",
                    "2025-05-16")).extracting(Claim::scope).containsExactly(Scope.EARLIER);
            assertThat(claims("وشن الجيش هجوماً على القرية، قتل فيه 12 مسلحاً.", "2025-05-16"))
                    .extracting(Claim::scope).containsExactly(Scope.INCIDENT);
        }

        @Test
        void whoAreStillAtLargePastTheirOwnNounAreARemainder() {
            List<Claim> escape = claims("فر 71 نزيلاً من السجن ليل السبت. وقال المتحدث إن \"42 من الفارين لا يزالون"
                    + " طلقاء\".");
            assertThat(escape).extracting(c -> c.value().low()).containsExactly(71L, 42L);
            assertThat(escape.get(1).partOf()).isEqualTo(escape.get(0).id());
        }

        @Test
        void fewerOfTheSameKindAfterATollThatRoseAreAmongIt() {
            List<Claim> toll = claims("قالت وزارة الصحة إن عدد القتلى ارتفع إلى 31، والمصابين إلى 60، بعد وفاة أربعة"
                    + " من الجرحى في المستشفى.");
            assertThat(toll).extracting(Claim::kind, c -> c.value().low()).containsExactly(
                    tuple(Kind.KILLED, 31L), tuple(Kind.INJURED, 60L), tuple(Kind.KILLED, 4L));
            assertThat(toll.get(2).partOf()).isEqualTo(toll.get(0).id());
            // a toll that went from one number to another is two counts, neither a part
            assertThat(claims("ارتفعت حصيلة القتلى من 5 إلى 7.")).extracting(Claim::partOf).containsOnlyNulls();
        }

        @Test
        void placesNamedOnlyWhereTheReportRecallsAnEarlierIncidentAreMarkedRecalled() {
            Document d = new Document("d-test", "t.txt", null, "0", "text/plain", "ar", null, "2025-08-11", null, null,
                    DocumentStatus.PROCESSED, null, "فر 63 سجيناً من سجن في مدينة الزاوية ليل السبت. ويأتي الحادث بعد"
                    + " أكثر من عام على فرار 119 سجيناً من سجن في مدينة مصراتة.");
            List<Mention> places = extractor.extract(d).mentions().stream()
                    .filter(m -> m.entity().startsWith("loc:")).toList();
            assertThat(places).extracting(Mention::entity, Mention::incidental).containsExactly(
                    tuple("loc:zawiya", false), tuple("loc:misrata", true));
        }

        @Test
        void whoAreStillAtLargeBeforeTheTotalArePartOfTheTotalTheDocumentGivesAfter() {
            List<Claim> escape = claims("وقالت الوزارة إن 27 نزيلاً لا يزالون طلقاء. وكان الجهاز قد أعلن الإثنين أن 112"
                    + " نزيلاً فروا من المؤسسة.");
            assertThat(escape).extracting(c -> c.value().low()).containsExactly(27L, 112L);
            assertThat(escape.get(0).partOf()).isEqualTo(escape.get(1).id());
        }

        @Test
        void aTimeSetOffByCommasStandsBetweenATollAndItsNumber() {
            assertThat(claims("ارتفعت حصيلة قتلى الجيش، فجر الثلاثاء الماضي، إلى 13 جندياً."))
                    .extracting(Claim::kind, Claim::group, c -> c.value().low())
                    .containsExactly(tuple(Kind.KILLED, Group.SECURITY_FORCES, 13L));
            assertThat(claims("ارتفع عدد الشهداء في قصف على البلدة، مساء أمس الأربعاء، إلى أربعة."))
                    .extracting(c -> c.value().low()).containsExactly(4L);
        }

        @Test
        void theScopeOfWhatSetsOffAFigureReachesItPastClausesAndBreakdowns() {
            String published = "2025-07-24";
            // a result's cause is its sentence's, however many clauses describe it
            assertThat(claims("وتشهد مالي منذ 2012 أعمال عنف تنفذها جماعات مرتبطة بالقاعدة، امتدت إلى بوركينا فاسو"
                    + " والنيجر، أودت بحياة آلاف المدنيين والعسكريين.", published))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
            // a phrase of when right after the breakdown
            assertThat(claims("وكانت المدينة قد شهدت تفجيراً، إذ قُتل 20 شخصاً، بينهم 18 امرأة، في شباط الماضي.",
                    published)).extracting(Claim::scope).containsOnly(Scope.EARLIER);
            assertThat(claims("قتل 20 شخصاً، بينهم 18 امرأة، في قصف على السوق.", published))
                    .extracting(Claim::scope).containsOnly(Scope.INCIDENT);
            // a short clause of when opening the sentence
            assertThat(claims("Last month, an attack on a military camp in Boulkessi, near the border with Burkina"
                    + " Faso, killed more than 30 soldiers.", published)).extracting(Claim::scope)
                    .containsExactly(Scope.EARLIER);
            // since a start written a dozen words on
            assertThat(claims("ومنذ بدء العملية العسكرية الإسرائيلية في شمال الضفة الغربية في يناير/كانون الثاني"
                    + " الماضي، نزح أكثر من 40 ألف فلسطيني.", published)).extracting(Claim::scope)
                    .containsExactly(Scope.WIDER);
        }

        @Test
        void aWarsTollAndAPopulationHostedAreWider() {
            assertThat(claims("وتقع المدينة في محافظة مأرب بعد حرب بدأت قبل أكثر من عشر سنوات وأودت بحياة مئات"
                    + " الآلاف، وفق الأمم المتحدة.")).extracting(Claim::scope).containsExactly(Scope.WIDER);
            assertThat(claims("وتستضيف مأرب نحو 2.2 مليون نازح.")).extracting(Claim::scope)
                    .containsExactly(Scope.WIDER);
            assertThat(claims("ويضم السجن نحو 5000 معتقل.")).extracting(Claim::scope)
                    .containsExactly(Scope.INCIDENT);
        }

        @Test
        void placesNamedAsWhereTheWoundedWentAReferenceOrTheDatelineAreIncidental() {
            Document d = new Document("d-test", "t.txt", null, "0", "text/plain", "ar", null, "2025-10-06", null, null,
                    DocumentStatus.PROCESSED, null, "بغداد - واع\n\nقتل 5 مدنيين في هجوم على قرية تقع على بعد 35 كيلومتراً غرب"
                    + " مدينة الأبيض في ولاية شمال كردفان، ونقل الجرحى إلى مستشفى في مدينة كادوقلي، فيما فرت عشرات الأسر"
                    + " باتجاه مدينة نيالا. وقال مدير مستشفى الفاشر إن الوضع صعب. وأدان والي ولاية شمال كردفان الهجوم.");
            assertThat(extractor.extract(d).mentions().stream().filter(m -> m.entity().startsWith("loc:")))
                    .extracting(Mention::entity, Mention::role).containsExactly(
                            tuple("loc:baghdad", Mention.Role.INCIDENTAL),
                            tuple("loc:el-obeid", Mention.Role.INCIDENTAL),
                            tuple("loc:north-kordofan", Mention.Role.FIGURE),
                            tuple("loc:kadugli", Mention.Role.INCIDENTAL),
                            tuple("loc:nyala", Mention.Role.INCIDENTAL),
                            tuple("loc:el-fasher", Mention.Role.INCIDENTAL),
                            tuple("loc:north-kordofan", Mention.Role.STORY));
        }

        @Test
        void aPlaceWhoseClockTellsTheTimeIsIncidental() {
            Document d = new Document("d-test", "t.txt", null, "0", "text/plain", "ar", null, "2025-10-06", null, null,
                    DocumentStatus.PROCESSED, null, "قتل 5 مدنيين في قصف على مدينة الأبيض عند الساعة 10:40 بتوقيت بغداد.");
            assertThat(extractor.extract(d).mentions().stream().filter(m -> m.entity().startsWith("loc:")))
                    .extracting(Mention::entity, Mention::role).containsExactly(
                            tuple("loc:el-obeid", Mention.Role.FIGURE), tuple("loc:baghdad", Mention.Role.INCIDENTAL));
        }

        @Test
        void aBareTollCountsEveryone() {
            assertThat(claims("ارتفع عدد القتلى إلى 53.")).extracting(Claim::group).containsExactly(Group.ALL);
            assertThat(claims("The death toll rose to 19, and the blast also wounded more than 20 others."))
                    .extracting(Claim::group).containsExactly(Group.ALL, Group.ALL);
            // a group named within the toll is its group
            assertThat(claims("ارتفعت حصيلة قتلى الجيش إلى 13.")).extracting(Claim::group)
                    .containsExactly(Group.SECURITY_FORCES);
        }

        @Test
        void aNumberInBracketsCountsTheNounAfterTheBrackets() {
            assertThat(claims("وأسفرت العملية عن مقتل (٣) إرهابيين وتسليم (١١) آخرين أنفسهم."))
                    .extracting(Claim::kind, Claim::group, c -> c.value().low()).containsExactly(
                            tuple(Kind.KILLED, Group.MILITANTS, 3L), tuple(Kind.SURRENDERED, Group.MILITANTS, 11L));
            assertThat(claims("وضبط بحوزتهم (٤) أحزمة ناسفة.")).isEmpty();
        }

        @Test
        void aSpeakerNamedByOfficeIsQuotedByTheChannelItToldNotItsVoice() {
            assertThat(claims("وفي تصريح لقناة الإخبارية السورية، قال محافظ اللاذقية إن عدد الشهداء ارتفع إلى أربعة."))
                    .extracting(c -> c.source().text()).containsExactly("محافظ اللاذقية");
            // unnamed sources that told a site are still its own sourcing
            assertThat(claims("وقالت مصادر خاصة لموقع الحرة إن 5 جنود قتلوا.")).extracting(Claim::source)
                    .containsOnlyNulls();
        }

        @Test
        void anOutletWithTheArticleAfterLamIsWhoWasTold() {
            assertThat(claims("وأوضح مسؤول في إدارة المقاطعة للجزيرة نت أن 5 جنود قتلوا."))
                    .extracting(c -> c.source().text(), c -> c.source().entity())
                    .containsExactly(tuple("مسؤول في إدارة المقاطعة", null));
            assertThat(claims("وقال مصدر أمني في مديرية أمن الزاوية للأناضول إن 5 جنود قتلوا."))
                    .extracting(c -> c.source().text()).containsExactly("مصدر أمني في مديرية أمن الزاوية");
        }

        @Test
        void aClubACommanderAndAClipOfWhatWasSaid() {
            assertThat(claims("وقال نادي الأسير في بيان إن قوات الاحتلال اعتقلت 35 مواطناً."))
                    .extracting(c -> c.source().text()).containsExactly("نادي الأسير");
            assertThat(claims("وقال آمر إحدى المجموعتين في مقطع مصور إن قواته أسرت 9 مقاتلين."))
                    .extracting(c -> c.source().text()).containsExactly("آمر إحدى المجموعتين");
        }

        @Test
        void aTitleAfterAccordingToKeepsTheNameAfterIt() {
            assertThat(claims("The death toll had risen to 19, according to Dr. Fadumo Sheikh Ali, director of the"
                    + " hospital.")).extracting(c -> c.source().text()).containsExactly("Dr. Fadumo Sheikh Ali");
        }

        @Test
        void aPeriodBetweenTwoYearsIsWiderAndNoFigure() {
            assertThat(claims("Amnesty International said that at least 10,000 people were killed by bandits in the"
                    + " region between 2019 and 2023.")).extracting(c -> c.value().low(), Claim::scope)
                    .containsExactly(tuple(10_000L, Scope.WIDER));
            assertThat(claims("وقتل أكثر من 500 شخص بين عامي 2019 و2023.")).extracting(Claim::scope)
                    .containsExactly(Scope.WIDER);
            assertThat(claims("Nearly 3.5 million people are internally displaced in the country."))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
            // a count between two numbers is no period, nor are two sides that fought on a date
            assertThat(claims("وقتل ما بين 1900 و2000 شخص.")).extracting(Claim::scope)
                    .containsExactly(Scope.INCIDENT);
            assertThat(claims("وقتل 5 في اشتباكات اندلعت بين الجيش والدعم السريع في الخرطوم يوم 15 أبريل.",
                    "2025-05-01")).extracting(Claim::scope).containsExactly(Scope.INCIDENT);
        }

        @Test
        void armiesWordsSlaughterBeheadingAndDeathsDeclared() {
            assertThat(claims("أسفرت العملية عن إرسال 11 من الخوارج إلى الجحيم.")).extracting(Claim::kind, Claim::group)
                    .containsExactly(tuple(Kind.KILLED, Group.MILITANTS));
            assertThat(claims("وقالت المصادر إن جنديين «نالا الشهادة» في الاشتباكات.")).extracting(Claim::kind)
                    .containsExactly(Kind.KILLED);
            assertThat(claims("وذكر سكان أن المهاجمين قطعوا رؤوس ثلاثة عشر رجلاً.")).extracting(Claim::kind)
                    .containsExactly(Kind.KILLED);
            assertThat(claims("وذبح المسلحون 7 قرويين.")).extracting(Claim::kind, Claim::group)
                    .containsExactly(tuple(Kind.KILLED, Group.CIVILIANS));
            assertThat(claims("وأصيب 30 شخصاً، بينهم 6 أُعلن وفاتهم لدى الوصول إلى المستشفى."))
                    .extracting(Claim::kind).containsExactly(Kind.INJURED, Kind.KILLED);
            assertThat(claims("The fighting forced more than 400,000 people to flee their homes."))
                    .extracting(Claim::kind).containsExactly(Kind.DISPLACED);
        }

        @Test
        void partsAndOthersTakeTheirAntecedentsGroup() {
            assertThat(claims("وأسفر القصف عن مقتل ٤٧ مدنياً، بينهم ١٢ طفلاً و٩ نساء، وإصابة العشرات."))
                    .extracting(Claim::group).containsOnly(Group.CIVILIANS);
            assertThat(claims("وأسفر الهجوم عن استشهاد ضابط وجنديين، وإصابة أربعة مقاتلين آخرين."))
                    .extracting(Claim::group).containsOnly(Group.SECURITY_FORCES);
            assertThat(claims("وأسفر الانفجار عن 23 مصاباً، إصابات 6 منهم خطيرة.")).extracting(Claim::group)
                    .containsOnly(Group.ALL);
            assertThat(claims("قتل 5 جنود وأصيب 3 مدنيين آخرين.")).extracting(Claim::group)
                    .containsExactly(Group.SECURITY_FORCES, Group.CIVILIANS);
        }

        @Test
        void aStatementsDescriptionStandsBetweenItAndItsBody() {
            assertThat(claims("ارتفعت حصيلة قتلى الجيش المالي، فجر الثلاثاء الماضي، إلى 13 جندياً، وفق بيان جديد لهيئة"
                    + " الأركان العامة للجيوش صدر مساء الخميس.", "2025-07-24"))
                    .extracting(c -> c.source().text()).containsExactly("هيئة الأركان العامة للجيوش");
        }

        @Test
        void aNumberAmongTheDeadAfterItIsAPartOfTheTollBefore() {
            List<Claim> found = claims("وقتل 9 مدنيين في القصف. وقالت منظمة الأمم المتحدة للطفولة (يونيسف)، في بيان،"
                    + " إن ثلاثة أطفال على الأقل كانوا بين القتلى.");
            assertThat(found.get(1).partOf()).isEqualTo(found.get(0).id());
        }

        @Test
        void youngMenStudentsAndKidnappersAndWhatCountsNoOne() {
            assertThat(claims("واعتقلت القوات 15 شاباً من البلدة.")).extracting(Claim::group)
                    .containsExactly(Group.CIVILIANS);
            assertThat(claims("Gunmen abducted nine students, and one of the kidnappers was killed."))
                    .extracting(Claim::kind, Claim::group, c -> c.value().low())
                    .containsExactly(tuple(Kind.KILLED, Group.MILITANTS, 1L));
            assertThat(claims("وأسفرت الاشتباكات عن مصرع وإصابة العشرات منهم.")).isEmpty();
            assertThat(claims("واحترقت أكثر من 70 خيمة، ونفذت القوات أكثر من 50 دورية.")).isEmpty();
            assertThat(claims("The Nigerian army said 5 soldiers were killed.")).extracting(c -> c.source().entity())
                    .containsExactly("grp:nigerian-army");
        }

        @Test
        void aClauseThatGoesOnTakesItsSentencesPeriod() {
            String published = "2025-05-01";
            assertThat(claims("ومنذ أكتوبر 2017 أودى النزاع بحياة أكثر من ستة آلاف شخص، وأجبر نحو 1.3 مليون على الفرار.",
                    published)).extracting(Claim::kind, Claim::scope).containsExactly(
                    tuple(Kind.KILLED, Scope.WIDER), tuple(Kind.DISPLACED, Scope.WIDER));
            assertThat(claims("وخلال عام 2024 قتل أكثر من ألف شخص، فيما أصيب نحو ألفين آخرين.", published))
                    .extracting(Claim::scope).containsOnly(Scope.WIDER);
            assertThat(claims("وقتل 5 أشخاص في القصف، فيما أصيب 12 آخرون.", published)).extracting(Claim::scope)
                    .containsOnly(Scope.INCIDENT);
        }

        @Test
        void aNumberAfterTheWordForYearIsAYearOnlyWhenItLooksLikeOne() {
            assertThat(claims("وقتل منذ بداية العام 300 شخص.", "2025-05-01"))
                    .extracting(c -> c.value().low(), Claim::scope).containsExactly(tuple(300L, Scope.WIDER));
            assertThat(claims("وفي عام 2019 قتل 26 شخصاً.", "2025-05-01")).extracting(c -> c.value().low())
                    .containsExactly(26L);
        }

        @Test
        void thoseHeldWhoFleeEscape() {
            assertThat(claims("وأقدم 3 نزلاء على الفرار من السجن.")).extracting(Claim::kind, Claim::group)
                    .containsExactly(tuple(Kind.ESCAPED, Group.DETAINEES));
        }

        @Test
        void aTallyAndItsDescriptionBeforeItsBody() {
            assertThat(claims("وتشير تقديرات الوحدة التنفيذية لإدارة مخيمات النازحين إلى أن نحو 340 أسرة نزحت."))
                    .extracting(c -> c.source().text()).containsExactly("الوحدة التنفيذية لإدارة مخيمات النازحين");
            assertThat(claims("وتشير التقديرات إلى أن نحو 340 أسرة نزحت.")).extracting(Claim::source).containsOnlyNulls();
            assertThat(claims("وأفادت حصيلة أولية للدفاع المدني بمقتل 5.")).extracting(c -> c.source().text())
                    .containsExactly("الدفاع المدني");
            assertThat(claims("وقتل 5 بحسب حصيلة جديدة للمرصد السوري لحقوق الإنسان."))
                    .extracting(c -> c.source().entity()).containsExactly("org:sohr");
            assertThat(claims("وقتل 5 مدنيين وفق ما أكده مسؤول في لجنة الأسرى.")).extracting(c -> c.source().text())
                    .containsExactly("مسؤول في لجنة الأسرى");
        }

        @Test
        void theAttackingPartysSize() {
            assertThat(claims("وقال المصدر إن المجموعة المهاجمة، المؤلفة من نحو 15 مسلحاً، انسحبت."))
                    .extracting(Claim::kind, Claim::group).containsExactly(tuple(Kind.ATTACKERS, Group.MILITANTS));
            assertThat(claims("The attackers, \"numbering over 50 and heavily armed\", stormed the school."))
                    .extracting(Claim::kind).containsExactly(Kind.ATTACKERS);
        }

        @Test
        void aStatementRelayedAsToldBeforeTheReportHasNoDayOfItsOwn() {
            assertThat(claims("وكانت هيئة الأركان قد أعلنت في بيانها الأول مقتل تسعة جنود.", "2025-07-25"))
                    .extracting(Claim::asOf).containsOnlyNulls();
            assertThat(claims("The army had earlier said nine soldiers died.", "2025-07-25"))
                    .extracting(c -> c.source().text(), Claim::asOf).containsExactly(tuple("The army", null));
            // one it dates keeps its day
            assertThat(claims("وكانت مصلحة الإصلاح النيجيرية قد أعلنت الأحد فرار 63 سجيناً.", "2025-08-12"))
                    .extracting(Claim::asOf).containsExactly("2025-08-10");
            assertThat(claims("وقتل 5 جنود في الهجوم.", "2025-07-25")).extracting(Claim::asOf)
                    .containsExactly("2025-07-25");
        }

        @Test
        void aPlaceAfterDirectionsFromAnotherNameIsAReferenceAndATownFledToIsIncidental() {
            Document d = new Document("d-test", "t.txt", null, "0", "text/plain", "ar", null, "2025-10-15", null, null,
                    DocumentStatus.PROCESSED, null, "قتل 7 جنود في منطقة الحديد بناحية ابي صيدا شمال شرقي بعقوبة، وقتل 3"
                    + " مدنيين في شمال إدلب. وفر آلاف السكان من أحياء جنوب الخرطوم. وقتل جنديان في ربيئة عسكرية شمال غربي"
                    + " كركوك. Some 300 residents have fled to the town of Niono.");
            assertThat(extractor.extract(d).mentions().stream().filter(m -> m.entity().startsWith("loc:")))
                    .extracting(Mention::entity, Mention::role).containsExactly(
                            tuple("loc:baqubah", Mention.Role.INCIDENTAL),
                            tuple("loc:idlib", Mention.Role.FIGURE),
                            // a direction after a noun that names no place places the figure there
                            tuple("loc:khartoum", Mention.Role.FIGURE),
                            // a bearing of two words measures from the place
                            tuple("loc:kirkuk", Mention.Role.INCIDENTAL),
                            tuple("loc:niono", Mention.Role.INCIDENTAL));
        }

        @Test
        void aTallyItsIssuerAnnouncedAndAPronounThatAcknowledged() {
            assertThat(claims("وأسفر الهجوم عن مقتل خمسة أشخاص وإصابة ثمانية، بحسب حصيلة أولية أعلنتها السلطة المحلية."))
                    .extracting(c -> c.source().text()).containsOnly("السلطة المحلية");
            assertThat(claims("The army said 5 soldiers died. It acknowledged seven dead among its ranks and 11"
                    + " wounded.")).extracting(c -> c.source().text()).containsOnly("The army");
        }

        @Test
        void aLocalLeaderOrNotableSpeaks() {
            assertThat(claims("وقال أحد وجهاء القرية إن 5 قتلوا.")).extracting(c -> c.source().text())
                    .containsExactly("أحد وجهاء القرية");
            assertThat(claims("وقتل 14 شخصاً وفق ما أفاد به زعيم محلي يدعى أنطونيو مويدا لوكالة فرانس برس."))
                    .extracting(c -> c.source().text()).allMatch(t -> t.startsWith("زعيم محلي"));
        }

        @Test
        void aBareTollYieldsToATotalToPeopleNamedBeforeAndToAmongTheDead() {
            assertThat(claims("وقال الجيش إن 20 مسلحاً قتلوا، وأن جثث ما لا يقل عن ١٥ منهم لا تزال في أرض المعركة."))
                    .extracting(Claim::group).containsOnly(Group.MILITANTS);
            assertThat(claims("وكان بين القتلى آمر كتيبة ميدانية وأربعة من عناصره.")).extracting(Claim::group)
                    .doesNotContain(Group.ALL);
        }

        @Test
        void whoEscapedTheirCaptorsEscapedAndWeightsCountNoOne() {
            assertThat(claims("Police said nine students who had escaped from their captors returned home."))
                    .extracting(Claim::kind).containsExactly(Kind.ESCAPED);
            assertThat(claims("وضبط بحوزتهم (٢٠) كغم من المتفجرات.")).isEmpty();
        }

        @Test
        void anAgencysDatelineBeforeItsCityIsIncidental() {
            Document d = new Document("d-test", "t.txt", null, "0", "text/plain", "ar", null, "2025-04-06", null, null,
                    DocumentStatus.PROCESSED, null, "وطنية - بنت جبيل - شن الطيران الحربي المعادي مساء اليوم، غارة"
                    + " استهدفت منزلاً في بلدة برعشيت، ما أدى إلى مقتل شخصين.");
            assertThat(extractor.extract(d).mentions().stream().filter(m -> m.entity().startsWith("loc:")))
                    .extracting(Mention::entity, Mention::role).containsExactly(
                            tuple("loc:bint-jbeil", Mention.Role.INCIDENTAL), tuple("loc:baraachit", Mention.Role.FIGURE));
        }

        @Test
        void aBodyNamedAgainBeforeHowItSpokePointsBack() {
            assertThat(claims("وقالت هيئة الحشد الشعبي إن 4 قتلوا. وذكرت الهيئة في بيان تلقته وكالة الأنباء العراقية"
                    + " (واع)، أن 3 أصيبوا.")).extracting(c -> c.source().entity()).containsOnly("grp:pmf");
        }

        @Test
        void theFormOfATollIsNotItsSpeaker() {
            assertThat(claims("قالت وزارة الصحة في ولاية سنار في أحدث حصيلة لها إن عدد القتلى ارتفع إلى 31."))
                    .extracting(c -> c.source().text()).containsExactly("وزارة الصحة في ولاية سنار");
            assertThat(claims("قالت وزارة الصحة في آخر بيان لها إن 5 قتلوا."))
                    .extracting(c -> c.source().text()).containsExactly("وزارة الصحة");
        }
    }

    /** Constructions of the unseen reports of round h15 (live blogs, denials, tolls since a truce, asides). */
    @Nested
    class NinthReader {

        @Test
        void aNumberAfterItsNounCountsThatNoun() {
            assertThat(claims("وقال إن جميع المسلحين الـ33 الذين اعتلوا القطار قُتلوا.")).extracting(Claim::group)
                    .containsExactly(Group.MILITANTS);
            // before a group named after the number
            assertThat(claims("وقتلت غارة مماثلة على سيارة مدنيين اثنين وعنصراً في «حزب الله».")).extracting(Claim::group)
                    .first().isEqualTo(Group.CIVILIANS);
            // a definite number after a thing counts no one
            assertThat(claims("وصل 57 شهيداً إلى مستشفيات القطاع خلال الساعات الـ24 الماضية."))
                    .extracting(c -> c.value().low()).containsExactly(57L);
        }

        @Test
        void passengersFrontierCorpsAndTheBodiesOfYoungMenAreGroups() {
            assertThat(claims("وأضاف أن 21 راكباً لقوا حتفهم على أيدي المسلحين، إلى جانب أربعة من عناصر الفيلق الحدودي"
                    + " قُتلوا.")).extracting(Claim::group).containsExactly(Group.CIVILIANS, Group.SECURITY_FORCES);
            assertThat(claims("وعثر الأهالي على جثتي شابين مقتولين.")).extracting(Claim::group)
                    .containsExactly(Group.CIVILIANS);
            assertThat(claims("وقال إن المستشفى استقبل 23 جثماناً.")).extracting(Claim::group).containsExactly(Group.ALL);
            assertThat(claims("قتل 5 من عناصر متطوعي الدفاع عن الوطن في الهجوم.")).extracting(Claim::group)
                    .containsExactly(Group.SECURITY_FORCES);
            assertThat(claims("وأصيب 8 أشخاص، بينهم اثنان من المارة.")).extracting(Claim::group)
                    .containsExactly(Group.ALL, Group.CIVILIANS);
            // "the region's government" of one report is no other region's: not the KRG
            assertThat(claims("قال المتحدث باسم حكومة إقليم بلوشستان إن 5 قتلوا.")).extracting(c -> c.source().entity())
                    .containsOnlyNulls();
        }

        @Test
        void aBreakdownBetweenATotalAndItsVerbIsSkippedWithItsNumber() {
            List<Claim> toll = claims("وقال المركز إن أكثر من 780 شخصاً، بينهم نحو 300 من عناصر الأمن، قُتلوا في أعمال"
                    + " عنف.");
            assertThat(toll).extracting(Claim::kind, Claim::group, c -> c.value().low()).containsExactly(
                    tuple(Kind.KILLED, Group.ALL, 780L), tuple(Kind.KILLED, Group.SECURITY_FORCES, 300L));
            assertThat(toll.get(1).partOf()).isEqualTo(toll.get(0).id());
        }

        @Test
        void woundedWhoDiedAreKilledAndVictimsUnderTheRubbleAreMissing() {
            assertThat(claims("وقال إن المستشفى استقبل 47 جريحاً، مشيراً إلى أن ثلاثة من الجرحى فارقوا الحياة."))
                    .extracting(Claim::kind, c -> c.value().low())
                    .containsExactly(tuple(Kind.INJURED, 47L), tuple(Kind.KILLED, 3L));
            // after a toll of the dead, they are some of it
            List<Claim> toll = claims("ارتفعت حصيلة ضحايا الصاروخ إلى سبعة قتلى. وقال مدير مكتب الصحة إن ثلاثة من الجرحى"
                    + " توفوا خلال الليل متأثرين بإصاباتهم.");
            assertThat(toll).extracting(Claim::kind).containsExactly(Kind.KILLED, Kind.KILLED);
            assertThat(toll.get(1).partOf()).isEqualTo(toll.get(0).id());
            assertThat(claims("وارتفعت الحصيلة إلى 56 ألفاً و77 شهيداً، فيما لا يزال آلاف الضحايا تحت الركام."))
                    .extracting(c -> c.value().low()).containsExactly(56077L);
        }

        @Test
        void aSpeakerNamedBeforeAnApositionStillSpeaks() {
            assertThat(claims("وقال أحد السكان، الذي طلب عدم ذكر اسمه خوفاً من الملاحقة، إن عدد القتلى بلغ 30."))
                    .extracting(c -> c.source().text()).containsExactly("أحد السكان");
            assertThat(claims("وقال شاهد، وهو مزارع، إن عدد القتلى بلغ 30.")).extracting(c -> c.source().text())
                    .containsExactly("شاهد");
        }

        @Test
        void aLongTitleRunsToWhatWasSaidAndTheInternallyDisplacedAreAStock() {
            assertThat(claims("قال المدير العام للعلاقات العامة في الجيش الباكستاني الفريق أحمد شريف تشودري إن 21 جندياً"
                    + " قُتلوا.")).extracting(c -> c.source().text()).containsExactly(
                            "المدير العام للعلاقات العامة في الجيش الباكستاني الفريق أحمد شريف تشودري");
            assertThat(claims("وتقدّر الأمم المتحدة عدد النازحين داخلياً في أمهرة بأكثر من 700 ألف شخص.", "2025-05-20"))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
            assertThat(claims("وأدى الهجوم إلى نزوح 500 شخص.", "2025-05-20")).extracting(Claim::scope)
                    .containsExactly(Scope.INCIDENT);
        }

        @Test
        void capturedSoldiersAnAttackThatCameAfterAnotherAndLivesClaimedByAnEarlierMassacre() {
            assertThat(claims("قالت فانو إن مقاتليها أسروا 11 جندياً.")).extracting(Claim::kind, Claim::partisan)
                    .containsExactly(tuple(Kind.RECAPTURED, true));
            assertThat(claims("The attack came a week after ISWAP said its fighters had killed 20 soldiers in a raid.",
                    "2025-04-08")).extracting(Claim::scope).containsExactly(Scope.EARLIER);
            assertThat(claims("إن هذه المليشيا التي ارتكبت مجزرة بشعة في القرية في 14 مايو الماضي، راح ضحيتها أكثر من"
                    + " 200 مواطن.", "2025-06-11")).extracting(Claim::scope).containsExactly(Scope.EARLIER);
        }

        @Test
        void anAsidesWordsAreItsOwnAndNeitherACampsPeopleNorATrainsPassengersAreAnEvent() {
            assertThat(claims("ويؤوي المخيم، وهو أكبر مخيمات النزوح في السودان، أكثر من 500 ألف نازح.", "2025-03-10"))
                    .extracting(Claim::kind, Claim::scope).containsExactly(tuple(Kind.DISPLACED, Scope.WIDER));
            assertThat(claims("وأوقف المسلحون القطار الذي كان يقل نحو 440 راكباً، وقتلوا 21 منهم."))
                    .extracting(Claim::kind, c -> c.value().low()).containsExactly(tuple(Kind.KILLED, 21L));
        }

        @Test
        void aRelativeClausesVerbDescribesTheCountedAndTheMainVerbCountsThem() {
            assertThat(claims("ويقول الجيش إن جميع المسلحين الـ33 الذين شاركوا في الهجوم قُتلوا خلال عملية التحرير."))
                    .extracting(Claim::kind, Claim::group).containsExactly(tuple(Kind.KILLED, Group.MILITANTS));
            // with no verb beyond it, the relative clause's verb is theirs
            assertThat(claims("ويقول الجيش إن المسلحين الـ33 الذين شاركوا في الهجوم.")).extracting(Claim::kind)
                    .containsExactly(Kind.ATTACKERS);
        }

        @Test
        void whoTheyAreAfterATotalArePartsOfIt() {
            List<Claim> toll = claims("قُتل 15 شخصا، هم 13 مدنيا وجنديان، في هجوم شنه متشددون على قرية حدودية.");
            assertThat(toll).extracting(Claim::kind).containsOnly(Kind.KILLED);
            assertThat(toll.get(1).partOf()).isEqualTo(toll.get(0).id());
        }

        @Test
        void aGroupClaimingThroughItsOutletAndWhatTheArmyAnnouncedAreNoSpeakers() {
            assertThat(claims("وتبنت جماعة نصرة الإسلام والمسلمين الهجوم في بيان نشرته مؤسسة الزلاقة التابعة لها، زاعمة"
                    + " أنها قتلت 60 من عناصر الجيش.")).extracting(c -> c.source().entity()).containsExactly("grp:jnim");
            assertThat(claims("أعلن الجيش انتهاء العملية، مؤكدا مقتل جميع المهاجمين الـ33."))
                    .extracting(c -> c.source().text()).containsExactly("الجيش");
            assertThat(claims("The military said 21 passengers and four Frontier Corps personnel had been killed."))
                    .extracting(Claim::group).containsExactly(Group.CIVILIANS, Group.SECURITY_FORCES);
        }

        @Test
        void peopleOfTwoGroupsJoinedByAndAreATotal() {
            assertThat(claims("The government said about 40 civilians and soldiers had been killed."))
                    .extracting(Claim::group).containsExactly(Group.ALL);
            assertThat(claims("قتل 5 من عناصر الشرطة والجيش.")).extracting(Claim::group)
                    .containsExactly(Group.SECURITY_FORCES);
        }

        @Test
        void someOverATenIsVague() {
            assertThat(claims("كما سلّم نيف وعشرون من أفراد المليشيا أنفسهم.")).extracting(c -> c.value().low(),
                    c -> c.value().high(), c -> c.value().qualifier()).containsExactly(tuple(21L, 29L, Qualifier.VAGUE));
            assertThat(claims("قتل خمسة وعشرون جندياً.")).extracting(c -> c.value().low()).containsExactly(25L);
            // one of the two is no two
            assertThat(claims("ونعى «حزب الله» في بيان لاحق أحد الشهيدين.")).extracting(c -> c.value().low())
                    .doesNotContain(2L);
            assertThat(claims("وأصيبت إحدى السيدتين بجروح.")).extracting(c -> c.value().low()).containsExactly(1L);
        }

        @Test
        void whoDeniesSpeaksOnButDoesNotStateWhatItDenies() {
            assertThat(claims("ونفت الوزارة ذلك، وقالت إن 5 جنود فقط قتلوا.")).extracting(c -> c.source().text())
                    .containsExactly("الوزارة");
            assertThat(claims("نفى مسؤول في مكتب الاتصال الحكومي استهداف المدنيين، وقال إن الضربة قتلت 20 مسلحاً."))
                    .extracting(c -> c.source().text()).containsExactly("مسؤول في مكتب الاتصال الحكومي");
            assertThat(claims("نفى الجيش مقتل 20 جندياً في الهجوم.")).extracting(Claim::source).containsOnlyNulls();
            assertThat(claims("The army denied the report and said five soldiers were killed."))
                    .extracting(c -> c.source().text()).containsExactly("The army");
            // a name that opens its clause, then its description set off by commas, then the verb
            assertThat(claims("Samuel Kassah, chairman of Bokkos LGA, told PREMIUM TIMES that 31 bodies had been"
                    + " recovered.")).extracting(c -> c.source().text()).containsExactly("Samuel Kassah");
        }

        @Test
        void aLiveBlogsSpeakerBeforeTheColonLeavesOutWhoWasTold() {
            assertThat(claims("08:15 - مصدر في مجمع ناصر الطبي بخان يونس للأناضول: وصول 6 شهداء و30 مصاباً."))
                    .extracting(c -> c.source().text()).containsOnly("مصدر في مجمع ناصر الطبي بخان يونس");
            // a number in words is no speaker
            assertThat(claims("ولا تشمل هذه المعطيات حالات الاعتقال من غزة التي تقدّر بالآلاف."))
                    .allSatisfy(c -> assertThat(c.source()).isNull());
        }

        @Test
        void tollsSinceATruceOrRisenPastAsidesAreWider() {
            assertThat(claims("وحصيلة الاعتداءات منذ وقف النار تتخطى 270 شهيداً.", "2025-06-01"))
                    .extracting(Claim::scope, c -> c.value().qualifier())
                    .containsExactly(tuple(Scope.WIDER, Qualifier.MORE_THAN));
            assertThat(claims("وارتفع عدد الشهداء بين صفوف الأسرى منذ بدء الحرب، ممن أُعلن عن هوياتهم، إلى 75 شهيداً.",
                    "2025-07-21")).extracting(Claim::scope).containsExactly(Scope.WIDER);
            assertThat(claims("وبذلك ترتفع حصيلة حالات الاعتقال في الضفة، بما فيها القدس، منذ بدء الحرب إلى أكثر من 18"
                    + " ألفاً و500 حالة.", "2025-07-21")).extracting(Claim::kind, Claim::scope)
                    .containsExactly(tuple(Kind.RECAPTURED, Scope.WIDER));
            // a toll that rose today is the incident's
            assertThat(claims("ارتفعت الحصيلة، وفق مصادر طبية، إلى 12 قتيلاً.", "2025-07-21"))
                    .extracting(Claim::scope).containsExactly(Scope.INCIDENT);
            // a tally going on after فيما keeps the period, and a verb of exceeding before a tally bounds it
            assertThat(claims("ارتفعت حصيلة الشهداء منذ سريان اتفاق وقف إطلاق النار إلى 276 شهيداً، فيما تخطى عدد الجرحى"
                    + " 620 جريحاً.", "2025-08-07")).extracting(Claim::scope, c -> c.value().qualifier()).containsExactly(
                            tuple(Scope.WIDER, Qualifier.EXACT), tuple(Scope.WIDER, Qualifier.MORE_THAN));
            assertThat(claims("قال المرصد إن 1000 قتلوا منذ بداية العام، فيما قتل 5 أشخاص اليوم.", "2025-08-07"))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER, Scope.INCIDENT);
            // a war described by a relative clause between it and its verb
            assertThat(claims("The insurgency, which began in northeast Nigeria in 2009, has killed some 40,000 people.",
                    "2025-04-08")).extracting(Claim::scope).containsExactly(Scope.WIDER);
            assertThat(claims("وكانت الحرب، التي اندلعت في 8 تشرين الأول 2023، قد أودت بحياة أكثر من 4 آلاف شخص.",
                    "2025-08-07")).extracting(Claim::scope).doesNotContain(Scope.INCIDENT);
            assertThat(claims("قتل 5 جنود في الهجوم، الذي وقع قرب المدينة، وأصيب 12 آخرون.", "2025-08-07"))
                    .extracting(Claim::scope).containsOnly(Scope.INCIDENT);
        }
    
        @Test
        void theItemsOfAListCountWhatItsLeadCountsAndArePartsOfTheTotalBefore() {
            List<Claim> list = claims("اعتقلت قوات الاحتلال 43 مواطناً على الأقل من الضفة. وتوزعت حالات الاعتقال على"
                    + " المحافظات على النحو الآتي:\n- الخليل: 14 مواطناً، بينهم طفلان.\n- نابلس: 9 مواطنين.\n");
            assertThat(list).extracting(Claim::kind, c -> c.value().low()).containsExactly(tuple(Kind.RECAPTURED, 43L),
                    tuple(Kind.RECAPTURED, 14L), tuple(Kind.RECAPTURED, 2L), tuple(Kind.RECAPTURED, 9L));
            assertThat(list).extracting(Claim::partOf).containsExactly(null, list.get(0).id(), list.get(1).id(),
                    list.get(0).id());
            // with no list before them, items of numbers alone count nothing
            assertThat(claims("- الخليل: 14 مواطناً.\n- نابلس: 9 مواطنين.\n")).isEmpty();
        }

        @Test
        void whoWasRelayedMadeTheClaimNotTheChannelThatRelayedIt() {
            Claim relayed = claims("نقلت قناة «المسيرة» التابعة للجماعة عن المتحدث باسم وزارة الصحة أنيس الأصبحي قوله إن"
                    + " الحصيلة ارتفعت إلى ١١ قتيلاً.").get(0);
            assertThat(relayed.source().entity()).isNull();
            assertThat(relayed.source().text()).endsWith("أنيس الأصبحي");
            // the relayer named before its verb, a time between the verb and its عن
            List<Claim> two = claims("وكانت وكالة الأناضول قد نقلت مساء الثلاثاء عن مسؤول في السكك الحديدية مقتل 6 أشخاص، قبل"
                    + " أن يعلن الجيش الأربعاء مقتل 21 راكبا.", "2025-04-17");
            // a railway official the gazetteer does not know made the first claim, not the agency
            assertThat(two).extracting(c -> c.source().entity()).containsExactly(null, null);
            assertThat(two.get(0).source().text()).contains("مسؤول في السكك الحديدية");
            assertThat(two.get(1).source().text()).isEqualTo("الجيش");
            assertThat(claims("وكانت وكالة الأناضول قد نقلت في وقت سابق عن مسؤول في الشرطة أن 8 أشخاص قتلوا.")
                    .get(0).source().text()).contains("مسؤول في الشرطة");
        }

        @Test
        void anArmedGroupsClaimOfAStatesLossesIsPartisan() {
            assertThat(claims("من جهتها، تبنت حركة الشباب المجاهدين التفجير في بيان، وزعمت أنها قتلت أكثر من 20 من عناصر"
                    + " الأمن.")).extracting(c -> c.source().entity(), Claim::partisan)
                    .containsExactly(tuple("grp:al-shabaab", true));
            // a state's count of the militants it killed, or a group's count of civilians, is no such claim
            assertThat(claims("وقال الجيش إنه قتل 20 من مسلحي حركة الشباب.")).extracting(Claim::partisan)
                    .containsExactly(false);
        }

        @Test
        void aVillageNoGazetteerKnowsIsAPlaceOfItsOwn() {
            Document d = new Document("d-test", "t.txt", null, "0", "text/plain", "ar", null, "2025-10-06", null, null,
                    DocumentStatus.PROCESSED, null, "قتل 26 مدنياً في هجوم على قرية أم صميمة غرب مدينة الأبيض.");
            assertThat(extractor.extract(d).mentions().stream().filter(m -> m.entity().startsWith("loc:")))
                    .extracting(Mention::text, Mention::role).containsExactly(
                            tuple("قرية أم صميمة", Mention.Role.FIGURE), tuple("مدينة الأبيض", Mention.Role.INCIDENTAL));
            assertThat(extractor.extract(d).mentions().get(0).entity()).startsWith("loc:u-");
        }

        @Test
        void theTownOfAHospitalTheWoundedAreTreatedInIsIncidental() {
            Document d = new Document("d-test", "t.txt", null, "0", "text/plain", "en", null, "2025-04-16", null, null,
                    DocumentStatus.PROCESSED, null, "An official said 43 others were injured and were being treated at the"
                    + " Combined Military Hospital in Quetta. An attack on a hospital in El Fasher killed 5.");
            assertThat(extractor.extract(d).mentions().stream().filter(m -> m.entity().startsWith("loc:")))
                    .extracting(Mention::entity, Mention::role).containsExactly(
                            tuple("loc:quetta", Mention.Role.INCIDENTAL), tuple("loc:el-fasher", Mention.Role.FIGURE));
        }

        @Test
        void whereTheDeadWereMournedIsIncidentalButAnAttackedFuneralIsNot() {
            Document d = new Document("d-test", "t.txt", null, "0", "text/plain", "ar", null, "2025-08-23", null, null,
                    DocumentStatus.PROCESSED, null, "وشيع الآلاف في مدينة باراتشينار ضحايا الهجوم على قافلة قرب بلدة"
                    + " باغان، بعدما ارتفعت الحصيلة إلى 25 قتيلا. وقتل 5 أشخاص في هجوم على جنازة في مدينة الفاشر.");
            assertThat(extractor.extract(d).mentions().stream().filter(m -> m.entity().startsWith("loc:")))
                    .extracting(Mention::text, Mention::role).containsExactly(
                            tuple("باراتشينار", Mention.Role.INCIDENTAL), tuple("بلدة باغان", Mention.Role.FIGURE),
                            tuple("الفاشر", Mention.Role.FIGURE));
        }

        @Test
        void whereAJourneyBeganAndADatelineAfterASlashAreIncidental() {
            Document d = new Document("d-test", "t.txt", null, "0", "text/plain", "ar", null, "2025-05-25", null, null,
                    DocumentStatus.PROCESSED, null, "واغادوغو/ الأناضول\n\nأوقف المسلحون القطار في طريقه من كويتا إلى"
                    + " بيشاور قرب ممر بولان في مقاطعة كاتشي، وقتلوا 5 جنود.");
            assertThat(extractor.extract(d).mentions().stream().filter(m -> m.entity().startsWith("loc:")))
                    .extracting(Mention::entity, Mention::role).containsExactly(
                            tuple("loc:ouagadougou", Mention.Role.INCIDENTAL), tuple("loc:quetta", Mention.Role.INCIDENTAL),
                            tuple("loc:peshawar", Mention.Role.INCIDENTAL), tuple("loc:bolan", Mention.Role.FIGURE),
                            tuple("loc:kachhi", Mention.Role.FIGURE));
        }
    
        @Test
        void mournersTheWoundedStillInCareAndACountHeldAgainstAnotherOfRoundR5() {
            List<Claim> funeral = claims("وشيع الآلاف في المدينة ضحايا الهجوم، بعدما ارتفعت الحصيلة إلى 25 قتيلا.");
            assertThat(funeral).extracting(c -> c.value().low()).containsExactly(25L);
            List<Claim> care = claims("وأصيب 30 شخصاً في الهجوم. وقال مسؤول إن 28 مصابا ما زالوا يتلقون العلاج.");
            assertThat(care).extracting(Claim::kind).containsExactly(Kind.INJURED, Kind.INJURED);
            assertThat(care.get(1).partOf()).isEqualTo(care.get(0).id());
            List<Claim> died = claims("وقال المسؤول إن 3 من الجنود المصابين توفوا متأثرين بجراحهم، ما رفع الحصيلة إلى 11.");
            assertThat(died).extracting(Claim::kind).containsOnly(Kind.KILLED);
            List<Claim> held = claims("ارتفع عدد القتلى إلى 40 قتيلا، بينهم 11 طفلا، فيما تتمسك الشرطة بحصيلة 27 قتيلا.");
            assertThat(held.get(2).partOf()).isNull();
            assertThat(held.get(2).source().text()).isEqualTo("الشرطة");
            assertThat(claims("وأودت أعمال العنف بآلاف الأرواح خلال العقدين الماضيين.", "2025-06-05"))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
            assertThat(claims("The attack came about seven weeks after gunmen killed 52 people in Zike.", "2025-06-05"))
                    .extracting(Claim::scope).containsExactly(Scope.EARLIER);
        }
    
        @Test
        void layoutsGeneratorsDisappearancesPopulationsAndMonthlyRoundupsOfRoundH16() {
            assertThat(claims("تمكنت وحدات الجيش من تحييد 5 إرهابيين، حسب التوزيع الآتي:")).extracting(Claim::source)
                    .containsOnlyNulls();
            assertThat(claims("حجزت الوحدات 18 مركبة و95 مولداً كهربائياً.")).isEmpty();
            assertThat(claims("رصدت المنظمة 41 حالة اعتقال تعسفي و9 حالات اختفاء قسري.")).extracting(c -> c.value().low())
                    .containsExactly(41L);
            assertThat(claims("ويعيش في المنطقة أكثر من 4 ملايين شخص، نصفهم تقريبا من النازحين.", "2025-06-01"))
                    .extracting(Claim::scope).containsOnly(Scope.WIDER);
            assertThat(claims("رصدت المنظمة خلال شهر مايو/أيار 2025 مقتل 34 شخصاً وإصابة 57 آخرين.", "2025-06-05"))
                    .extracting(Claim::scope).containsOnly(Scope.WIDER);
            assertThat(claims("قال تنظيم القاعدة إن مقاتليه قتلوا أكثر من عشرة من عناصر الحزام الأمني."))
                    .extracting(Claim::group, Claim::partisan).containsExactly(tuple(Group.SECURITY_FORCES, true));
            assertThat(claims("قتل سبعة من عناصر الأمن وستة من مقاتلي العشائر.")).extracting(Claim::group)
                    .containsExactly(Group.SECURITY_FORCES, Group.MILITANTS);
        }
    
        @Test
        void theNeutralisedSinceTheYearTheSamePeriodAndAnEarlierBlastsWoundedPastItsBreakdown() {
            assertThat(claims("وبذلك يرتفع عدد الإرهابيين الذين تم تحييدهم منذ بداية سنة 2025 إلى 18 إرهابياً، فيما سلّم 31"
                    + " إرهابياً أنفسهم خلال الفترة ذاتها.", "2025-03-19")).extracting(Claim::kind, Claim::scope)
                    .containsExactly(tuple(Kind.KILLED, Scope.WIDER), tuple(Kind.SURRENDERED, Scope.WIDER));
            assertThat(claims("ويأتي التفجير بعد شهر من تفجير مماثل أودى بحياة ٢٠ شخصاً، بينهم ١٨ امرأة، وأُصيب فيه ١٥"
                    + " آخرون.", "2025-06-01")).extracting(Claim::scope).containsOnly(Scope.EARLIER);
        }
    
        @Test
        void ofThemOpeningASentenceAreOfTheGroupTheSentenceBeforeCounted() {
            List<Claim> escape = claims("Forty-three detainees fled. Twenty-nine of them have been recaptured and three others"
                    + " handed themselves in.");
            assertThat(escape).extracting(Claim::kind, Claim::group).startsWith(
                    tuple(Kind.ESCAPED, Group.DETAINEES), tuple(Kind.RECAPTURED, Group.DETAINEES));
            assertThat(escape.get(2).kind()).isEqualTo(Kind.SURRENDERED);
        }
    
        @Test
        void amongTheDeadWithItsArticleIsSomeOfTheTollBefore() {
            List<Claim> toll = claims("At least nine people were killed. Three inmates were also among the dead, he said.");
            assertThat(toll.get(1).partOf()).isEqualTo(toll.get(0).id());
        }
    }
    /**
     * Constructions of the unseen reports of round r6 (a Puntland base, a Lake Chad island post, a Benue village, a
     * Kunduz mosque, Sinjar, a Haitian prison), each as a general rule.
     */
    @Nested
    class TenthReader {

        @Test
        void aRelativeClauseAfterATollNounDescribesTheAttackAndDoesNotCountTheNumber() {
            assertThat(claims("أعلنت وزارة الدفاع ارتفاع حصيلة قتلى الهجوم الذي شنه التنظيم على القاعدة إلى 14 جنديا."))
                    .extracting(Claim::kind, Claim::group).containsExactly(tuple(Kind.KILLED, Group.SECURITY_FORCES));
            // the attack's own count still counts who attacked
            assertThat(claims("وقتل 4 أشخاص في الهجوم الذي شنه 30 مسلحا.")).extracting(Claim::kind)
                    .containsExactly(Kind.KILLED, Kind.ATTACKERS);
            // a relative clause's word of no toll still describes its number; a clause that ended leaves the rule
            assertThat(claims("حين فجر المسلحون السكة الحديدية وأوقفوا القطار الذي كان يقل نحو 440 راكبا.")).isEmpty();
            assertThat(claims("ارتفعت حصيلة قتلى الجيش في الهجوم الذي استهدف موقعه العسكري، فجر الثلاثاء، إلى 13 جندياً،"
                    + " بعد وفاة أربعة من الجرحى متأثرين بإصاباتهم.")).extracting(Claim::kind)
                    .containsExactly(Kind.KILLED, Kind.KILLED);
        }

        @Test
        void anOutletBeforeItsVerbSpeaks() {
            assertThat(claims("وكان موقع الصومال الجديد قد أفاد في وقت سابق بمقتل 6 جنود وإصابة 9 آخرين في الهجوم."))
                    .extracting(c -> c.source().text()).containsOnly("موقع الصومال الجديد");
            assertThat(claims("وذكرت صحيفة الشرق الأوسط أن 5 أشخاص قتلوا.")).extracting(c -> c.source().text())
                    .containsExactly("صحيفة الشرق الأوسط");
        }

        @Test
        void theStatementASpeakerSaidItInIsNoSpeakerAndTheDeadAndWoundedTogetherAreNoToll() {
            assertThat(claims("وأصدرت الوزارة بيانا قالت فيه إن 10 جنود قتلوا.")).extracting(Claim::source)
                    .containsOnlyNulls();
            assertThat(claims("وتبنى التنظيم الهجوم في بيان، قال فيه إن انتحاريا فجر حزامه الناسف ما أدى إلى هلاك وإصابة"
                    + " نحو 100 منهم.")).isEmpty();
        }

        @Test
        void whatTheClauseBeforeNamesAndASpeakerSaysItCausedTakesThatClausesPeriodOrIncident() {
            assertThat(claims("ويشن الجيش منذ أواخر العام الماضي عمليات ضد الجماعة، قال إنها أسفرت عن مقتل أكثر من 300"
                    + " مسلح.")).extracting(Claim::scope).containsExactly(Scope.WIDER);
            assertThat(claims("ويأتي الهجوم بعد أيام من هجوم على قرية مبالوم بالولاية ذاتها، قالت السلطات إنه أسفر عن"
                    + " مقتل 27 شخصا.")).extracting(Claim::scope).containsExactly(Scope.EARLIER);
            assertThat(claims("Officials say the campaign has killed more than 300 militants so far."))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
            // the incident's own attack, told in the clause before, stays the incident's
            assertThat(claims("وهاجم مسلحون القرية فجر الأحد، وقال مسؤول محلي إنه أسفر عن مقتل 12 شخصا."))
                    .extracting(Claim::scope).containsExactly(Scope.INCIDENT);
        }

        @Test
        void aGroupNamedAfterTheAttackABareNumberDiedInNamesWhoAttacked() {
            assertThat(claims("وأصيب 15 في الهجوم الذي تبناه تنظيم داعش.")).extracting(Claim::group)
                    .doesNotContain(Group.MILITANTS);
            assertThat(claims("وقتل 15 في صفوف المسلحين في الهجوم.")).extracting(Claim::group)
                    .containsExactly(Group.MILITANTS);
        }

        @Test
        void anIslandIsAPlaceOfItsOwnAndANameBeginningWithKafIsNoOtherName() {
            Document d = new Document("d-test", "t.txt", null, "0", "text/plain", "ar", null, "2025-04-14", null, null,
                    DocumentStatus.PROCESSED, null, "قُتل 8 جنود على الأقل في هجوم على موقع للجيش في جزيرة كايغا كنجيريا.");
            assertThat(extractor.extract(d).mentions()).extracting(Mention::entity)
                    .allMatch(e -> e.startsWith("loc:u-")).isNotEmpty();
        }
    }
    /**
     * Constructions of the unseen articles of round h17 (Daraa, Sinjar, Lamu, Raqqa, the Homs desert, an OCHA update,
     * Makala, a Baidoa live blog, al-Bayda, the Jordanian border, Basra, Diffa), each as a general rule.
     */
    @Nested
    class EleventhReader {

        @Test
        void fromOneNumberToAnotherAfterANounOfWhatBefellPeopleIsARange() {
            assertThat(claims("وأعلنت القيادة اعتقال من 20 إلى 30 شخصاً من المتورطين.")).extracting(
                    c -> c.value().low(), c -> c.value().high(), c -> c.value().qualifier())
                    .containsExactly(tuple(20L, 30L, Qualifier.VAGUE));
            assertThat(claims("وتتحدث حصيلة غير رسمية عن سقوط من 5 إلى 7 قتلى.")).extracting(c -> c.value().high())
                    .containsExactly(7L);
            // a toll that rose from one to the other is no range
            assertThat(claims("وارتفعت الحصيلة من 5 إلى 7 قتلى.")).extracting(c -> c.value().qualifier())
                    .doesNotContain(Qualifier.VAGUE);
        }

        @Test
        void mayIsAMonthBeforeAYearOrADay() {
            assertThat(claims("In May 2019, at least 11 inmates escaped.", "2025-07-01")).extracting(Claim::scope)
                    .containsExactly(Scope.EARLIER);
            assertThat(claims("The toll may rise, officials said, after 12 people were killed.", "2025-07-01"))
                    .extracting(Claim::asOf).containsExactly("2025-07-01");
        }

        @Test
        void aDualAfterTheNumeralTwoRepeatsIt() {
            assertThat(claims("وأصيب اثنان آخران في عمليات اغتيال.")).extracting(Claim::kind)
                    .containsExactly(Kind.INJURED);
        }

        @Test
        void aForceFormedWhoNeedAidAndDrugsCountedByTheBlockAreNoTolls() {
            assertThat(claims("ويقضي الاتفاق بإخراج الفصائل من القضاء وتشكيل قوة محلية من 2500 عنصر.")).isEmpty();
            assertThat(claims("تحتاج 12,000 أسرة إلى خدمات المياه والصرف الصحي في مواقع النزوح.")).isEmpty();
            assertThat(claims("وجرى ضبط 140 ألف حبة كبتاغون و320 كف حشيش.")).isEmpty();
            assertThat(claims("ونزحت 500 أسرة وهي بحاجة إلى مساعدات.")).extracting(Claim::kind)
                    .containsExactly(Kind.DISPLACED);
        }

        @Test
        void whatACorrectionReplacesIsNoClaim() {
            assertThat(claims("تصحيح: ورد في تحديث سابق أن عدد القتلى بلغ 25، والصحيح أن المصدر تحدث عن 15 قتيلا."))
                    .extracting(c -> c.value().low()).containsExactly(15L);
        }

        @Test
        void aPeriodAfterABreakdownOrNamedAgainOrAnAdditionScopesTheFiguresBeforeIt() {
            assertThat(claims("أدت الألغام إلى استشهاد ١٣٨ شخصاً، بينهم ٢٧ طفلاً، وإصابة ٢٠٢ آخرين في مختلف المحافظات منذ"
                    + " الثامن من كانون الأول ٢٠٢٤.", "2025-03-09")).extracting(Claim::scope).containsOnly(Scope.WIDER);
            assertThat(claims("نزحت 3,200 أسرة منذ 10 آذار/مارس. وقُتل ما لا يقل عن 27 مدنياً في الولاية منذ التاريخ"
                    + " نفسه.", "2025-03-27")).extracting(Claim::scope).containsOnly(Scope.WIDER);
            assertThat(claims("وأوضحت المنظمة أنها وثقت منذ مطلع العام الجاري مقتل 63 مدنياً وإصابة 118 آخرين جراء القصف،"
                    + " ثلثهم من الأطفال، إضافة إلى 210 حالات اعتقال تعسفي.", "2025-05-07")).extracting(Claim::scope)
                    .containsOnly(Scope.WIDER);
            assertThat(claims("Some 14,000 people fled their homes in the region in the past three months alone, the"
                    + " agency said.", "2025-05-19")).extracting(Claim::scope).containsExactly(Scope.WIDER);
            // an addition to an incident's toll stays the incident's
            assertThat(claims("قتل 5 أشخاص في الهجوم، إضافة إلى 3 جرحى.", "2025-05-07")).extracting(Claim::scope)
                    .containsOnly(Scope.INCIDENT);
        }

        @Test
        void aSpeakerBeforeAColonSpeaksAndAQuoteGoesOnWithTheSpeakerJustBefore() {
            assertThat(claims("وقال مصدر في الشرطة إن الحصيلة بلغت ثلاثة قتلى. وقال القائممقام عباس الحلفي: \"الوضع صعب"
                    + " جداً\". وأضاف: \"عدنا لحد الآن خمس شهداء\".")).extracting(c -> c.source().text())
                    .containsExactly("مصدر في الشرطة", "القائممقام عباس الحلفي");
            assertThat(claims("\"The gunmen opened fire,\" Rono told reporters. \"We lost six officers and two others"
                    + " were seriously injured.\"")).extracting(Claim::kind, c -> c.source().text())
                    .containsExactly(tuple(Kind.KILLED, "Rono"), tuple(Kind.INJURED, "Rono"));
            // a quote after a sentence that named no speaker is the outlet's to attribute
            assertThat(claims("Gunmen opened fire on the convoy. \"We lost six officers.\"")).extracting(Claim::source)
                    .containsOnlyNulls();
        }

        @Test
        void aResultAndAListGoOnWithTheTimeOfTheirClause() {
            assertThat(claims("In July 2020, fighters stormed the base, killing three Americans.", "2025-01-08"))
                    .extracting(Claim::scope).containsExactly(Scope.EARLIER);
            assertThat(claims("Gunmen stormed the village on Monday, killing 12 people and wounding 5.", "2025-01-08"))
                    .extracting(Claim::scope).containsOnly(Scope.INCIDENT);
            assertThat(claims("ففي مايو 2022، أسفرت معارك مماثلة عن مقتل جندي واحد وأكثر من 10 من مسلحي الوحدات، ونزوح"
                    + " ما يزيد على 10 آلاف شخص.", "2025-03-18")).extracting(Claim::scope).containsOnly(Scope.EARLIER);
            assertThat(claims("قتل 5 أشخاص في الهجوم، وإصابة 10 آخرين.", "2025-03-18")).extracting(Claim::scope)
                    .containsOnly(Scope.INCIDENT);
        }

        @Test
        void theActiveVerbOfWoundingInThePluralAndAnUnnamedSourceInAPlaceOfThreeWordsBeforeItsVerb() {
            assertThat(claims("قتل المسلحون ثلاثة عناصر وأصابوا اثنين آخرين.")).extracting(Claim::kind)
                    .containsExactly(Kind.KILLED, Kind.INJURED);
            assertThat(claims("لكن مصدراً طبياً في مستشفى الهارثة العام أكد أن المستشفى استقبل جثث خمسة أشخاص."))
                    .extracting(c -> c.source().text()).containsExactly("مصدراً طبياً في مستشفى الهارثة العام");
        }

        @Test
        void teachersAndAPeopleAreCiviliansAndAStatesMilitiasItsForces() {
            assertThat(claims("Two teachers were shot dead near the border town.")).extracting(Claim::group)
                    .containsExactly(Group.CIVILIANS);
            assertThat(claims("قتل التنظيم أكثر من 5 آلاف إيزيدي.")).extracting(Claim::group)
                    .containsExactly(Group.CIVILIANS);
            assertThat(claims("وقالت الحركة إن مقاتليها قتلوا أكثر من 30 من عناصر الميليشيات الحكومية."))
                    .extracting(Claim::group).containsExactly(Group.SECURITY_FORCES);
        }
    }
    /**
     * Constructions of the unseen reports of round r7 (a wedding struck in a Sennar village, a Tillaberi ambush, Bakara
     * market, an IS attack near Tikrit, a Zliten prison riot, a Taiz market), each as a general rule.
     */
    @Nested
    class TwelfthReader {

        @Test
        void aVillageOfSudansSonOfNamesIsAPlaceInEitherScript() {
            Document ar = new Document("d-ar", "a.txt", null, "0", "text/plain", "ar", null, "2025-06-15", null, null,
                    DocumentStatus.PROCESSED, null, "قتل 24 شخصا في قرية ود النعيم بمحلية السوكي.");
            Document en = new Document("d-en", "e.txt", null, "0", "text/plain", "en", null, "2025-06-15", null, null,
                    DocumentStatus.PROCESSED, null, "A drone struck a wedding in the village of Wad al-Naeem, killing 22.");
            String village = extractor.extract(ar).mentions().get(0).entity();
            assertThat(village).startsWith("loc:u-");
            assertThat(extractor.extract(en).mentions()).extracting(Mention::entity).containsExactly(village);
        }

        @Test
        void wherePressConferencesAreHeldIsIncidental() {
            Document d = new Document("d-test", "t.txt", null, "0", "text/plain", "ar", null, "2025-06-17", null, null,
                    DocumentStatus.PROCESSED, null, "وقال مسؤول في مؤتمر صحفي بمدينة سنار إن 12 جريحاً في حالة حرجة.");
            assertThat(extractor.extract(d).mentions()).extracting(Mention::role).containsOnly(Mention.Role.INCIDENTAL);
        }

        @Test
        void aClauseDescribingTheCountedPeopleSaysWhatBefellThem() {
            assertThat(claims("أعلنت الوزارة ارتفاع عدد السجناء الذين أعيد القبض عليهم بعد فرارهم من السجن إلى 52 سجيناً."))
                    .extracting(Claim::kind).containsExactly(Kind.RECAPTURED);
        }

        @Test
        void aTollThatReachedAFigureIsAsOfTheDayItWasTold() {
            assertThat(claims("أعلنت الحكومة، الثلاثاء، أن الحصيلة النهائية للقصف على القرية مساء السبت بلغت 24 قتيلاً.",
                    "2025-06-17")).extracting(Claim::asOf).containsExactly("2025-06-17");
        }

        @Test
        void thePoliceThatGuardsPrisonsIsPrisonStaff() {
            assertThat(claims("أسفرت أعمال الشغب في السجن عن مقتل أحد أفراد الشرطة القضائية وإصابة 6 آخرين."))
                    .extracting(Claim::group).containsOnly(Group.PRISON_STAFF);
        }
    }
    /** Constructions of the unseen articles of round h18, each as a general rule. */
    @Nested
    class ThirteenthReader {

        @Test
        void aSpeakerBeforeItsVerbAfterKanaOrButAndGovernorsAndMediaOfficesSpeak() {
            assertThat(claims("وكانت البعثة قد قالت إن المواجهات تسببت في نزوح 2500 شخص.")).extracting(c -> c.source().text())
                    .containsExactly("البعثة");
            assertThat(claims("لكن مدير مستشفى مصراتة المركزي قال إن المستشفى استقبل جثث 6 أشخاص."))
                    .extracting(c -> c.source().text()).containsExactly("مدير مستشفى مصراتة المركزي");
            assertThat(claims("أعلن والي القضارف استشهاد ستة مواطنين.")).extracting(c -> c.source().text())
                    .containsExactly("والي القضارف");
            // who announced the first figure, not the figure, announced the second
            assertThat(claims("أعلن الجيش مقتل 5 جنود، قبل أن يرتفع العدد إلى 7 قتلى.")).extracting(c -> c.source().text())
                    .containsOnly("الجيش");
            assertThat(claims("وقال مسؤول في الشرطة المحلية لمراسل الأناضول إن 4 أطفال قتلوا."))
                    .extracting(c -> c.source().text()).containsExactly("مسؤول في الشرطة المحلية");
        }

        @Test
        void theBodyThatMadeACountSpeaks() {
            assertThat(claims("ووفق إحصائية أعدها مركز محلي، فإن الهجمات أودت بحياة 60 جنديا.")).extracting(
                    c -> c.source().text()).containsExactly("مركز محلي");
            assertThat(claims("أسفرت المرحلة الأولى عن تحييد أكثر من 300 إرهابي، بحسب الحصيلة التي أعلنها رئيس الجمهورية."))
                    .extracting(c -> c.source().text()).containsExactly("رئيس الجمهورية");
            assertThat(claims("At least 40 people were killed, according to a tally by the Nigeria Risk Index."))
                    .extracting(c -> c.source().text()).containsExactly("Nigeria Risk Index");
        }

        @Test
        void inEnglishWhomASpeakerTalksOfIsNoSpeakerAndANamesAgeIsNoToll() {
            assertThat(claims("The ministry said the army had killed around 30 terrorists.")).extracting(
                    c -> c.source().text()).containsExactly("The ministry");
            assertThat(claims("Five people were killed, said the army.")).extracting(c -> c.source().text())
                    .containsExactly("the army");
            assertThat(claims("A resident of Agasha, Terna Iorver, 52, said he had lost two sons."))
                    .extracting(c -> c.value().low()).doesNotContain(52L);
            assertThat(claims("Of the dead, 12, officials said, were children.")).extracting(c -> c.value().low())
                    .containsExactly(12L);
        }

        @Test
        void aCaptureAfterTheAttackersIsNoSecondGroupAndEventsOfTwoWordsComeAfterAnother() {
            assertThat(claims("تمكنوا من قتل 4 من المهاجمين وأسر اثنين آخرين.")).extracting(Claim::group)
                    .containsOnly(Group.MILITANTS);
            assertThat(claims("وتأتي أحداث مصراتة بعد أيام من اشتباكات شهدتها العاصمة طرابلس، قالت البعثة إنها أودت"
                    + " بحياة 8 مدنيين على الأقل.", "2025-06-10")).extracting(Claim::scope).containsExactly(Scope.EARLIER);
        }

        @Test
        void aNameWrittenAsADualCountsNoOne() {
            assertThat(claims("واتهمت حركة طالبان الجيش بقتل المدنيين.")).isEmpty();
            assertThat(claims("قتل طالب في الهجوم.")).extracting(c -> c.value().low()).containsExactly(1L);
        }

        @Test
        void theBuriedAreDeadAndWorshippersAndWorkersCivilians() {
            assertThat(claims("\"We have so far buried 38 people,\" Uba told Reuters.")).extracting(Claim::kind)
                    .containsExactly(Kind.KILLED);
            assertThat(claims("An attack on a mosque killed 44 worshippers.")).extracting(Claim::group)
                    .containsExactly(Group.CIVILIANS);
            assertThat(claims("وعثر على جثث 3 عمال.")).extracting(Claim::group).containsExactly(Group.CIVILIANS);
        }

        @Test
        void aMonthAfterInIsThatMonthAndAnAbbreviatedMonthTakesItsDay() {
            assertThat(claims("In March, an attack on a mosque in the village killed 44 worshippers.", "2025-06-20"))
                    .extracting(Claim::scope).containsExactly(Scope.EARLIER);
            assertThat(claims("In June, gunmen killed 5 people.", "2025-06-20")).extracting(Claim::scope)
                    .containsExactly(Scope.INCIDENT);
            assertThat(claims("A strike on Feb. 1 killed two fighters.", "2025-03-10")).extracting(Claim::asOf)
                    .containsExactly("2025-02-01");
        }
    }
    /** Constructions of the unseen reports of round r8 (Kazgil market, Tenenkou, Afgooye, Palmyra's shepherds). */
    @Nested
    class FourteenthReader {

        @Test
        void aTollAloneIsOfTheDeadAndAListAfterItsRiseIsNoPartOfIt() {
            assertThat(claims("ارتفعت حصيلة الهجوم الذي شنته الجماعة على بلدة تننكو إلى 16 جندياً و5 مدنيين."))
                    .extracting(Claim::kind, Claim::group, c -> c.partOf() == null).containsExactly(
                            tuple(Kind.KILLED, Group.SECURITY_FORCES, true), tuple(Kind.KILLED, Group.CIVILIANS, true));
            // English "toll" alone is no cue: "a toll higher than the one given by the army" counts no one
            assertThat(claims("At least 12 soldiers were killed when jihadists stormed an army post in the village on"
                    + " Tuesday, a security source told AFP on Wednesday, a toll higher than the one given by the army."))
                    .extracting(c -> c.value().low()).containsExactly(12L);
            // a kind named nearer the number counts it; an increment after the rise stays a part
            assertThat(claims("ارتفعت حصيلة الجرحى إلى 30.")).extracting(Claim::kind).containsExactly(Kind.INJURED);
            List<Claim> rise = claims("ارتفعت الحصيلة إلى 13 جندياً، بعد وفاة أربعة من الجرحى متأثرين بإصاباتهم.");
            assertThat(rise.get(1).partOf()).isEqualTo(rise.get(0).id());
        }

        @Test
        void aDualWithItsNumeralIsItsOwnNounAndATollLeadingAListNamesNoKindOfItsItems() {
            assertThat(claims("وفي حلب، قُتل مدنيان اثنان برصاص عشوائي.")).extracting(Claim::kind, Claim::group,
                    c -> c.value().low()).containsExactly(tuple(Kind.KILLED, Group.CIVILIANS, 2L));
            assertThat(claims("وجاءت الحصيلة على النحو الآتي:\n- الجرحى: ٩\n- الموقوفون: ٧")).extracting(Claim::kind)
                    .doesNotContain(Kind.KILLED);
        }

        @Test
        void aQuotedNameKeepsItsClosingMarkAndWhoDoubtsATollSpeaksOn() {
            assertThat(claims("قال مدير مستشفى «أبو علي سينا» إن المستشفى تسلّم 21 جثة.")).extracting(c -> c.source().text())
                    .containsExactly("مدير مستشفى «أبو علي سينا»");
            assertThat(claims("غير أن مصدرا في المستشفى شكك في الحصيلة، وقال إن المستشفى استقبل جثث 29 شخصا."))
                    .extracting(c -> c.source().text()).containsExactly("مصدرا في المستشفى");
        }

        @Test
        void anIncrementToldBeforeTheTotalItRaisedIsItsPart() {
            List<Claim> toll = claims("توفي اثنان من المصابين في التفجير يوم السبت، ما يرفع عدد القتلى إلى 14.");
            assertThat(toll).extracting(c -> c.value().low()).containsExactly(2L, 14L);
            assertThat(toll.get(0).partOf()).isEqualTo(toll.get(1).id());
            // a toll and its update are two counts, and a figure of a rising sentence's list no part of the next
            assertThat(claims("ارتفعت حصيلة القتلى من 5 إلى 7.")).extracting(Claim::partOf).containsOnlyNulls();
        }

        @Test
        void elevenGluedToItsAndGoesOnTheList() {
            // folded, "وأحد" reads as واحد (one); written, its hamza shows the و is "and"
            assertThat(claims("سقط سبعة قتلى وأحد عشر جريحاً.")).extracting(Claim::kind, c -> c.value().low())
                    .containsExactly(tuple(Kind.KILLED, 7L), tuple(Kind.INJURED, 11L));
            assertThat(claims("قتل سبعة مدنيين وأحد عشر جنديا.")).extracting(Claim::group, c -> c.value().low())
                    .containsExactly(tuple(Group.CIVILIANS, 7L), tuple(Group.SECURITY_FORCES, 11L));
        }

        @Test
        void whereTheDeadAreBuriedIsIncidental() {
            Document d = new Document("d-test", "t.txt", null, "0", "text/plain", "ar", null, "2025-08-18", null, null,
                    DocumentStatus.PROCESSED, null, "وفاة جريحين من ضحايا تفجير أفجوي وتشييع الجنود في مقديشو.");
            assertThat(extractor.extract(d).mentions()).filteredOn(m -> m.entity().equals("loc:mogadishu"))
                    .extracting(Mention::role).containsExactly(Mention.Role.INCIDENTAL);
        }
    }

    @Nested
    class FifteenthReader {

        @Test
        void aLabelNamesTheGroupItsNumberCountsAcrossItsColon() {
            assertThat(claims("وجاءت الحصيلة على النحو الآتي:\n- الشهداء المدنيون: ٢\n- الجرحى: ٩\n- القتلى من المهاجمين: ٤"))
                    .extracting(Claim::kind, Claim::group, c -> c.value().low()).containsExactly(
                            tuple(Kind.KILLED, Group.CIVILIANS, 2L), tuple(Kind.INJURED, Group.ALL, 9L),
                            tuple(Kind.KILLED, Group.MILITANTS, 4L));
            // a speaker's colon is no label: the casualty noun must come before it
            assertThat(claims("وقال قائد الشرطة: 12 قتيلاً سقطوا في الهجوم.")).extracting(Claim::group)
                    .containsExactly(Group.ALL);
        }

        @Test
        void aCountOfAGroupDescribedByItsCasualtyWordCountsThatGroup() {
            assertThat(claims("ارتفع عدد العسكريين الجرحى إلى خمسة.")).extracting(Claim::kind, Claim::group)
                    .containsExactly(tuple(Kind.INJURED, Group.SECURITY_FORCES));
            assertThat(claims("وبلغ عدد المدنيين القتلى 12 شخصاً.")).extracting(Claim::kind, Claim::group)
                    .containsExactly(tuple(Kind.KILLED, Group.CIVILIANS));
        }

        @Test
        void aNumberCountedOutOfAWholeIsWhatBefellThemAndTheWholeWhatItsNounCounts() {
            assertThat(claims("According to the prefect, 112 of the 187 inmates held at the facility broke out."))
                    .extracting(Claim::kind, Claim::group, c -> c.value().low()).containsExactly(
                            tuple(Kind.ESCAPED, Group.DETAINEES, 112L), tuple(Kind.DETAINED, Group.DETAINEES, 187L));
            assertThat(claims("وفر 112 من أصل 187 نزيلاً.")).extracting(Claim::kind, c -> c.value().low())
                    .containsExactly(tuple(Kind.ESCAPED, 112L), tuple(Kind.DETAINED, 187L));
            // a verb after the whole describes it when the part has its own before
            assertThat(claims("وأعلنت مصلحة الإصلاح إعادة القبض على 38 من أصل 71 نزيلاً فرّوا من مركز الإصلاح."))
                    .extracting(Claim::kind, c -> c.value().low())
                    .containsExactly(tuple(Kind.RECAPTURED, 38L), tuple(Kind.ESCAPED, 71L));
            // the wounded of whom some died stay the wounded; a whole of the part's own kind is its total
            assertThat(claims("Three of the 10 wounded later died.")).extracting(Claim::kind, c -> c.value().low())
                    .containsExactly(tuple(Kind.KILLED, 3L), tuple(Kind.INJURED, 10L));
            List<Claim> toll = claims("Four of the 12 people killed were children.");
            assertThat(toll).extracting(Claim::kind).containsOnly(Kind.KILLED);
            assertThat(toll.get(0).partOf()).isEqualTo(toll.get(1).id());
            // soldiers on a patrol are no toll
            assertThat(claims("قتل 4 من أصل 12 جندياً كانوا في الدورية.")).extracting(c -> c.value().low())
                    .containsExactly(4L);
        }

        @Test
        void aListGoesOnPastADualsNounAndAnEnglishSingularsArticle() {
            assertThat(claims("بين القتلى ضابطا برتبة مفتش وشرطيين اثنين من قوة النخبة.")).extracting(Claim::kind,
                    Claim::group, c -> c.value().low()).containsExactly(tuple(Kind.KILLED, Group.SECURITY_FORCES, 1L),
                    tuple(Kind.KILLED, Group.SECURITY_FORCES, 2L));
            assertThat(claims("Two prison guards and a gendarme were killed, he said, along with four inmates."))
                    .extracting(Claim::kind, Claim::group, c -> c.value().low()).containsExactly(
                            tuple(Kind.KILLED, Group.PRISON_STAFF, 2L), tuple(Kind.KILLED, Group.SECURITY_FORCES, 1L),
                            tuple(Kind.KILLED, Group.DETAINEES, 4L));
            // a word before "two" that is no dual is no list's next item
            List<Claim> rise = claims("ارتفعت حصيلة القصف إلى 9 قتلى و27 جريحاً، بعد وفاة اثنين من المصابين متأثرين بجروحهما.");
            assertThat(rise.get(2).partOf()).isEqualTo(rise.get(0).id());
            // a singular of its own verb keeps it
            assertThat(claims("Three soldiers were killed and a driver was wounded.")).extracting(Claim::kind,
                    Claim::group).containsExactly(tuple(Kind.KILLED, Group.SECURITY_FORCES),
                    tuple(Kind.INJURED, Group.CIVILIANS));
        }

        @Test
        void aWarNamedByItsCountryCountsMoreThanAnIncident() {
            assertThat(claims("Syria's war has killed more than half a million people and displaced millions since it"
                    + " erupted in 2011.")).extracting(Claim::scope).containsOnly(Scope.WIDER);
            assertThat(claims("The jihadist conflict, now in its 16th year, has killed more than 40,000 people."))
                    .extracting(Claim::scope).containsOnly(Scope.WIDER);
            assertThat(claims("وقتل 900 شخص خلال النصف الأول من العام الجاري.", "2025-12-05")).extracting(Claim::scope)
                    .containsOnly(Scope.WIDER);
        }

        @Test
        void aCountOverAWholeMonthIsWiderThanAnIncident() {
            assertThat(claims("وحسب المعهد، قُتل 73 من عناصر الأمن في الولاية خلال فبراير وحده.", "2025-06-01"))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
            assertThat(claims("More than 40 civilians were killed during March, the monitor said.", "2025-06-01"))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
            // during an attack is the incident's
            assertThat(claims("قتل 12 شخصاً خلال هجوم على القرية يوم الأحد.", "2025-06-01")).extracting(Claim::scope)
                    .containsExactly(Scope.INCIDENT);
        }

        @Test
        void theWoundedInAGraveConditionAreSomeOfTheWoundedNoTollOfTheirOwn() {
            assertThat(claims("Nine other officers were wounded, three of them in critical condition."))
                    .extracting(c -> c.value().low()).containsExactly(9L);
            assertThat(claims("وأصيب 30 شخصا، سبعة منهم في حالة خطيرة.")).extracting(c -> c.value().low())
                    .containsExactly(30L);
            assertThat(claims("Eleven of the wounded were in critical condition.")).isEmpty();
            // still in a grave condition: a part of the toll told before
            List<Claim> still = claims("وأصيب 31 شخصاً في القصف. وقال المدير إن 8 مصابين لا يزالون في حالة حرجة.");
            assertThat(still.get(1).partOf()).isEqualTo(still.get(0).id());
            // the wounded who died are dead
            assertThat(claims("Two of the wounded later died, raising the toll to 14.")).extracting(Claim::kind)
                    .containsOnly(Kind.KILLED);
        }

        @Test
        void anArmedGroupNamedAgainByACommonNounStatesTheStatesLossesAsAParty() {
            assertThat(claims("وتبنّت جماعة الأحرار الهجوم. وزعمت الجماعة أن مقاتليها قتلوا أكثر من 20 جنديا."))
                    .extracting(Claim::partisan).containsExactly(true);
            assertThat(claims("The group said its fighters had killed 12 soldiers.")).extracting(Claim::partisan)
                    .containsExactly(true);
            // the army's count of its own is no party's claim of its enemy's
            assertThat(claims("وقال الجيش إن 12 جنديا قتلوا.")).extracting(Claim::partisan).containsExactly(false);
        }

        @Test
        void theNumberATollRoseToCountsWhatTheTollCountsPastItsAsides() {
            assertThat(claims("ارتفع عدد القتلى في أعمال الشغب التي شهدها سجن توري بمدينة كوينكا، جنوبي الإكوادور، إلى 12"
                    + " سجيناً.")).extracting(Claim::kind, Claim::group).containsExactly(tuple(Kind.KILLED, Group.DETAINEES));
            assertThat(claims("ارتفعت حصيلة الجرحى جراء القصف الذي استهدف السوق الشعبي في المدينة، بحسب مصادر طبية، إلى 40."))
                    .extracting(Claim::kind, Claim::group).containsExactly(tuple(Kind.INJURED, Group.ALL));
            // who they are, after a colon, are its parts; a monitor that recorded it speaks
            List<Claim> toll = claims("رصد المرصد ارتفاع عدد القتلى جراء الاشتباكات بريف دير الزور الشرقي، إلى 12، هم: 7"
                    + " من عناصر قسد، و4 من مقاتلي العشائر.");
            assertThat(toll).extracting(Claim::group, c -> c.value().low()).containsExactly(tuple(Group.ALL, 12L),
                    tuple(Group.SECURITY_FORCES, 7L), tuple(Group.MILITANTS, 4L));
            assertThat(toll).extracting(Claim::partOf).containsExactly(null, toll.get(0).id(), toll.get(0).id());
            assertThat(toll.get(0).source().entity()).isEqualTo("org:sohr");
            // the toll of the speaker's own counts the speaker's people
            assertThat(claims("قسد: ارتفاع عدد قتلانا في اشتباكات ريف دير الزور إلى 5")).extracting(Claim::group)
                    .containsExactly(Group.SECURITY_FORCES);
            // a price that rose is no toll
            assertThat(claims("ارتفع سعر الخبز في المدينة التي تشهد حصاراً منذ أشهر، بحسب السكان، إلى 12 جنيهاً.")).isEmpty();
        }

        @Test
        void goldMinersAreCivilians() {
            assertThat(claims("قُتل 13 منقباً عن الذهب وأصيب 9 آخرون في هجوم على موقع للتنقيب.")).extracting(Claim::group)
                    .containsOnly(Group.CIVILIANS);
            assertThat(claims("At least 20 miners were killed.")).extracting(Claim::group).containsOnly(Group.CIVILIANS);
        }

        @Test
        void whereASpeakerWorksSetOffByCommasIsNoEndOfTheName() {
            assertThat(claims("قال الطبيب سيد نوري، من قسم الطوارئ في المستشفى، إن المستشفى تسلّم 16 جثة."))
                    .extracting(c -> c.source().text()).containsExactly("الطبيب سيد نوري");
            assertThat(claims("وقالت سلمى أحمد، مديرة المستشفى، إن 12 شخصاً قتلوا.")).extracting(c -> c.source().text())
                    .containsExactly("سلمى أحمد");
        }

        @Test
        void anEstimateNamesNoSpeakerAndADisplacementIsOne() {
            assertThat(claims("فرّت نحو 1500 أسرة، أي ما يقدر بسبعة آلاف شخص.")).extracting(Claim::source)
                    .containsOnlyNulls();
            assertThat(claims("The agency recorded the displacement of about 5,000 people.")).extracting(Claim::kind,
                    c -> c.value().low()).containsExactly(tuple(Kind.DISPLACED, 5000L));
        }

        @Test
        void amongThemInOtherWordsAndNoCountOfDirections() {
            List<Claim> toll = claims("قتل 16 شخصاً، بينهم 11 مدنياً، من ضمنهم 3 أطفال وسيدة.");
            assertThat(toll).extracting(c -> c.value().low()).containsExactly(16L, 11L, 3L, 1L);
            assertThat(toll.subList(1, 4)).extracting(Claim::partOf).doesNotContainNull();
            assertThat(claims("هاجم عشرات المسلحين النقطة من ثلاثة اتجاهات.")).extracting(c -> c.value().low())
                    .containsExactly(20L);
        }

        @Test
        void othersAfterAListOfSeveralGroupsAreOthersOfEveryone() {
            assertThat(claims("قتل 5 جنود و3 مدنيين وأصيب 12 آخرون.")).extracting(Claim::group)
                    .containsExactly(Group.SECURITY_FORCES, Group.CIVILIANS, Group.ALL);
            assertThat(claims("وأوضح المرصد أن القتلى هم 10 من عناصر قسد، و7 من مقاتلي العشائر، ومدنيان اثنان، بينهم امرأة،"
                    + " فيما أصيب نحو 20 آخرين.")).filteredOn(c -> c.kind() == Kind.INJURED).extracting(Claim::group)
                    .containsExactly(Group.ALL);
            // others of one group are of that group
            assertThat(claims("قتل 5 جنود وأصيب 12 آخرون.")).extracting(Claim::group)
                    .containsExactly(Group.SECURITY_FORCES, Group.SECURITY_FORCES);
        }

        @Test
        void aClockTimeAndAPlaceOfWorshipFullOfPeopleAreNoCounts() {
            assertThat(claims("Gunmen stormed the village at about 10 p.m. and killed 12 people."))
                    .extracting(c -> c.value().low()).containsExactly(12L);
            assertThat(claims("وكان المسجد مكتظاً بنحو 300 مصلٍّ لحظة التفجير.")).isEmpty();
            // a prison full of inmates holds them
            assertThat(claims("وكان السجن مكتظاً بنحو 3000 نزيل.")).extracting(Claim::kind).containsExactly(Kind.DETAINED);
        }

        @Test
        void whatATollLeavesOutNamesNoGroupOfItAndVigilantesAreOnTheStatesSide() {
            assertThat(claims("ارتفعت حصيلة الهجوم إلى 17 قتيلا باستثناء المهاجمين.")).extracting(Claim::group)
                    .containsExactly(Group.ALL);
            assertThat(claims("زعم أن رجاله قتلوا 30 من عناصر الحراسة الأهلية.")).extracting(Claim::group)
                    .containsExactly(Group.SECURITY_FORCES);
            // an agency's abbreviation in brackets: the one it relays is named
            assertThat(claims("ونقلت وكالة الأنباء العراقية (واع) عن مدير صحة كربلاء قوله إن 6 أشخاص قتلوا."))
                    .extracting(c -> c.source().text()).allMatch(t -> t.endsWith("مدير صحة كربلاء"));
        }

        @Test
        void lossesAreOfWhomSufferedThem() {
            assertThat(claims("إذ تكبدت المليشيا 22 قتيلاً وعشرات الجرحى.")).extracting(Claim::group)
                    .containsOnly(Group.MILITANTS);
            assertThat(claims("The militants suffered 22 dead.")).extracting(Claim::group).containsExactly(Group.MILITANTS);
            // a clause of its own counts its own
            assertThat(claims("تكبد الجيش خسائر فادحة، وقتل 12 مدنياً.")).extracting(Claim::group)
                    .containsExactly(Group.CIVILIANS);
        }

        @Test
        void anEnglishNameBeforeItsAppositionSpeaksNotANounInsideIt() {
            assertThat(claims("\"We have so far counted 19 dead and 26 injured,\" Babakura Kolo, a leader of the Civilian"
                    + " Joint Task Force (CJTF) militia that assists the military, told AFP.")).extracting(c -> c.source().text())
                    .containsOnly("Babakura Kolo");
        }

        @Test
        void aPostsHolderNamedAfterItAndASourceThatGaveATollSpeak() {
            assertThat(claims("وقال مفوض المقاطعة، جون أوتينو، إن بين القتلى ثمانية مدنيين.")).extracting(c -> c.source().text())
                    .containsExactly("مفوض المقاطعة");
            assertThat(claims("A local official said 21 people were killed. A security source gave a toll of 18 dead. He said"
                    + " five soldiers were among those killed.")).extracting(c -> c.source().text())
                    .containsExactly("A local official", "A security source", "A security source");
        }

        @Test
        void aMinistryNamedByItsFieldSpeaksAndTheWoundedStillTreatedAreSomeOfTheWounded() {
            assertThat(claims("فيما تحدثت الخارجية عن 35 قتيلاً.")).extracting(c -> c.source().text())
                    .containsExactly("الخارجية");
            List<Claim> still = claims("وأصيب 8 أشخاص. ولا يزال 6 مصابين يتلقون العلاج في مستشفى السلمية.");
            assertThat(still.get(1).partOf()).isEqualTo(still.get(0).id());
        }

        @Test
        void anOutletOfSeveralWordsBeforeTheCityOnALineOfItsOwnIsADateline() {
            Document d = new Document("d-test", "t.txt", null, "0", "text/plain", "ar", null, "2025-10-17", null, null,
                    DocumentStatus.PROCESSED, null, "إندبندنت عربية - مقديشو\nالجمعة 17 أكتوبر 2025\n\n"
                    + "ارتفعت حصيلة تفجير السيارة المفخخة الذي ضرب سوق مدينة بلدوين إلى 19 قتيلاً.");
            assertThat(extractor.extract(d).mentions()).filteredOn(m -> m.entity().equals("loc:mogadishu"))
                    .extracting(Mention::role).containsExactly(Mention.Role.INCIDENTAL);
        }

        @Test
        void aStatementRelayedAsToldAWeekOrMoreBeforeNamesAnEarlierIncident() {
            assertThat(claims("وكان المرصد السوري قد رصد في 14 نيسان مقتل 3 أطفال بانفجار لغم في قرية عقيربات.", "2025-04-23"))
                    .extracting(Claim::scope).containsExactly(Scope.EARLIER);
            // told the day before, it is the incident's earlier count
            assertThat(claims("وكانت وزارة الصحة قد أعلنت أمس مقتل 5 أشخاص.", "2025-04-23")).extracting(Claim::scope)
                    .containsExactly(Scope.INCIDENT);
        }

        @Test
        void theTakenAreNoAttackersAndTheTakenToHospitalAreWounded() {
            assertThat(claims("Gunmen attacked the village and 12 people were taken.")).isEmpty();
            assertThat(claims("Five people were killed and 12 were taken to hospital.")).extracting(Claim::kind)
                    .containsExactly(Kind.KILLED, Kind.INJURED);
        }

        @Test
        void englishWitnessesWhoCountedSpeak() {
            assertThat(claims("A woman and her two daughters were injured, a local councilor said.")).extracting(
                    Claim::group, c -> c.source().text()).containsExactly(tuple(Group.CIVILIANS, "a local councilor"));
            assertThat(claims("A trader who was at the market said he had counted more than a dozen bodies."))
                    .extracting(c -> c.source().text()).containsExactly("A trader who was at the market");
        }

        @Test
        void aDefiniteTenAfterAWordOfBoundingIsANumberAndTwoWhoMetTheirDeathAreKilled() {
            assertThat(claims("وأضاف أن عدد الجرحى يتجاوز السبعين.")).extracting(c -> c.value().low(),
                    c -> c.value().qualifier()).containsExactly(tuple(70L, Qualifier.MORE_THAN));
            // alone it is an ordinal
            assertThat(claims("قتل 5 أشخاص في القرن العشرين.")).extracting(c -> c.value().low()).containsExactly(5L);
            assertThat(claims("وفي حلب، لقي مدنيان حتفهما برصاص عشوائي.")).extracting(Claim::kind, Claim::group,
                    c -> c.value().low()).containsExactly(tuple(Kind.KILLED, Group.CIVILIANS, 2L));
        }
    }

    @Nested
    class SixteenthReader {

        @Test
        void aBareNumberPlacedBehindACommaAfterATollIsItsShareThere() {
            List<Claim> arabic = claims("قتل المسلحون 26 شخصاً، 15 في قرية كايرو و11 في قرية دان كادي، بحسب الشرطة.");
            assertThat(arabic).extracting(Claim::kind, c -> c.value().low()).containsExactly(
                    tuple(Kind.KILLED, 26L), tuple(Kind.KILLED, 15L), tuple(Kind.KILLED, 11L));
            assertThat(arabic.subList(1, 3)).extracting(Claim::partOf).containsOnly(arabic.get(0).id());
            List<Claim> english = claims("The attackers killed 26 people, 15 in Kairu, 11 in Dan Kade, the police said.");
            assertThat(english.subList(1, 3)).extracting(Claim::partOf).containsOnly(english.get(0).id());
            List<Claim> colon = claims("The attackers killed 19 people: 12 in Kairu, seven in Bakori.");
            assertThat(colon.subList(1, 3)).extracting(Claim::partOf).containsOnly(colon.get(0).id());
            // a percentage is no share of people
            assertThat(claims("أصيب 20 شخصاً، 15 في المئة منهم أطفال.")).extracting(c -> c.value().low())
                    .containsExactly(20L);
        }

        @Test
        void aGroupNamedAgainByItsCommonNounAdmitsTheLossOfItsOwnMilitants() {
            assertThat(claims("وأقر التنظيم بمقتل 4 من عناصره.")).extracting(Claim::group, c -> c.source().text())
                    .containsExactly(tuple(Group.MILITANTS, "التنظيم"));
            // its own boast counts the enemy's
            assertThat(claims("وقالت الجماعة إنها قتلت 12 من عناصرها.")).extracting(Claim::group)
                    .doesNotContain(Group.MILITANTS);
        }

        @Test
        void aBodyNamedAgainPointsBackToABodyNotToAWitness() {
            assertThat(claims("قالت الوزارة إن 12 شخصاً قتلوا. وقال الشاهد محمد إن 20 أصيبوا. "
                    + "وأضافت الوزارة أن 3 آخرين توفوا لاحقاً.")).extracting(c -> c.source().text())
                    .containsExactly("الوزارة", "الشاهد محمد", "الوزارة");
            // a spokesman named again is the spokesman; a ministry after its minister is his
            assertThat(claims("قال المتحدث باسم الشرطة إن 12 شخصاً قتلوا. وأضاف المتحدث أن 20 أصيبوا."))
                    .extracting(c -> c.source().text()).containsOnly("المتحدث باسم الشرطة");
            assertThat(claims("قال وزير الصحة إن 12 شخصاً قتلوا. وأضافت الوزارة أن 20 أصيبوا."))
                    .extracting(c -> c.source().text()).containsOnly("وزير الصحة");
        }

        @Test
        void aMonitorNamedAgainByItsHeadNounIsTheOneNamedBeforeNotTheOneTheWordNamesAlone() {
            assertThat(claims("وقال المرصد العراقي لحقوق الإنسان إن 5 قتلوا. وأضاف المرصد أن 7 أصيبوا."))
                    .extracting(c -> c.source().entity()).containsExactly("org:iohr", "org:iohr");
            assertThat(claims("قال المرصد إن 5 قتلوا.")).extracting(c -> c.source().entity())
                    .containsExactly("org:sohr");
        }

        @Test
        void theFallenAreKilledUnlessTheirOwnNounSaysOtherwise() {
            assertThat(claims("وسقط خلال الاشتباكات ١٦ جندياً و٥ مدنيين.")).extracting(Claim::kind, Claim::group)
                    .containsExactly(tuple(Kind.KILLED, Group.SECURITY_FORCES), tuple(Kind.KILLED, Group.CIVILIANS));
            assertThat(claims("وسقط 20 جريحاً في القصف.")).extracting(Claim::kind).containsExactly(Kind.INJURED);
            // what fell counts no one, a qualifier after its noun or not
            assertThat(claims("وقال المتحدث إن 3 قذائف على الأقل سقطت على محال تجارية.")).isEmpty();
            assertThat(claims("فقد سقطت ثلاثة صواريخ على الطابق الأرضي.")).isEmpty();
            assertThat(claims("The army said it killed 17 militants and lost three soldiers.")).extracting(
                    Claim::kind, Claim::group).containsExactly(tuple(Kind.KILLED, Group.MILITANTS),
                    tuple(Kind.KILLED, Group.SECURITY_FORCES));
        }

        @Test
        void moneyCountsNoOneAndATollThatDoesNotPassANumberIsAtMostIt() {
            assertThat(claims("ورصدت السلطات مكافأة قدرها مليون فرنك لمن يساعد في القبض على الفارين.")).isEmpty();
            assertThat(claims("وقالت المصادر إن عدد القتلى لا يتعدى عشرة.")).extracting(c -> c.value().qualifier())
                    .containsExactly(Qualifier.AT_MOST);
        }

        @Test
        void aBodyNamedBeforeItsAbbreviationInBracketsSpeaks() {
            assertThat(claims("وكانت وكالة الأنباء السورية الرسمية (سانا) قد أعلنت في وقت سابق مقتل 5 عسكريين."))
                    .extracting(c -> c.source().entity(), Claim::asOf).containsExactly(tuple("org:sana", null));
            assertThat(claims("وقالت المتحدثة باسم الشرطة إن 8 قتلوا.")).extracting(c -> c.source().text())
                    .containsExactly("المتحدثة باسم الشرطة");
        }

        @Test
        void aCountInAClauseOfItsOwnIsNoTotalOfTheOneBefore() {
            List<Claim> found = claims("وبلغت الحصيلة 59 قتيلاً وأكثر من 30 جريحاً، فيما أكدت منظمة العفو الدولية أن "
                    + "عدد القتلى يتجاوز 100.");
            assertThat(found).extracting(c -> c.value().low(), Claim::partOf).contains(tuple(59L, null));
        }

        @Test
        void theGraveAmongTheWoundedAreNoTollOfTheirOwn() {
            assertThat(claims("وأصيب 53 شخصاً، حالة 8 منهم خطيرة.")).extracting(c -> c.value().low())
                    .containsExactly(53L);
        }

        @Test
        void aBodyForThePrisonsCountsNoPrisonsButItsOwn() {
            assertThat(claims("وقالت المتحدثة باسم المعهد الوطني للسجون إن قوات الأمن أعادت القبض على 8 من الفارين."))
                    .extracting(Claim::scope).containsExactly(Scope.INCIDENT);
        }

        @Test
        void aCasualtyTotalToldAsTheDeadAndTheWoundedIsNeither() {
            assertThat(claims("وثّقت الشبكة سقوط ١٩ ضحية مدنية في ست محافظات، هم ٧ قتلى و١٢ جريحاً.")).extracting(
                    Claim::kind, c -> c.value().low(), c -> c.partOf() == null).containsExactly(
                    tuple(Kind.KILLED, 7L, true), tuple(Kind.INJURED, 12L, true));
            // a toll told as its groups stays the toll
            assertThat(claims("قتل 15 شخصاً، هم 13 مدنياً وجنديان.")).extracting(c -> c.value().low())
                    .containsExactly(15L, 13L, 2L);
            assertThat(claims("وأكد المتحدث أن الحصيلة النهائية بلغت 6 قتلى، هم 5 جنود ومدني، و11 جريحاً."))
                    .extracting(Claim::kind, c -> c.value().low()).contains(tuple(Kind.KILLED, 6L));
        }

        @Test
        void whatFellOnAPlaceCountsNoOneAndTheDisplacedGoingHomeAreNoneDisplaced() {
            assertThat(claims("وسقطت 3 على المدرسة.")).isEmpty();
            assertThat(claims("وتمكنت القطعات من تأمين عودة ٤٠ عائلة نازحة إلى قراها.")).isEmpty();
            assertThat(claims("وأعلن رئيس الحكومة تقديم مليون روبية لأسرة كل قتيل.")).isEmpty();
            assertThat(claims("وقررت الحكومة صرف تعويض قدره 100 ألف أفغاني لأسرة كل قتيل.")).isEmpty();
        }

        @Test
        void aDoctorsTitleEndsNoSentenceAndTheWoundedTakenToHospitalAreWounded() {
            assertThat(claims("وأوضح المدير العام للوزارة، د. يعقوب آدم إسحاق، أن 5 أشخاص قتلوا."))
                    .extracting(c -> c.source().text()).containsExactly("المدير العام للوزارة");
            assertThat(claims("Eleven people were taken to the general hospital with gunshot wounds, he said."))
                    .extracting(Claim::kind).containsExactly(Kind.INJURED);
            assertThat(claims("Twelve people were taken to the forest by the kidnappers.")).isEmpty();
            assertThat(claims("وقال المدير إن بين الشهداء طفلاً.")).extracting(Claim::kind, c -> c.value().low())
                    .containsExactly(tuple(Kind.KILLED, 1L));
            assertThat(claims("The war displaced over a million people.")).extracting(c -> c.value().qualifier())
                    .containsExactly(Qualifier.MORE_THAN);
        }

        @Test
        void theTopicOfAsForSpeaksAndThePressToldAndATimeAdverbAreNoSpeaker() {
            assertThat(claims("أما قائد شرطة المدينة، قاسم علي خان، فقال للصحافيين إن مسلحاً أطلق النار على شرطيين، "
                    + "فقُتل أحدهما وأصيب الآخر بجروح.")).extracting(c -> c.source().text())
                    .containsOnly("قائد شرطة المدينة");
            assertThat(claims("وقالت الجماعة إنها قتلت 20 جندياً، فيما أقر الجيش حينها بمقتل ستة فقط."))
                    .extracting(c -> c.source().text()).containsExactly("الجماعة", "الجيش");
            // what the speaker declares is no part of its name
            assertThat(claims("وأعلن الحاكم الحداد لمدة 3 أيام، وأشار إلى أن 12 شخصاً قتلوا.")).extracting(
                    c -> c.source().text()).containsExactly("الحاكم");
        }

        @Test
        void aMonthThatEndedBeforeTheReportsBeganDatesAnEarlierIncident() {
            assertThat(claims("In April, gunmen killed 12 people at a market, according to police.", "2025-06-02"))
                    .extracting(Claim::scope).containsExactly(Scope.EARLIER);
            assertThat(claims("وفي نيسان، قتل مسلحون 12 شخصاً.", "2025-06-02")).extracting(Claim::scope)
                    .containsExactly(Scope.EARLIER);
            assertThat(claims("In June, gunmen killed 12 people.", "2025-06-02")).extracting(Claim::scope)
                    .containsExactly(Scope.INCIDENT);
        }

        @Test
        void englishAuthoritiesAndACivilDefenseSpeak() {
            assertThat(claims("Gunmen killed at least 11 people, authorities said Wednesday.")).extracting(
                    c -> c.source().text()).containsExactly("authorities");
            assertThat(claims("Lebanon's civil defense said its teams recovered seven bodies.")).extracting(
                    c -> c.source().text()).containsExactly("civil defense");
        }

        @Test
        void anArmedGroupsBoastOfPeopleItNamesByNoGroupIsPartisan() {
            assertThat(claims("وزعمت قوات الدعم السريع في بيان أنها قتلت \"أكثر من 40\" من عناصرهم."))
                    .extracting(Claim::group, Claim::partisan).containsExactly(tuple(Group.UNKNOWN, true));
            assertThat(claims("وقالت الجماعة إنها قتلت 12 من عناصرها.")).extracting(Claim::partisan)
                    .containsExactly(true);
            // what befell people named by no group is no boast where the group did not act
            assertThat(claims("وقالت الجماعة إن 12 قتلوا.")).extracting(Claim::partisan).containsExactly(false);
        }

        @Test
        void aNumberEndingAQuotedNameTheStillAbductedAndShopsCountNoOne() {
            // the quotation marks are in the original text only: a kind cue after the name ("ولاذوا بالفرار") counts none
            assertThat(claims("وقال مصدر محلي لـ\"دير الزور 24\" إن المهاجمين أطلقوا النار ولاذوا بالفرار.")).isEmpty();
            assertThat(claims("وقال مصدر محلي لـ«دير الزور 24» إن المهاجمين ولاذوا بالفرار.")).isEmpty();
            assertThat(claims("وقال إن الهجوم أسفر عن \"مقتل 12\" شخصاً.")).extracting(c -> c.value().low())
                    .containsExactly(12L);
            assertThat(claims("وقال إن الضحايا دفنوا في مقبرة جماعية، وإن 43 شخصا ما زالوا مخطوفين.")).isEmpty();
            assertThat(claims("وأضاف أن الهجوم ألحق أضرارا بعشرات المحال التجارية.")).isEmpty();
        }

        @Test
        void theEscapedCaughtAgainAreRecaptured() {
            assertThat(claims("وأضاف أن 27 من الفارين أعيد القبض عليهم خلال عمليات التمشيط.")).extracting(Claim::kind,
                    Claim::group).containsExactly(tuple(Kind.RECAPTURED, Group.DETAINEES));
        }

        @Test
        void theAttackersInAClauseOfWhenAreNoGroupOfTheDead() {
            assertThat(claims("At least 23 people were killed when bandits attacked Bagega village, police said."))
                    .extracting(Claim::group).containsExactly(Group.ALL);
            assertThat(claims("قتل 12 شخصاً عندما هاجم مسلحون القرية.")).extracting(Claim::group)
                    .containsExactly(Group.ALL);
            assertThat(claims("وقتل 5 على أيدي مسلحين مجهولين.")).extracting(Claim::group).containsExactly(Group.UNKNOWN);
        }

        @Test
        void attackersOfNoGroupAreMilitants() {
            assertThat(claims("The attackers, numbering about 50, stormed the village.")).extracting(Claim::kind,
                    Claim::group).containsExactly(tuple(Kind.ATTACKERS, Group.MILITANTS));
        }
    }

    @Nested
    class SeventeenthReader {

        @Test
        void aFigureInAPartysAccountIsThePartysWhoeverDeniesOrRepeatsIt() {
            assertThat(claims("ونفى مصدر عسكري رواية قوات الدعم السريع عن قتل 40 جندياً في الهجوم."))
                    .extracting(c -> c.source().text()).containsExactly("قوات الدعم السريع");
            assertThat(claims("ورفض الجيش مزاعم الحركة بشأن مقتل 30 من عناصره."))
                    .extracting(c -> c.source().text()).containsExactly("الحركة");
            // a witness's statement in the form of an account is still the witness's
            assertThat(claims("وقال شاهد عيان في رواية لما حدث إن 12 شخصاً قتلوا في القصف."))
                    .extracting(c -> c.source().text()).containsExactly("شاهد عيان");
            assertThat(claims("وقال شاهد عيان في روايته إن 12 شخصاً قتلوا في القصف."))
                    .extracting(c -> c.source().text()).containsExactly("شاهد عيان");
        }

        @Test
        void aGroupTheGazetteerDoesNotKnowNamedByAnArmedGroupsNounBoastsAndAdmits() {
            assertThat(claims("وتبنت جماعة اتحاد المجاهدين الهجوم، وزعمت في بيان أنه أسفر عن مقتل 12 شرطياً."))
                    .extracting(c -> c.source().text(), Claim::partisan)
                    .containsExactly(tuple("جماعة اتحاد المجاهدين", true));
            assertThat(claims("وأقرت جماعة اتحاد المجاهدين بمقتل 4 من عناصرها.")).extracting(Claim::group)
                    .containsExactly(Group.MILITANTS);
            // a ministry's count of the police's dead is no boast
            assertThat(claims("وقالت وزارة الداخلية إن 12 شرطياً قتلوا.")).extracting(Claim::partisan)
                    .containsExactly(false);
        }

        @Test
        void aDirectionAdjectiveOfTheNounBeforeAPlaceIsNoBearing() {
            // the city's northern entrance is in the city; "جنوبي لبنان" still places Tyre in the wider Lebanon
            assertThat(claims("قتل 3 جنود بهجوم على حاجز عند المدخل الشمالي لمدينة البوكمال في ريف دير الزور الشرقي."))
                    .extracting(Claim::place).containsExactly("loc:albukamal");
            assertThat(claims("قتل 3 جنود في قضاء صور جنوبي لبنان.")).extracting(Claim::place)
                    .containsExactly("loc:tyre");
        }

        @Test
        void aRelativeClauseOfAnIncidentThisOneCameAfterCountsThatEarlierOne() {
            assertThat(claims("ويأتي الهجوم بعد أيام من تفجير حافلة قرب قرية الشولا، الذي أودى بحياة 9 أشخاص."))
                    .extracting(Claim::scope).containsExactly(Scope.EARLIER);
            // this incident's own relative clause counts this incident
            assertThat(claims("استهدف قصف مدفعي سوق المدينة، الذي أودى بحياة 9 أشخاص.")).extracting(Claim::scope)
                    .containsExactly(Scope.INCIDENT);
        }

        @Test
        void aPlaceOpeningAQuotedOutletNameIsNoPlaceOfTheStory() {
            Document d = new Document("d-test", "t.txt", null, "0", "text/plain", "ar", null, null, null, null,
                    DocumentStatus.PROCESSED, null, "وقال مصدر محلي لـ\"دير الزور 24\" إن 3 جنود قتلوا في البوكمال.");
            assertThat(extractor.extract(d).mentions()).filteredOn(m -> m.entity().equals("loc:deir-ez-zor"))
                    .extracting(Mention::role).containsExactly(Mention.Role.INCIDENTAL);
        }

        @Test
        void aCueInTheWordsOfWhoSpeaksYieldsToTheNumbersOwn() {
            // the hospital the wounded were taken to describes the speaker; the number's own clause says killed
            assertThat(claims("وقال مصدر في المستشفى الذي نقل إليه الجرحى إن 12 شخصاً قتلوا."))
                    .extracting(Claim::kind, c -> c.source().text())
                    .containsExactly(tuple(Kind.KILLED, "مصدر في المستشفى الذي نقل إليه الجرحى"));
            // alone in reach, it still counts
            assertThat(claims("وأفاد مصدر طبي بأن عدد الجرحى بلغ 12.")).extracting(Claim::kind)
                    .containsExactly(Kind.INJURED);
            assertThat(claims("وأوضحت المجموعة أن فرقها وثقت أسماء الضحايا، وأن بينهم ثمانية أطفال.")).extracting(Claim::kind)
                    .containsExactly(Kind.KILLED);
        }

        @Test
        void someFamiliesAreNoCaptivity() {
            // "بعض الأسر" are some families, not "الأسر" (captivity): nobody among the dead was recaptured
            assertThat(claims("وأوضحت المجموعة أن فرقها وثقت أسماء الضحايا، وأن بينهم ثمانية أطفال وخمس نساء، "
                    + "لافتة إلى أن بعض الأسر لم تتمكن من التعرف على ذويها.")).extracting(Claim::kind)
                    .doesNotContain(Kind.RECAPTURED).contains(Kind.KILLED);
        }

        @Test
        void twoUnnamedSourcesJoinedByAndSpeakTogether() {
            assertThat(claims("Five people were killed, police and residents said."))
                    .extracting(c -> c.source().text()).containsExactly("police and residents");
            assertThat(claims("Five people were killed, residents said.")).extracting(c -> c.source().text())
                    .containsExactly("residents");
        }

        @Test
        void aSentenceSayingWhereTheOneBeforeWasStatedSourcesItsFigures() {
            assertThat(claims("وأسفر الهجوم عن مقتل 12 شخصاً. جاء ذلك في تصريح أدلى به محافظ الإقليم للصحفيين."))
                    .extracting(c -> c.source().text()).containsExactly("محافظ الإقليم");
            assertThat(claims("وقتل 5 جنود في الهجوم. وجاء ذلك في بيان للجيش.")).extracting(c -> c.source().text())
                    .containsExactly("الجيش");
            assertThat(claims("جاء ذلك في بيان لوزارة الصحة، أكدت فيه مقتل 12 شخصاً."))
                    .extracting(c -> c.source().text()).containsExactly("وزارة الصحة");
            // a source of its own stays; "this came at a time when" names no one
            assertThat(claims("وقال المرصد إن 12 شخصاً قتلوا. جاء ذلك في بيان للجيش."))
                    .extracting(c -> c.source().text()).containsExactly("المرصد");
            assertThat(claims("وقتل 12 شخصاً في القصف. جاء ذلك في وقت تتواصل فيه الاشتباكات."))
                    .extracting(Claim::source).containsExactly((Attribution) null);
            // the statement and who gave it lead to its source as "according to" does, a title with its description
            assertThat(claims("بحسب مؤتمر صحفي عقده وزير الداخلية، قتل 12 شخصاً."))
                    .extracting(c -> c.source().text()).containsExactly("وزير الداخلية");
            assertThat(claims("بحسب محافظ الإقليم، قتل 12 شخصاً.")).extracting(c -> c.source().text())
                    .containsExactly("محافظ الإقليم");
        }
    }

    @Nested
    class EighteenthReader {

        @Test
        void aCueOfNothingBeyondItsClauseDoesNotEndAListOfTheDead() {
            // "بعض الأسر" (some families) counts nothing, and is the next clause's: the five women are among the dead
            assertThat(claims("وقالت الوزارة إن 30 شخصاً قتلوا في القصف، وأن بينهم ثمانية أطفال وخمس نساء، لافتة إلى "
                    + "أن بعض الأسر لم تتمكن من التعرف على ذويها.")).extracting(c -> c.value().low(), Claim::kind)
                    .containsExactly(tuple(30L, Kind.KILLED), tuple(8L, Kind.KILLED), tuple(5L, Kind.KILLED));
            // a cue of nothing within the list's own clause still says what it counts
            assertThat(claims("وأفرج المسلحون عن 20 رهينة و5 جنود.")).isEmpty();
        }

        @Test
        void aPartOfATollTakesItsTotalsKindPastTheWoundedOfTheNextClause() {
            assertThat(claims("وقال المتحدث إن حصيلة قتلى الهجوم ارتفعت إلى 31 قتيلا، هم 26 راكبا و5 من عناصر الأمن، "
                    + "بعد وفاة عدد من الجرحى متأثرين بإصاباتهم.")).extracting(c -> c.value().low(), Claim::kind,
                    Claim::group).containsExactly(tuple(31L, Kind.KILLED, Group.ALL),
                    tuple(26L, Kind.KILLED, Group.CIVILIANS), tuple(5L, Kind.KILLED, Group.SECURITY_FORCES));
        }

        @Test
        void aTitleAfterAccordingToShedsTheLamItTakesAndKeepsItsDescription() {
            assertThat(claims("وفقاً لمدير مستشفى المدينة، قتل 12 شخصاً.")).extracting(c -> c.source().text())
                    .containsExactly("مدير مستشفى المدينة");
            assertThat(claims("وفقا للمتحدث باسم الجيش، قتل 12 جندياً.")).extracting(c -> c.source().text())
                    .containsExactly("المتحدث باسم الجيش");
            assertThat(claims("وفقاً لمحافظ الإقليم، قتل 12 شخصاً.")).extracting(c -> c.source().text())
                    .containsExactly("محافظ الإقليم");
            // a body's name sheds it as before
            assertThat(claims("وفقاً للدفاع المدني، قتل 12 شخصاً.")).extracting(c -> c.source().text())
                    .containsExactly("الدفاع المدني");
        }

        @Test
        void aCampNamedByTheSudaneseWordForItIsAPlaceOfItsOwnAndAnArmysCampIsNot() {
            assertThat(claims("وارتفعت حصيلة القصف الذي استهدف معسكر أبو شوك للنازحين إلى 27 قتيلاً."))
                    .extracting(Claim::place).singleElement().asString().startsWith("fac:u-");
            // whose camp or prison it is, or what for, names no place
            assertThat(claims("قتل 5 جنود في هجوم على معسكر الجيش.")).extracting(Claim::place).containsOnlyNulls();
            assertThat(claims("قتل 5 جنود في هجوم على معسكر تدريب.")).extracting(Claim::place).containsOnlyNulls();
        }

        @Test
        void aSeparateIncidentReportedBesideThisOneIsAnotherIncident() {
            assertThat(claims("وفي تطور منفصل، قُتل 6 أشخاص في قصف على سوق مدينة مليط.")).extracting(Claim::scope)
                    .containsExactly(Scope.EARLIER);
            assertThat(claims("In a separate incident, six people were killed in Mellit.")).extracting(Claim::scope)
                    .containsExactly(Scope.EARLIER);
            // a related context is this incident's
            assertThat(claims("وفي سياق متصل، قُتل 6 أشخاص في القصف.")).extracting(Claim::scope)
                    .containsExactly(Scope.INCIDENT);
        }

        @Test
        void numbersAndNounsOfAFeatureOnASchoolAttack() {
            assertThat(claims("وأصيب واحداً وأربعين شخصاً في القصف.")).extracting(c -> c.value().low())
                    .containsExactly(41L);
            // pupils are civilians, and so are the others wounded with them
            assertThat(claims("قُتل 9 تلاميذ وأصيب 20 آخرون في القصف.")).extracting(Claim::group)
                    .containsExactly(Group.CIVILIANS, Group.CIVILIANS);
            // police stations are no police
            assertThat(claims("وقُتل فيه 17 شخصاً بعد أن هاجم نحو 30 مسلحا ثلاثة مراكز للشرطة."))
                    .extracting(c -> c.value().low()).containsExactly(17L, 30L);
            // the families displaced since a siege began are more than this attack's
            assertThat(claims("ونزحت أكثر من أربعة آلاف أسرة من المدينة منذ بداية الحصار.")).extracting(Claim::scope)
                    .containsExactly(Scope.WIDER);
        }

        @Test
        void aPlaceThatHoldsNoOneInCustodyHoldsItsPopulationWhichCountsNothing() {
            // the shells' fall is farther than what the school held
            assertThat(claims("وكانت المدرسة تضم 150 تلميذاً عند سقوط القذائف.")).isEmpty();
            assertThat(claims("وقالت معلمة إن المدرسة كانت تضم صباح السبت نحو مئة وخمسين تلميذاً، وإن القذائف سقطت "
                    + "على الفصول.")).isEmpty();
            // a prison holds its inmates
            assertThat(claims("وتضم المنشأة 1200 نزيل.")).extracting(Claim::kind).containsExactly(Kind.DETAINED);
        }

        @Test
        void aHealthCentreAndWhereTheyFledTowardsPlaceNoReport() {
            assertThat(claims("Four people were wounded and taken to the health centre in Pemba town."))
                    .extracting(Claim::place).containsOnlyNulls();
            assertThat(claims("ونقل 4 جرحى إلى المركز الصحي في مدينة بيمبا.")).extracting(Claim::place)
                    .containsOnlyNulls();
        }

        @Test
        void aTollToldBeforeItsRiseCountsTheNumberItRoseTo() {
            assertThat(claims("وقال مصدر طبي إن عدد القتلى ارتفع إلى 11 وعدد الجرحى إلى 19."))
                    .extracting(c -> c.value().low(), Claim::kind, Claim::partOf)
                    .containsExactly(tuple(11L, Kind.KILLED, null), tuple(19L, Kind.INJURED, null));
            assertThat(claims("وكانت حصيلة الجرحى قد ارتفعت إلى 30.")).extracting(Claim::kind)
                    .containsExactly(Kind.INJURED);
        }

        @Test
        void aStatesCommandRegrettingTheFallOfItsComradesCountsSecurityForces() {
            assertThat(claims("وتأسف هيئة الأركان العامة لسقوط 27 من رفاقنا في ساحة الشرف."))
                    .extracting(c -> c.value().low(), Claim::kind, Claim::group, c -> c.source().text())
                    .containsExactly(tuple(27L, Kind.KILLED, Group.SECURITY_FORCES, "هيئة الأركان العامة"));
            // shells that fell name no one
            assertThat(claims("وسقطت 3 من القذائف على المدرسة.")).isEmpty();
        }

        @Test
        void djiboWrittenWithDalIsDjibo() {
            assertThat(claims("قتل 27 جندياً في هجوم على قاعدة عسكرية في مدينة ديبو.")).extracting(Claim::place)
                    .containsExactly("loc:djibo");
        }

        @Test
        void aWordEndingInDalEndsItsSentenceThoughTheAbbreviationOfDoctorDoesNot() {
            // "د." (doctor) ends no sentence; "التمرد." does: the year of the sentence after it is not this one's
            assertThat(claims("كانت المدينة مهد التمرد. وقتل 17 شخصا في القصف.")).extracting(c -> c.evidence().quote())
                    .containsExactly("وقتل 17 شخصا في القصف.");
            assertThat(claims("وقال د. يعقوب آدم، مدير المستشفى، إن 12 شخصاً قتلوا."))
                    .extracting(c -> c.evidence().quote()).allMatch(q -> q.startsWith("وقال د. يعقوب"));
        }
    }

    /** Constructions of the unseen reports of rounds r17 and r18. */
    @Nested
    class NineteenthReader {

        @Test
        void aVerbWhoseDoerFollowsItCountsNoNumberBeforeIt() {
            // the attack "شنه مسلحون" (launched by gunmen): its doer follows it, so the soldiers listed with the dead
            // before it are dead, not attackers
            assertThat(claims("قُتل 6 صيادين وجنديان في هجوم شنه مسلحون على قرية ساحلية."))
                    .extracting(c -> c.value().low(), Claim::kind, Claim::group)
                    .containsExactly(tuple(6L, Kind.KILLED, Group.CIVILIANS),
                            tuple(2L, Kind.KILLED, Group.SECURITY_FORCES));
            assertThat(claims("وكان الهجوم الذي شنه نحو 40 مسلحاً قد أسفر عن مقتل 12 جندياً."))
                    .extracting(c -> c.value().low(), Claim::kind)
                    .containsExactly(tuple(40L, Kind.ATTACKERS), tuple(12L, Kind.KILLED));
        }

        @Test
        void theDualOfAWomansTradeCountsTwo() {
            assertThat(claims("قُتلت تلميذتان وأصيب ثلاثة تلاميذ في القصف."))
                    .extracting(c -> c.value().low(), Claim::kind, Claim::group)
                    .containsExactly(tuple(2L, Kind.KILLED, Group.CIVILIANS), tuple(3L, Kind.INJURED, Group.CIVILIANS));
        }

        @Test
        void aPatrolsDeadAreSecurityForces() {
            assertThat(claims("ارتفعت حصيلة قتلى الدورية إلى 5.")).extracting(Claim::kind, Claim::group)
                    .containsExactly(tuple(Kind.KILLED, Group.SECURITY_FORCES));
            assertThat(claims("قتل 5 من أفراد الدورية في الكمين.")).extracting(Claim::group)
                    .containsExactly(Group.SECURITY_FORCES);
            assertThat(claims("Five members of a police patrol were killed.")).extracting(Claim::group)
                    .containsExactly(Group.SECURITY_FORCES);
        }

        @Test
        void anEnglishDeathTollRisesToItsNumberHoweverLongItsDescription() {
            assertThat(claims("The death toll from an air strike on a detention centre holding African migrants in "
                    + "Saada has risen to 68, with 47 others wounded, medics said."))
                    .extracting(c -> c.value().low(), Claim::kind)
                    .containsExactly(tuple(68L, Kind.KILLED), tuple(47L, Kind.INJURED));
        }

        @Test
        void theVerbAfterARelativeClauseIsTheMainClausesHoweverLongTheClause() {
            assertThat(claims("The Judicial Police said today that 41 of the inmates who broke out of Jdeida prison on "
                    + "Thursday have now been recaptured.")).extracting(c -> c.value().low(), Claim::kind)
                    .containsExactly(tuple(41L, Kind.RECAPTURED));
            // however long the English clause, its main verb follows an auxiliary
            assertThat(claims("The Judicial Police said today that 41 of the inmates who broke out of Jdeida prison in "
                    + "Tripoli during Thursday's militia clashes have now been recaptured.")).extracting(Claim::kind)
                    .containsExactly(Kind.RECAPTURED);
            assertThat(claims("وقالت الشرطة القضائية إن 41 من النزلاء الذين فروا من سجن الجديدة يوم الخميس أعيد القبض "
                    + "عليهم.")).extracting(c -> c.value().low(), Claim::kind)
                    .containsExactly(tuple(41L, Kind.RECAPTURED));
            // with no verb after it, the relative's own cue still counts them
            assertThat(claims("وقالت الشرطة إنها تلاحق 41 من النزلاء الذين فروا من السجن.")).extracting(Claim::kind)
                    .containsExactly(Kind.ESCAPED);
        }

        @Test
        void theDeadAndTheWoundedTogetherCountNeitherWhateverVerbGovernsThem() {
            assertThat(claims("سقط أكثر من أربعين من المرتزقة بين قتيل ومصاب، فيما تم أسر 12 آخرين."))
                    .extracting(c -> c.value().low(), Claim::kind).containsExactly(tuple(12L, Kind.RECAPTURED));
            assertThat(claims("أسفر الهجوم عن سقوط 50 شخصاً بين قتيل وجريح.")).isEmpty();
            assertThat(claims("At least 20 people were killed or injured in the blast.")).isEmpty();
            // each toll of its own still counts
            assertThat(claims("أسفر الهجوم عن سقوط 50 قتيلاً وجريحين.")).extracting(c -> c.value().low(), Claim::kind)
                    .containsExactly(tuple(50L, Kind.KILLED), tuple(2L, Kind.INJURED));
        }

        @Test
        void aNumberBeforeACapitalisedUnitNounNamesTheUnit() {
            assertThat(claims("The clashes between the Stability Support Apparatus and the 444 Brigade killed 11 people "
                    + "and wounded 48.")).extracting(c -> c.value().low()).containsExactly(11L, 48L);
        }

        @Test
        void losingNumbersOfOnesOwnPeopleIsLosingThemDead() {
            assertThat(claims("وأكدت المصادر أن القوات الحكومية فقدت خمسة من أفرادها، بينهم ضابط برتبة عقيد، وأصيب أحد "
                    + "عشر آخرون.")).extracting(c -> c.value().low(), Claim::kind, Claim::group).containsExactly(
                    tuple(5L, Kind.KILLED, Group.SECURITY_FORCES), tuple(1L, Kind.KILLED, Group.SECURITY_FORCES),
                    tuple(11L, Kind.INJURED, Group.SECURITY_FORCES));
            assertThat(claims("وأضافت المصادر أن الحوثيين خسروا نحو 30 من عناصرهم."))
                    .extracting(Claim::kind, Claim::group).containsExactly(tuple(Kind.KILLED, Group.MILITANTS));
            assertThat(claims("The army said it lost five of its soldiers in the ambush.")).extracting(Claim::kind)
                    .containsExactly(Kind.KILLED);
            // fishermen lost at sea may be missing: no one's own people
            assertThat(claims("فقد 5 صيادين في البحر.")).isEmpty();
        }

        @Test
        void anEnglishParticipleBeforeItsNounCountsWhereNoVerbFollows() {
            assertThat(claims("He said his teams had collected 19 bodies and transported 41 wounded people to hospitals."))
                    .extracting(c -> c.value().low(), Claim::kind)
                    .containsExactly(tuple(19L, Kind.KILLED), tuple(41L, Kind.INJURED));
            assertThat(claims("Police said 118 escaped inmates have been recaptured.")).extracting(Claim::kind)
                    .containsExactly(Kind.RECAPTURED);
        }

        @Test
        void stillAtLargeInTheSingularIsARemainderOfTheEscaped() {
            assertThat(claims("وقال المتحدث إن عدد المعاد القبض عليهم ارتفع إلى 161، فيما سلّم 14 آخرون أنفسهم طوعاً إلى "
                    + "السلطات، ولا يزال 137 طليقاً.")).extracting(c -> c.value().low(), Claim::kind).containsExactly(
                    tuple(161L, Kind.RECAPTURED), tuple(14L, Kind.SURRENDERED), tuple(137L, Kind.ESCAPED));
        }

        @Test
        void aCountOverMonthsOrYearsIsWiderThanAnIncidentAndOneOverDaysIsNot() {
            assertThat(claims("تسبب النزاع في مقتل نحو 40 ألف شخص خلال أكثر من 40 عاماً.")).extracting(Claim::scope)
                    .containsExactly(Scope.WIDER);
            assertThat(claims("The conflict has killed 40,000 people over four decades.")).extracting(Claim::scope)
                    .containsExactly(Scope.WIDER);
            assertThat(claims("قتل 20 شخصاً خلال ثلاثة أيام من المعارك.")).extracting(Claim::scope)
                    .containsExactly(Scope.INCIDENT);
            assertThat(claims("The attack killed over 40 people.")).extracting(Claim::scope)
                    .containsExactly(Scope.INCIDENT);
        }

        @Test
        void aTotalThatAmongThemFollowsIsTheTotalOfItsParts() {
            // "تسعة بينهم جنديان": nine, among them two soldiers; "سبعة منهم": seven of them
            assertThat(claims("وفي تحديث الساعة 09:45، ارتفع عدد القتلى إلى تسعة بينهم جنديان، وأصيب 18 آخرون."))
                    .extracting(c -> c.value().low(), Claim::kind, Claim::group, c -> c.partOf() != null)
                    .containsExactly(tuple(9L, Kind.KILLED, Group.ALL, false),
                            tuple(2L, Kind.KILLED, Group.SECURITY_FORCES, true),
                            tuple(18L, Kind.INJURED, Group.ALL, false));
        }

        @Test
        void theAreasNearOnePlaceAreNoRegion() {
            assertThat(claims("قال عميد بلدية أبوسليم إن نحو 140 عائلة نزحت من منازلها في المناطق القريبة من خطوط التماس."))
                    .extracting(Claim::kind, Claim::scope).containsExactly(tuple(Kind.DISPLACED, Scope.INCIDENT));
            assertThat(claims("قتل 300 شخص في المناطق الخاضعة لسيطرة الجيش.")).extracting(Claim::scope)
                    .containsExactly(Scope.WIDER);
        }

        @Test
        void aCountOverTheWarIsWider() {
            assertThat(claims("وبحسب أرقام وزارة الصحة، استشهد أكثر من 220 عاملاً صحياً ومسعفاً في لبنان خلال الحرب وبعدها."))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
        }

        @Test
        void whoWereWhereItHappenedAreNoToll() {
            assertThat(claims("وأوضح مصدر محلي أن الطائرة المسيرة سقطت وسط السوق في ساعة الذروة، حيث كان عشرات المواطنين "
                    + "يتسوقون، ما أدى إلى سقوط هذا العدد من الضحايا.")).isEmpty();
            assertThat(claims("A shell hit the market where dozens of people were shopping, killing 9."))
                    .extracting(c -> c.value().low()).containsExactly(9L);
            // a toll in the clause of where still counts
            assertThat(claims("قصفت الطائرات السوق حيث قتل 12 شخصاً.")).extracting(c -> c.value().low(), Claim::kind)
                    .containsExactly(tuple(12L, Kind.KILLED));
        }

        @Test
        void aPlaceNearWhichANamedPlaceLiesIsAPointOfReference() {
            assertThat(claims("It had said on Friday that 87 inmates escaped through a breach in the rear wall of the "
                    + "prison, which lies near Mitiga airport, after it was hit by stray shells.")).extracting(Claim::place)
                    .containsOnlyNulls();
            assertThat(claims("فر 87 نزيلاً من سجن الجديدة القريب من مطار معيتيقة.")).extracting(Claim::place)
                    .containsExactly("fac:jdeida-prison");
        }

        @Test
        void theNumberAgainInDigitsStandsBetweenNoNumberAndItsNoun() {
            assertThat(claims("وأسفرت المواجهات عن وفاة سبعة (7) نزلاء وإصابة 12 آخرين."))
                    .extracting(c -> c.value().low(), Claim::kind, Claim::group)
                    .containsExactly(tuple(7L, Kind.KILLED, Group.DETAINEES), tuple(12L, Kind.INJURED, Group.DETAINEES));
            assertThat(claims("قتل ثلاثة (03) إرهابيين.")).extracting(Claim::group).containsExactly(Group.MILITANTS);
        }

        @Test
        void aYearAfterInOrSinceIsAYearWhateverFollows() {
            assertThat(claims("في 2020 هربنا، وفي 2022 هربنا، والآن مرة أخرى.")).isEmpty();
        }

        @Test
        void aMonthOrYearWrittenOutInAnUndatedReportRecallsAnEarlierIncident() {
            // wire copy whose dateline has no year ("ADEN, May 21 (Reuters) -"): no date of its own
            assertThat(claims("In January 2022, a Saudi-led coalition strike on a prison in Saada killed at least 91 "
                    + "people.", null)).extracting(Claim::scope).containsExactly(Scope.EARLIER);
            assertThat(claims("In January 2025, more than 130 inmates escaped from the prison in Mongo.", null))
                    .extracting(Claim::scope).containsExactly(Scope.EARLIER);
            // its own incident is told by its days
            assertThat(claims("Gunmen killed 12 people on Friday.", null)).extracting(Claim::scope)
                    .containsExactly(Scope.INCIDENT);
        }

        @Test
        void mournersAreNoTollAndASeparateContextIsAnotherIncident() {
            assertThat(claims("وقال مراسل حلب اليوم إن مئات المشيعين ساروا خلف جثامين الضحايا.")).isEmpty();
            assertThat(claims("في سياق منفصل، الجيش الباكستاني: مقتل جنديين في تبادل لإطلاق النار مع مسلحين.",
                    "2024-10-25")).extracting(Claim::scope).containsExactly(Scope.EARLIER);
        }

        @Test
        void aCampsPopulationIsWiderAndSomeOfTheDeadAreNoToll() {
            assertThat(claims("Before the attack, Kazgeil hosted an estimated 7,000 IDPs who had fled fighting."))
                    .extracting(Claim::kind, Claim::group, Claim::scope)
                    .containsExactly(tuple(Kind.DISPLACED, Group.CIVILIANS, Scope.WIDER));
            assertThat(claims("More than 3,000 IDPs fled the camp after the strike.")).extracting(Claim::kind, Claim::scope)
                    .containsExactly(tuple(Kind.DISPLACED, Scope.INCIDENT));
            assertThat(claims("وقالت الشرطة إنها عثرت على أحزمة ناسفة لم تنفجر بحوزة اثنين من القتلى.")).isEmpty();
        }

        @Test
        void aCountryIsAFiguresPlaceOnlyWhereItsSentenceNamesNoneNarrower() {
            assertThat(claims("أما في باكستان، فقد قتل عشرة شرطيين ومدنيان في هجوم انتحاري على مركز شرطة في ديرة إسماعيل "
                    + "خان.")).extracting(Claim::place).containsOnly("loc:dera-ismail-khan");
            assertThat(claims("قتل 5 أشخاص في سوريا.")).extracting(Claim::place).containsExactly("loc:syria");
        }
    }

    /** Constructions of rounds r21 to r23. */
    @Nested
    class TwentiethReader {

        @Test
        void whatBefellTheEscapedAfterwardsIsTheirKind() {
            assertThat(claims("وقال المصدر إن سبعة من الفارين سلموا أنفسهم طواعية.")).extracting(Claim::kind, Claim::group)
                    .containsExactly(tuple(Kind.SURRENDERED, Group.DETAINEES));
            assertThat(claims("وقال مصدر أمني إن أحد الفارين قُتل برصاص عناصر الدرك.")).extracting(Claim::kind, Claim::group)
                    .containsExactly(tuple(Kind.KILLED, Group.DETAINEES));
            assertThat(claims("وقال مصدر إن 12 من الفارين لقوا حتفهم.")).extracting(Claim::kind)
                    .containsExactly(Kind.KILLED);
            assertThat(claims("وقال مصدر إن 12 من الفارين لا يزالون طلقاء.")).extracting(Claim::kind)
                    .containsExactly(Kind.ESCAPED);
        }

        @Test
        void aPartNamedByItsNounIsCountedOutOfAWholeHeld() {
            assertThat(claims("وأوضحت الوزارة أن 43 نزيلا من أصل 312 كانوا محتجزين في السجن لحظة الهجوم تمكنوا من الفرار."))
                    .extracting(c -> c.value().low(), Claim::kind)
                    .containsExactly(tuple(43L, Kind.ESCAPED), tuple(312L, Kind.DETAINED));
        }

        @Test
        void aTollOfWhomAVerbTellsCountsWhatTheVerbSays() {
            assertThat(claims("وقالت الشرطة إن عدد من أعيد القبض عليهم من النزلاء الفارين ارتفع إلى 22 نزيلاً، من أصل 41 "
                    + "فروا من السجن.")).extracting(c -> c.value().low(), Claim::kind)
                    .containsExactly(tuple(22L, Kind.RECAPTURED), tuple(41L, Kind.ESCAPED));
        }

        @Test
        void aRangesMultiplierIsItsFirstNumbersToo() {
            assertThat(claims("وقال إن ما بين 60 و80 ألف شخص فروا من المخيم خلال أيام.")).extracting(Claim::value)
                    .extracting(v -> v.low(), v -> v.high()).containsExactly(tuple(60_000L, 80_000L));
            assertThat(claims("وقال إن بين 600 و1000 شخص نزحوا من المخيم.")).extracting(Claim::value)
                    .extracting(v -> v.low(), v -> v.high()).containsExactly(tuple(600L, 1000L));
            assertThat(claims("Between two and three million people have been displaced by the fighting."))
                    .extracting(Claim::value).extracting(v -> v.low(), v -> v.high())
                    .containsExactly(tuple(2_000_000L, 3_000_000L));
        }

        @Test
        void householdsRestatedInPeopleCountNothing() {
            assertThat(claims("ووصلت نحو 450 أسرة، أي ما يقارب 3200 شخص، إلى المدينة هربا من الهجوم."))
                    .extracting(c -> c.value().low(), Claim::kind).containsExactly(tuple(3200L, Kind.DISPLACED));
            assertThat(claims("Some 450 families, or about 3,200 people, fled to the town after the attack."))
                    .extracting(c -> c.value().low(), Claim::kind).containsExactly(tuple(3200L, Kind.DISPLACED));
            assertThat(claims("ونزحت 300 عائلة من القرية.")).extracting(c -> c.value().low()).containsExactly(300L);
        }

        @Test
        void aDaysTollWrittenWithItsDigitsGluedIsWider() {
            assertThat(claims("وقالت وزارة الصحة إن 38 شهيدا و124 مصابا وصلوا إلى مستشفيات القطاع خلال الساعات الـ24 الماضية."))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER, Scope.WIDER);
        }

        @Test
        void aPlaceThatSheltersTheDisplacedIsNoPopulationCounted() {
            assertThat(claims("ارتفعت حصيلة القصف على مدرسة الفلاح التي تؤوي نازحين في حي الزيتون إلى ثمانية عشر شهيدا."))
                    .extracting(Claim::kind, Claim::scope).containsExactly(tuple(Kind.KILLED, Scope.INCIDENT));
            assertThat(claims("ويؤوي المخيم أكثر من 500 ألف نازح.")).extracting(Claim::scope).containsExactly(Scope.WIDER);
        }

        @Test
        void aWarRecalledAsPastIsAnEarlierIncident() {
            assertThat(claims("بينما قتل نحو 1200 لبناني في تلك الحرب معظمهم من المدنيين.")).extracting(Claim::scope)
                    .containsExactly(Scope.EARLIER);
        }

        @Test
        void aCampNamedByItsNameAloneInEnglishIsItsPlace() {
            assertThat(claims("At least 129 people were killed when paramilitaries stormed the Zamzam displacement camp."))
                    .extracting(Claim::place).containsExactly("fac:zamzam-camp");
        }

        @Test
        void aClauseWithAVerbOfItsOwnBeforeItsNumberTakesNoCueBeforeIt() {
            assertThat(claims("وقالت الوزارة إن 6 أشخاص قتلوا في الاشتباكات، فيما خرج مئات المتظاهرين إلى الشوارع."))
                    .extracting(c -> c.value().low()).containsExactly(6L);
            assertThat(claims("وقالت الوزارة إن 6 أشخاص قتلوا في الاشتباكات، بينما تجمع عشرات السكان أمام المستشفى."))
                    .extracting(c -> c.value().low()).containsExactly(6L);
            assertThat(claims("قتل 5 أشخاص، فيما أصيب 10 آخرون.")).extracting(Claim::kind)
                    .containsExactly(Kind.KILLED, Kind.INJURED);
        }

        @Test
        void aWordOfDeathInAPlacesNameIsNoCue() {
            assertThat(claims("وخرج مئات المتظاهرين في ميدان الشهداء للمطالبة بوقف القتال.")).isEmpty();
            assertThat(claims("ونقل 12 جريحا إلى مستشفى شهداء الأقصى.")).extracting(Claim::kind)
                    .containsExactly(Kind.INJURED);
        }

        @Test
        void anUndatedReportSpeaksFromNoDayAPeriodStartedOn() {
            String wire = "CAIRO, Oct 24 (Reuters) - An Israeli air strike on a school in Gaza City killed at least 15 "
                    + "people on Thursday, health officials said.\n\nIsrael's campaign in Gaza has killed more than 42,800 "
                    + "Palestinians since Oct. 7, 2023, according to the health ministry.";
            // October 7, 2023 is when the counting began, not the day of the count, which the report does not date
            assertThat(claims(wire, null)).extracting(c -> c.value().low(), Claim::asOf, Claim::scope)
                    .containsExactly(tuple(15L, null, Scope.INCIDENT), tuple(42_800L, null, Scope.WIDER));
        }

        @Test
        void aRoundupsSectionHeadPlacesTheFiguresOfItsSection() {
            String roundup = "حصيلة أسبوع دام في السودان\n\n"
                    + "كوستي: ارتفعت حصيلة قتلى الهجوم بالمسيرة على السوق الكبير في كوستي إلى 21 قتيلاً.\n\n"
                    + "سنار: أعلنت السلطات الصحية في ولاية سنار ارتفاع عدد قتلى الهجوم على محطة الكهرباء إلى ستة.\n\n"
                    + "أرقام الأسبوع\n\nوقتل 40 شخصا على الأقل هذا الأسبوع.";
            assertThat(claims(roundup, "2025-05-08")).extracting(c -> c.value().low(), Claim::place)
                    .containsExactly(tuple(21L, "loc:kosti"), tuple(6L, "loc:sennar"), tuple(40L, null));
            // one place's heads make no sections: the state stays the figure's place
            String one = "سنار: أعلنت السلطات الصحية في ولاية سنار ارتفاع عدد قتلى الهجوم إلى ستة.";
            assertThat(claims(one, "2025-05-08")).extracting(Claim::place).containsExactly("loc:sennar-state");
        }

        @Test
        void aRoundupsSectionHeadIsNamedAsSuch() {
            String roundup = "كوستي: قتل 21 شخصا في قصف على السوق.\n\nسنار: قتل ستة أشخاص في قصف على محطة الكهرباء.";
            Document d = new Document("d-test", "t.txt", null, "0", "text/plain", "ar", null, "2025-05-08", null, null,
                    DocumentStatus.PROCESSED, null, roundup);
            assertThat(extractor.extract(d).mentions())
                    .filteredOn(m -> m.role() == Mention.Role.SECTION).extracting(Mention::entity)
                    .containsExactly("loc:kosti", "loc:sennar");
        }

        @Test
        void theWordForOneAfterANounCountsOneWhateverLeadsIt() {
            assertThat(claims("ونعى حزب الله في بيان عنصرا واحدا هو علي حسن فقيه.")).extracting(Claim::kind,
                    c -> c.value().low()).containsExactly(tuple(Kind.KILLED, 1L));
            assertThat(claims("وتبنى التنظيم هجوما واحدا.")).isEmpty();
        }

        @Test
        void residentsSentFleeingAreDisplacedAndVictimsOfRapeNoKind() {
            assertThat(claims("The rebels seized the city after an advance that sent tens of thousands of residents "
                    + "fleeing and left bodies lying in the streets.")).extracting(Claim::kind)
                    .containsExactly(Kind.DISPLACED);
            assertThat(claims("وقالت مديرة السجن إن ما بين 165 و167 امرأة كن محتجزات في جناح النساء تعرضن للاغتصاب."))
                    .isEmpty();
        }

        @Test
        void aTollNearingANumberIsAboutIt() {
            assertThat(claims("وقالت الأمم المتحدة إن حصيلة القتلى في غوما تقترب من 3 آلاف قتيل.")).extracting(Claim::value)
                    .extracting(v -> v.low(), v -> v.qualifier()).containsExactly(tuple(3000L, Qualifier.APPROXIMATE));
        }

        @Test
        void aCountSincePartOfAMonthIsWider() {
            assertThat(claims("The Houthis say more than 200 civilians have been killed in the strikes since mid-March."))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
            assertThat(claims("وقتل أكثر من 200 مدني منذ منتصف آذار.")).extracting(Claim::scope)
                    .containsExactly(Scope.WIDER);
        }

        @Test
        void aUnitsNumberAfterTheKindOfUnitIsALabel() {
            assertThat(claims("وقتل النقيب علي الجبوري آمر سرية في الفوج الثاني بلواء المشاة 45.")).extracting(c -> c.value().low())
                    .doesNotContain(45L);
            assertThat(claims("وقتل على الطريق الدولي 5 أشخاص.")).extracting(c -> c.value().low()).containsExactly(5L);
        }

        @Test
        void aGroupsFightersAsItsMediaNamesThemAreMilitants() {
            assertThat(claims("وأشار المصدر إلى أن ثلاثة من المجاهدين ارتقوا شهداء خلال التصدي للزحف.")).extracting(Claim::group)
                    .containsExactly(Group.MILITANTS);
        }

        @Test
        void theWoundedWhoSuccumbAreSomeOfTheDeadAndCompensationCountsNoOne() {
            assertThat(claims("The death toll rose to 13 on Saturday after four more injured persons succumbed to their "
                    + "wounds.")).extracting(c -> c.value().low(), Claim::kind)
                    .containsExactly(tuple(13L, Kind.KILLED), tuple(4L, Kind.KILLED));
            assertThat(claims("He visited the injured and announced compensation of 1 million rupees for the families of each "
                    + "deceased.")).isEmpty();
        }

        @Test
        void escapeesReturnedToPrisonAreRecaptured() {
            assertThat(claims("وقال إن 150 من السجناء الفارين أعيدوا إلى السجن حتى الآن، في حين لا تزال الشرطة تلاحق 66 آخرين."))
                    .extracting(c -> c.value().low(), Claim::kind).containsExactly(tuple(150L, Kind.RECAPTURED));
        }

        @Test
        void aSpokesmansOwnPeopleAfterTheirNounAreHisBodys() {
            assertThat(claims("وقال المتحدث باسم وزارة الدفاع حسن عبد الغني إن الهجمات أدت إلى ارتقاء 13 شهيداً من عناصرنا."))
                    .extracting(Claim::group).containsExactly(Group.SECURITY_FORCES);
            assertThat(claims("وقال الجيش إن 5 أشخاص قتلوا.")).extracting(Claim::group).containsExactly(Group.ALL);
            assertThat(claims("وأعلنت الوزارة إلقاء القبض على 11 من الفلول.")).extracting(Claim::group)
                    .containsExactly(Group.MILITANTS);
        }

        @Test
        void thoseABodyHoldsInItsPrisonsAreAWiderPopulation() {
            assertThat(claims("وتحتجز القوات الكردية في سجونها آلاف المقاتلين من تنظيم الدولة الإسلامية.", "2025-10-15"))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
            assertThat(claims("وقالت مصلحة السجون إن 5 نزلاء قتلوا في سجن الحوت.", "2025-10-15")).extracting(Claim::scope)
                    .containsExactly(Scope.INCIDENT);
        }

        @Test
        void anAmountAfterItsCurrencyCountsNoOne() {
            assertThat(claims("The provincial government announced Rs1 million for the families of each of the 26 killed."))
                    .extracting(c -> c.value().low()).containsExactly(26L);
            assertThat(claims("The provincial government announced Rs 1 million for the families of those killed.")).isEmpty();
            assertThat(claims("Donors pledged $5 million for the families of those killed.")).isEmpty();
        }

        @Test
        void hostagesAreHeldByTheirTakersAndKilledAsAnyoneIs() {
            assertThat(claims("وقالت المصادر إن المسلحين احتجزوا أكثر من 400 راكب في القطار.")).isEmpty();
            assertThat(claims("وقال الجيش إنه تمكن من تحرير 155 راكبا كانوا محتجزين لدى مسلحين.")).isEmpty();
            assertThat(claims("واحتجز المسلحون 5 رهائن.")).isEmpty();
            assertThat(claims("وقال الجيش إن 26 رهينة قتلوا في الهجوم.")).extracting(c -> c.value().low(), Claim::kind)
                    .containsExactly(tuple(26L, Kind.KILLED));
            // the forces' own arrests, after the armed men another number counts, are arrests
            assertThat(claims("وقتلت القوات 10 مسلحين واحتجزت 5 آخرين.")).extracting(c -> c.value().low(), Claim::kind)
                    .containsExactly(tuple(10L, Kind.KILLED), tuple(5L, Kind.RECAPTURED));
            assertThat(claims("وأسفرت العمليات عن مقتل 9 من عناصر التنظيم واعتقال 23 مطلوباً.")).extracting(Claim::kind)
                    .containsExactly(Kind.KILLED, Kind.RECAPTURED);
        }

        @Test
        void whatFollowsAnIncidentToldAsNotTheFirstRecallsAnother() {
            assertThat(claims("ولم تكن هذه الحادثة الأولى من نوعها في باكستان؛ ففي يوليو 2013 هاجم مسلحون سجن ديرة إسماعيل "
                    + "خان، وقتلوا 25 حارسا.")).extracting(Claim::scope).containsExactly(Scope.EARLIER);
            assertThat(claims("وقتل 5 حراس، ولم تكن هذه المرة الأولى التي يستهدف فيها السجن.")).extracting(Claim::scope)
                    .containsExactly(Scope.INCIDENT);
        }

        @Test
        void bombersWhoBlewThemselvesUpAttacked() {
            assertThat(claims("وكان انتحاريان اثنان قد فجرا نفسيهما في سوق الملابس.")).extracting(Claim::kind, Claim::group)
                    .containsExactly(tuple(Kind.ATTACKERS, Group.MILITANTS));
            assertThat(claims("Two suicide bombers blew themselves up in a busy market.")).extracting(Claim::kind, Claim::group)
                    .containsExactly(tuple(Kind.ATTACKERS, Group.MILITANTS));
        }

        @Test
        void aProtestMovementsTollSinceItBeganIsWiderAndItsStartDatesNoCount() {
            assertThat(claims("وقال المصدر إن أكثر من 380 شخصا قتلوا منذ انطلاق الاحتجاجات.")).extracting(Claim::scope)
                    .containsExactly(Scope.WIDER);
            assertThat(claims("More than 200 people were wounded when troops opened fire on demonstrators blocking two "
                    + "bridges.")).extracting(c -> c.value().low()).containsExactly(200L);
            assertThat(claims("شهد جنوب العراق الخميس أحد أكثر الأيام دموية منذ بدء حركة الاحتجاج في الأول من تشرين الأول، "
                    + "مع سقوط 40 قتيلا في مدينتي الناصرية والنجف.", "2019-11-29")).extracting(Claim::asOf)
                    .containsExactly("2019-11-28");
        }

        @Test
        void aWholeOfNoNounCountsWhoWereThereNotWhatBefellThePart() {
            assertThat(claims("وأوضح أن 879 نزيلاً فروا من أصل 994 كانوا في السجن المتوسط الحراسة."))
                    .extracting(c -> c.value().low(), Claim::kind, Claim::group)
                    .containsExactly(tuple(879L, Kind.ESCAPED, Group.DETAINEES), tuple(994L, Kind.DETAINED, Group.DETAINEES));
            assertThat(claims("وقال إن 5 قتلوا من أصل 20 راكبا كانوا في الحافلة.")).extracting(c -> c.value().low())
                    .containsExactly(5L);
        }

        @Test
        void whoReturnedOfTheirOwnWillSurrenderedAndWhoStayedAreNoKind() {
            assertThat(claims("وقال إن ستة من الفارين عادوا إلى السجن طوعاً.")).extracting(Claim::kind)
                    .containsExactly(Kind.SURRENDERED);
            assertThat(claims("The prisons service said six who escaped had returned voluntarily.")).extracting(Claim::kind)
                    .containsExactly(Kind.SURRENDERED);
            assertThat(claims("Around 3,600 inmates escaped and only around 100 inmates remained inside, the office said."))
                    .extracting(c -> c.value().low()).containsExactly(3600L);
        }

        @Test
        void tollsOfSeparateAttacksAndOfAnInsurgencyAreWider() {
            assertThat(claims("Gunmen on Thursday killed four police officers in separate attacks on police stations.",
                    "2024-03-04")).extracting(Claim::scope).containsExactly(Scope.WIDER);
            assertThat(claims("ينشط التنظيم في شمال شرق نيجيريا، في نزاع أودى بحياة أكثر من 40 ألف شخص، وفق الأمم المتحدة."))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
            assertThat(claims("وقال المحافظ إن الغارات على المحافظة أسفرت عن مقتل 52 شخصا في عدد من البلدات."))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
            assertThat(claims("وبذلك يتجاوز مجموع الفارين من السجنين ٤٦٠٠ سجين.")).extracting(Claim::scope)
                    .containsExactly(Scope.WIDER);
        }

        @Test
        void aTollNamesWhomBeforeTheClauseOfItsVerb() {
            assertThat(claims("قالت مصلحة السجون إن عدد النزلاء الذين أعيد توقيفهم بعد فرارهم من مركز الاحتجاز ارتفع إلى 19."))
                    .extracting(c -> c.value().low(), Claim::kind, Claim::group)
                    .containsExactly(tuple(19L, Kind.RECAPTURED, Group.DETAINEES));
        }

        @Test
        void aPartOfTheNounADefiniteNumberDescribesTakesTheVerbAfterIt() {
            assertThat(claims("وأضاف أن ثلاثة من الفارين الأربعة أعيد توقيفهم.")).extracting(c -> c.value().low(), Claim::kind)
                    .containsExactly(tuple(3L, Kind.RECAPTURED), tuple(4L, Kind.ESCAPED));
            assertThat(claims("وأضاف أن ثلاثة من السجناء الخمسة قتلوا.")).extracting(c -> c.value().low(), Claim::kind)
                    .containsExactly(tuple(3L, Kind.KILLED), tuple(5L, Kind.DETAINED));
            // the gunmen, two of whom were killed, were not all killed
            assertThat(claims("وقال إن اثنين من المسلحين الستة قتلا في الاشتباك.")).extracting(c -> c.value().low(), Claim::kind)
                    .containsExactly(tuple(2L, Kind.KILLED));
        }

        @Test
        void protestersAreCiviliansAndTheHeldStayDetainees() {
            assertThat(claims("قُتل ثلاثة متظاهرين وأصيب 19 آخرون.")).extracting(Claim::group)
                    .containsExactly(Group.CIVILIANS, Group.CIVILIANS);
            assertThat(claims("Security forces shot dead 24 protesters.")).extracting(Claim::group)
                    .containsExactly(Group.CIVILIANS);
            assertThat(claims("وفر 20 من المحتجزين.")).extracting(Claim::group).containsExactly(Group.DETAINEES);
        }

        @Test
        void aDualOfEveryoneTakesTheGroupThatDescribesIt() {
            assertThat(claims("ونعت المقاومة الإسلامية في لبنان الشهيدين المجاهدين علي حسن وأحمد محمد."))
                    .extracting(Claim::group, c -> c.source() == null ? null : c.source().entity())
                    .containsExactly(tuple(Group.MILITANTS, "grp:hezbollah"));
            assertThat(claims("سقط قتيلان في القصف.")).extracting(Claim::group).containsExactly(Group.ALL);
        }

        @Test
        void exactlyIsNoSeizure() {
            assertThat(claims("قبل عام بالضبط، خرج آلاف الشبان العراقيين إلى ساحة التحرير.")).isEmpty();
            assertThat(claims("قتل 5 أشخاص بالضبط في القصف.")).extracting(Claim::kind).containsExactly(Kind.KILLED);
            assertThat(claims("وتمكنت الشرطة من ضبط 7 عناصر.")).extracting(Claim::kind).containsExactly(Kind.RECAPTURED);
        }

        @Test
        void whereSomeoneNamedIsStayingIsIncidental() {
            Document d = new Document("d-test", "t.txt", null, "0", "text/plain", "ar", null, "2024-03-04", null, null,
                    DocumentStatus.PROCESSED, null, "قال وزير المالية، الذي يتولى رئاسة الحكومة في غياب رئيس الوزراء "
                    + "الموجود في العاصمة الكينية نيروبي، إن 12 شخصاً قتلوا في مدينة بيدوا.");
            assertThat(extractor.extract(d).mentions().stream().filter(m -> m.entity().equals("loc:nairobi")))
                    .extracting(Mention::role).containsOnly(Mention.Role.INCIDENTAL);
            Document origin = new Document("d-test", "t.txt", null, "0", "text/plain", "ar", null, "2025-07-11", null, null,
                    DocumentStatus.PROCESSED, null, "وأضاف أن جثث تسعة ركاب عثر عليها قرب قلات، مشيرا إلى أن الضحايا جميعهم"
                    + " من إقليم البنجاب.");
            assertThat(extractor.extract(origin).mentions().stream().filter(m -> m.entity().equals("loc:punjab-pakistan")))
                    .extracting(Mention::role).containsOnly(Mention.Role.INCIDENTAL);
        }

        @Test
        void whoCrossedABorderFleeingAreDisplacedAndArmedMenWhoCrossedAttacked() {
            assertThat(claims("وقالت المفوضية إن أكثر من 30 ألف شخص، معظمهم سوريون، عبروا من لبنان إلى سوريا خلال 72 ساعة."))
                    .extracting(Claim::kind).containsExactly(Kind.DISPLACED);
            assertThat(claims("More than 100,000 people have crossed into Syria, the UN said.")).extracting(Claim::kind)
                    .containsExactly(Kind.DISPLACED);
            assertThat(claims("وأفادت بأن 12 مسلحا عبروا الحدود وهاجموا الموقع.")).extracting(Claim::kind)
                    .containsExactly(Kind.ATTACKERS);
            assertThat(claims("وتسلل 5 مسلحين عبر الحدود.")).isEmpty();
        }

        @Test
        void attackersFreeingInmatesLetThemEscape() {
            assertThat(claims("Gunmen attacked a prison in southeast Nigeria early Monday, freeing 1,844 inmates, the prisons "
                    + "service said.")).extracting(Claim::kind, Claim::group)
                    .containsExactly(tuple(Kind.ESCAPED, Group.DETAINEES));
            assertThat(claims("Troops stormed the camp, freeing 20 hostages.")).isEmpty();
        }

        @Test
        void aCountSinceADateWithoutItsYearIsWiderInAReportNothingDates() {
            assertThat(claims("The Palestinian Prisoners Club said Israel has arrested some 3,200 Palestinians in the West "
                    + "Bank since Oct. 7, far more than the number released so far.", null)).extracting(Claim::scope)
                    .containsExactly(Scope.WIDER);
        }

        @Test
        void aDetentionCentresNameIsNoArrest() {
            assertThat(claims("وأكدت الهيئة الإفراج عن 39 أسيرة وأسيراً قاصراً، هم 24 امرأة و15 طفلاً، من سجن عوفر ومن مركز "
                    + "توقيف المسكوبية في القدس.")).isEmpty();
            assertThat(claims("وفر 20 سجينا من مركز توقيف في المدينة.")).extracting(Claim::kind).containsExactly(Kind.ESCAPED);
        }

        @Test
        void aTollNamedBetweenANumberAndTheNextRiseIsTheNextOnes() {
            assertThat(claims("ارتفاع عدد القتلى الأفغان في تفجيري المطار إلى 90 والجرحى إلى 150."))
                    .extracting(c -> c.value().low(), Claim::kind)
                    .containsExactly(tuple(90L, Kind.KILLED), tuple(150L, Kind.INJURED));
        }

        @Test
        void serviceMembersAreSecurityForces() {
            assertThat(claims("At least 169 Afghans and 13 U.S. service members were killed, officials said. The Pentagon "
                    + "said 18 service members were wounded.")).extracting(c -> c.value().low(), Claim::group)
                    .containsExactly(tuple(169L, Group.ALL), tuple(13L, Group.SECURITY_FORCES),
                            tuple(18L, Group.SECURITY_FORCES));
        }

        @Test
        void oneNamedAmongTheCountedBeforeTheirVerbLeavesTheVerbToAll() {
            assertThat(claims("قالت مصادر أمنية إن 23 جنديا مصريا على الأقل بينهم ضابط برتبة عقيد قتلوا يوم الجمعة."))
                    .extracting(c -> c.value().low(), Claim::kind, c -> c.partOf() != null)
                    .containsExactly(tuple(23L, Kind.KILLED, false), tuple(1L, Kind.KILLED, true));
        }

        @Test
        void killedOrWoundedTogetherCountNeither() {
            assertThat(claims("وقال الجيش في بيان إن 26 عسكريا قتلوا أو أصيبوا دون أن يحدد عدد القتلى.")).isEmpty();
        }

        @Test
        void headlinesPresentVerbsCountAndTheOneArrestedIsNoneOfThem() {
            assertThat(claims("مسلح يهاجم كنيسة في حي حلوان جنوب القاهرة، ويقتل 9 أشخاص بينهم أمين شرطة، قبل أن تتمكن قوات "
                    + "الأمن من القبض عليه بعد إصابته.")).extracting(c -> c.value().low(), Claim::kind, Claim::group)
                    .containsExactly(tuple(9L, Kind.KILLED, Group.ALL));
            assertThat(claims("هجوم بسيارات مفخخة على كمين جنوب رفح يقتل 23 عسكريا.")).extracting(Claim::kind, Claim::group)
                    .containsExactly(tuple(Kind.KILLED, Group.SECURITY_FORCES));
            assertThat(claims("مسلحون يهاجمون حافلة تقل أقباطا في المنيا، ويقتلون 28 شخصا بينهم أطفال."))
                    .extracting(Claim::group).containsExactly(Group.ALL);
        }

        @Test
        void anAttackMonthsAfterAnotherRecallsItsToll() {
            assertThat(claims("ويأتي الهجوم بعد أقل من شهرين من تفجيري كنيستي طنطا والإسكندرية في أحد السعف، اللذين راح "
                    + "ضحيتهما 45 شخصا.")).extracting(Claim::scope).containsExactly(Scope.EARLIER);
            assertThat(claims("وقتل 28 شخصا في الهجوم على الحافلة، التي كانت تقل 40 راكبا.")).extracting(Claim::scope)
                    .containsOnly(Scope.INCIDENT);
        }

        @Test
        void theIdentifiedAmongTheDeadAndTheMilitiasFightingCountNoToll() {
            assertThat(claims("وقال إن الهيئة تعرفت حتى الآن على هويات 59 ضحية من أصل 140 جثة انتشلت من المقابر."))
                    .extracting(c -> c.value().low()).containsExactly(140L);
            assertThat(claims("Clashes between two powerful militias in the capital this week killed 55 people, authorities "
                    + "said.")).extracting(c -> c.value().low()).containsExactly(55L);
        }

        @Test
        void oneOfItsOwnAndAConscriptCountOne() {
            assertThat(claims("وأعلن الجيش مقتل 12 مسلحا في المداهمة، مقابل مقتل أحد جنوده وإصابة اثنين آخرين."))
                    .extracting(c -> c.value().low(), Claim::kind)
                    .containsExactly(tuple(12L, Kind.KILLED), tuple(1L, Kind.KILLED), tuple(2L, Kind.INJURED));
            assertThat(claims("وقد أسفرت المداهمة عن استشهاد مجند وإصابة ضابط.")).extracting(c -> c.value().low(),
                    Claim::kind, Claim::group).containsExactly(tuple(1L, Kind.KILLED, Group.SECURITY_FORCES),
                    tuple(1L, Kind.INJURED, Group.SECURITY_FORCES));
        }

        @Test
        void anEnglishYearBeforeTheReportsRecallsAnEarlierIncident() {
            assertThat(claims("The attack surpassed the 2015 bombing of a Russian airliner over Sinai that killed 224 "
                    + "people.", "2017-11-25")).extracting(Claim::scope).containsExactly(Scope.EARLIER);
            assertThat(claims("In 2011, during the revolution, thousands of prisoners escaped from the city's "
                    + "jail.", "2025-08-24")).extracting(Claim::scope).containsExactly(Scope.EARLIER);
            assertThat(claims("At least 30 people were killed in the attack on Friday, police said.", "2017-11-25"))
                    .extracting(Claim::scope).containsExactly(Scope.INCIDENT);
        }
    }

    /** Constructions of the unseen reports of round r41 (Pakistan, 2022-23). */
    @Nested
    class TwentyFirstReader {

        @Test
        void theDayOfAStatementDatesTheFiguresItStatesNotTheIncidentsDay() {
            assertThat(claims("أعلنت الشرطة في إقليم خيبر بختونخوا، الخميس، أن العدد الفعلي لقتلى التفجير الذي استهدف مسجداً "
                    + "داخل مقر الشرطة في بيشاور يوم الاثنين هو ٨٤ قتيلاً.", "2023-02-03")).extracting(Claim::asOf)
                    .containsExactly("2023-02-02");
            assertThat(claims("Police said on Thursday that the bombing on Monday killed 84 people.", "2023-02-03"))
                    .extracting(Claim::asOf).containsExactly("2023-02-02");
            // no statement's "that" after the day: the day nearest the figure
            assertThat(claims("قُتل 5 أشخاص يوم الاثنين في قصف على السوق، بحسب الشرطة.", "2023-02-03"))
                    .extracting(Claim::asOf).containsExactly("2023-01-30");
        }

        @Test
        void anAttackWeeksAfterAnotherRecallsItsToll() {
            assertThat(claims("ووقع الهجوم بعد أقل من ثلاثة أسابيع على تفجير مسجد مقر الشرطة في بيشاور، الذي قتل فيه أكثر من "
                    + "مئة شخص.")).extracting(Claim::scope).containsExactly(Scope.EARLIER);
            assertThat(claims("وجاء ذلك بعد ثلاثة أشهر من هجوم على السجن قتل فيه 12 حارسا.")).extracting(Claim::scope)
                    .containsExactly(Scope.EARLIER);
        }

        @Test
        void aRisenTollOfPeopleAVerbTellsCountsThosePeople() {
            assertThat(claims("ارتفع عدد الجنود الذين قُتلوا في الهجوم على حامية الجيش إلى تسعة، وفق بيان للجيش."))
                    .extracting(Claim::kind, Claim::group).containsExactly(tuple(Kind.KILLED, Group.SECURITY_FORCES));
            // the toll of an attack that militants launched counts its dead, not them
            assertThat(claims("ارتفعت حصيلة الهجوم الذي شنه جهاديون على البلدة يوم الجمعة إلى عشرة قتلى."))
                    .extracting(Claim::kind, Claim::group).containsExactly(tuple(Kind.KILLED, Group.ALL));
        }

        @Test
        void aNumberOfTheSpeakersCountsNoOne() {
            assertThat(claims("Two security officials, who asked not to be named, said the death toll could rise because "
                    + "several of the injured were in critical condition.")).isEmpty();
            assertThat(claims("Three officials said two soldiers were killed.")).extracting(c -> c.value().low())
                    .containsExactly(2L);
        }

        @Test
        void aTollRaisedToANumberCountsEveryone() {
            assertThat(claims("Rescuers finished pulling bodies from the rubble, raising the death toll from Monday's suicide "
                    + "bombing to 100, officials said.")).extracting(Claim::kind, Claim::group)
                    .containsExactly(tuple(Kind.KILLED, Group.ALL));
        }

        @Test
        void mostOfThemNamesSomeOfTheCountedNotTheirGroup() {
            assertThat(claims("قتل ١٤٧ شخصا معظمهم من الطلاب في الهجوم الذي شنه مسلحون على جامعة في شمال شرق كينيا."))
                    .extracting(Claim::group).containsExactly(Group.ALL);
            assertThat(claims("Gunmen killed 147 people, mostly students, at a university.")).extracting(Claim::group)
                    .containsExactly(Group.ALL);
        }

        @Test
        void suspectsInCustodyAreArrestedAndTheVictimsFamiliesNoToll() {
            assertThat(claims("He said five of the attackers had been shot dead by security forces and 11 suspects were in "
                    + "custody.")).extracting(c -> c.value().low(), Claim::kind, Claim::group).containsExactly(
                    tuple(5L, Kind.KILLED, Group.MILITANTS), tuple(11L, Kind.RECAPTURED, Group.MILITANTS));
            assertThat(claims("واعتقلت الشرطة 5 من المشتبه بهم.")).extracting(Claim::group)
                    .containsExactly(Group.MILITANTS);
            assertThat(claims("أما أهالي الضحايا فما زالوا ينتظرون محاكمة المتهمين الخمسة الذين اعتقلوا بعد الهجوم."))
                    .extracting(Claim::kind).doesNotContain(Kind.KILLED);
        }

        @Test
        void hostagesFreedAndAVigilsCrowdCountNoOne() {
            assertThat(claims("وأعلنت الوزارة أن قوات الجيش تمكنت من تحرير ٦٨٥ عاملاً جزائرياً و١٠٧ أجانب، وأن المجموعة "
                    + "المهاجمة جاءت من بلد مجاور.")).isEmpty();
            assertThat(claims("ونظمت وقفة شارك فيها المئات من سكان المدينة تنديداً بالإرهاب.")).isEmpty();
            // who took part in the attack still did
            assertThat(claims("شارك نحو 200 مسلح في الهجوم على السجن.")).extracting(Claim::kind)
                    .containsExactly(Kind.ATTACKERS);
        }

        @Test
        void aYearAgoIsAnEarlierIncidentAndTouristsAreCivilians() {
            assertThat(claims("قبل عام بالتمام، فتح مسلح النار على المصطافين أمام فندق في سوسة، ليقتل 38 سائحا.",
                    "2016-06-26")).extracting(Claim::scope).containsExactly(Scope.EARLIER);
            assertThat(claims("قتل 5 أشخاص قبل أيام في قصف على السوق.", "2016-06-26")).extracting(Claim::scope)
                    .containsExactly(Scope.INCIDENT);
            assertThat(claims("وقالت الوزارة إن مسلحا فتح النار فقتل 38 سائحا.")).extracting(Claim::group)
                    .containsExactly(Group.CIVILIANS);
        }

        @Test
        void aRisenTollNamesItsGroupInItsRanks() {
            assertThat(claims("ليرتفع عدد القتلى في صفوف القوات العسكرية والأمنية إلى 13.")).extracting(Claim::group)
                    .containsExactly(Group.SECURITY_FORCES);
            assertThat(claims("ارتفع عدد القتلى في الهجوم الذي استهدف السوق إلى 20.")).extracting(Claim::group)
                    .containsExactly(Group.ALL);
        }

        @Test
        void theWoundedInHospitalsOrInAGraveStateAreSomeOfTheWounded() {
            assertThat(claims("قتل 20 شخصا وأصيب 80 آخرون. وقال إن عشرات الجرحى ما زالوا في المستشفيات."))
                    .filteredOn(c -> c.value().qualifier() == Qualifier.VAGUE).extracting(c -> c.partOf() != null)
                    .containsExactly(true);
            assertThat(claims("أصيب 80 شخصا، وقال المرصد إن العدد مرشح للارتفاع لوجود عشرات الجرحى في حالات خطرة."))
                    .filteredOn(c -> c.value().qualifier() == Qualifier.VAGUE).extracting(c -> c.partOf() != null)
                    .containsExactly(true);
        }

        @Test
        void aDefiniteCompoundNumberIsReadWholeAndWorkersAreCivilians() {
            assertThat(claims("بدأ نقل جثث الضحايا الثمانية والعشرين إلى نيروبي.")).extracting(c -> c.value().low())
                    .containsExactly(28L);
            assertThat(claims("قتل مسلحون ستة وثلاثين عاملا في مقلع.")).extracting(c -> c.value().low(), Claim::group)
                    .containsExactly(tuple(36L, Group.CIVILIANS));
            assertThat(claims("Gunmen killed 36 workers at a quarry.")).extracting(Claim::group)
                    .containsExactly(Group.CIVILIANS);
        }

        @Test
        void whoAreStillSoOfATotalTheReportDoesNotGiveAreAtLeastThatMany() {
            assertThat(claims("قال متحدث باسم مستشفى ليدي ريدنغ إن 21 جريحاً ما زالوا يتلقون العلاج، بعد خروج معظم المصابين."))
                    .extracting(c -> c.value().low(), c -> c.value().high(), c -> c.value().qualifier())
                    .containsExactly(tuple(21L, null, Qualifier.AT_LEAST));
            // of a total it gives, a part
            assertThat(claims("قتل 5 وأصيب 40 آخرون. وقال إن 21 جريحاً ما زالوا يتلقون العلاج."))
                    .filteredOn(c -> c.value().low() == 21).extracting(c -> c.partOf() != null, c -> c.value().qualifier())
                    .containsExactly(tuple(true, Qualifier.EXACT));
        }

        @Test
        void hostagesListedBeforeTheVerbOfTheirListAreItsToll() {
            assertThat(claims("The Interior Ministry said 23 hostages and 32 Islamist militants had been killed over the "
                    + "course of the standoff.")).extracting(c -> c.value().low(), Claim::kind)
                    .containsExactly(tuple(23L, Kind.KILLED), tuple(32L, Kind.KILLED));
            assertThat(claims("Gunmen held 40 hostages and killed 3 guards.")).extracting(c -> c.value().low())
                    .containsExactly(3L);
        }

        @Test
        void aWarMonitorIsASource() {
            assertThat(claims("Clashes in eastern Syria have killed 90 people, a war monitor said Monday."))
                    .extracting(c -> c.source() == null ? null : c.source().text()).containsExactly("a war monitor");
        }

        @Test
        void aStatementAfterABreakdownIsNoPeriodOfItsFigures() {
            assertThat(claims("أعلنت الوزارة أن الحصيلة النهائية للاشتباكات بلغت 32 قتيلاً و159 جريحاً، بينهم مدنيون، لافتة "
                    + "إلى أن فرق الإسعاف تمكنت أيضاً من إجلاء 64 عائلة كانت عالقة في مناطق الاشتباكات.", "2022-08-30"))
                    .filteredOn(c -> c.kind() != Kind.DISPLACED).extracting(Claim::scope)
                    .containsExactly(Scope.INCIDENT, Scope.INCIDENT);
        }

        @Test
        void iransPlacesAreKnownAndABlackFridayIsNoSuwayda() {
            assertThat(claims("قتل 13 شخصا في هجوم على مرقد شاه جراغ في مدينة شيراز.")).extracting(Claim::place)
                    .containsExactly("fac:shah-cheragh");
            assertThat(claims("قتل 82 شخصا في الجمعة السوداء في زاهدان.")).extracting(Claim::place)
                    .containsExactly("loc:zahedan");
        }

        @Test
        void baghdadsKarradaIsAPlace() {
            assertThat(claims("ارتفاع حصيلة ضحايا تفجير الكرادة إلى 125 قتيلاً.")).extracting(Claim::place)
                    .containsExactly("loc:karrada");
        }

        @Test
        void aPartBeforeAClauseOfOthersCountsWhatItsTotalCounts() {
            assertThat(claims("استشهد سبعة مدنيين بينهم طفلان وأصيب آخرون في قصف على البلدة."))
                    .extracting(c -> c.value().low(), Claim::kind)
                    .containsExactly(tuple(7L, Kind.KILLED), tuple(2L, Kind.KILLED));
            assertThat(claims("مشيراً إلى أن 9 مدنيين فقدوا حياتهم جراء هجمات المسلحين.")).extracting(Claim::kind)
                    .containsExactly(Kind.KILLED);
        }

        @Test
        void theDayAnOperationBeganNamesNoEarlierIncidentAndNoDayOfItsCount() {
            // a statement of a force's own losses over the operation: its own people, and the others wounded too
            assertThat(claims("وقالت قسد في بيان إن 25 من مقاتليها ارتقوا وأصيب 18 آخرون خلال العملية التي بدأت في 27 "
                    + "آب/أغسطس الماضي.", "2023-09-06")).extracting(c -> c.value().low(), Claim::group, Claim::scope,
                    Claim::asOf).containsExactly(tuple(25L, Group.SECURITY_FORCES, Scope.INCIDENT, "2023-09-06"),
                    tuple(18L, Group.SECURITY_FORCES, Scope.INCIDENT, "2023-09-06"));
            // the beginning the clause itself tells is the day of what it tells
            assertThat(claims("وكان الهجوم بدأ ظهر الثلاثاء 5 أيلول عندما فجر المسلحون السكة الحديد واحتجزوا أكثر من 400 "
                    + "راكب.", "2023-09-08")).extracting(Claim::asOf).containsExactly("2023-09-05");
            // launched in a month past: an earlier attack still
            assertThat(claims("وكان الهجوم الذي شنه التنظيم في آب الماضي قد أسفر عن مقتل 20 شخصا.", "2023-10-06"))
                    .extracting(Claim::scope).containsExactly(Scope.EARLIER);
        }
    }

    /** Constructions of rounds r40 (Syria 2023), r41 (Pakistan), r43 (the Maghreb) and r44 (Iran 2022–24). */
    @Nested
    class TwentySecondReader {

        @Test
        void howManyTheAttackersWereCountsAttackers() {
            assertThat(claims("وقالت وكالة تسنيم إن المهاجم كان شخصاً واحداً فقط وقد أصيب برصاص قوات الأمن واعتقل."))
                    .extracting(Claim::kind, c -> c.value().low()).containsExactly(tuple(Kind.ATTACKERS, 1L));
            assertThat(claims("Police said the attackers were three men.")).extracting(Claim::kind,
                    c -> c.value().low()).containsExactly(tuple(Kind.ATTACKERS, 3L));
            // a number before it counts what befell the attackers
            assertThat(claims("All five attackers were killed, police said.")).extracting(Claim::kind)
                    .containsExactly(Kind.KILLED);
        }

        @Test
        void aClauseOfWhenAfterAnEarlierDateTellsAnEarlierIncident() {
            assertThat(claims("أما أقدم هذه الهجمات فيعود إلى أبريل/نيسان 2002، حين فجر انتحاري شاحنة محملة بالغاز أمام"
                    + " كنيس الغريبة في جزيرة جربة، فقتل 21 شخصا.", "2016-06-26")).extracting(Claim::scope)
                    .containsExactly(Scope.EARLIER);
            // the report's own days: a clause of when is its incident's
            assertThat(claims("وفي فجر الخميس، حين اقتحم مسلحون السجن، قتلوا خمسة حراس.", "2016-06-26"))
                    .extracting(Claim::scope).containsExactly(Scope.INCIDENT);
        }

        @Test
        void whoATollIncludesArePartsOfItAndAnEnglishListGoesOnPastItsCommas() {
            List<Claim> toll = claims("The death toll has risen to 90, the monitor said. The toll includes 25 SDF"
                    + " fighters, 56 tribal fighters and nine civilians.");
            assertThat(toll).extracting(c -> c.value().low(), Claim::kind).containsExactly(tuple(90L, Kind.KILLED),
                    tuple(25L, Kind.KILLED), tuple(56L, Kind.KILLED), tuple(9L, Kind.KILLED));
            assertThat(toll.subList(1, 4)).extracting(Claim::partOf).containsOnly(toll.get(0).id());
            assertThat(claims("Clashes killed 25 fighters, 56 tribesmen and nine civilians.")).extracting(
                    c -> c.value().low()).containsExactly(25L, 56L, 9L);
        }

        @Test
        void whoWereThereWhenItHappenedAreNoToll() {
            // "about 300 to 400" is one figure, and who were in the mosque are no toll of the victims named before
            assertThat(claims("وأفاد قائد الشرطة بأن الغالبية العظمى من الضحايا من أفراد الشرطة، موضحاً أن نحو 300 إلى 400"
                    + " شرطي كانوا في المسجد لحظة الانفجار.")).isEmpty();
            // nor do who gathered to mourn the victims
            assertThat(claims("وتجمع الآلاف في ميدان سيهية في أنقرة يوم الأحد لتأبين الضحايا.")).isEmpty();
            assertThat(claims("قتل نحو 20 إلى 30 شخصا في القصف.")).extracting(c -> c.value().low(),
                    c -> c.value().high()).containsExactly(tuple(20L, 30L));
        }

        @Test
        void aWireDatelineWithItsCountryAndAgencyInBracketsIsNoFiguresPlace() {
            Document d = new Document("d-test", "t.txt", null, "0", "text/plain", "ar", null, null, null, null,
                    DocumentStatus.PROCESSED, null, "بيشاور (باكستان) 12 ديسمبر كانون الأول (رويترز) - قال الجيش الباكستاني"
                    + " إن 23 جنديا على الأقل قتلوا عندما اقتحم مسلحون مركزا للشرطة في منطقة دربن.");
            assertThat(extractor.extract(d).mentions().stream().filter(m -> m.entity().equals("loc:peshawar")))
                    .extracting(Mention::role).containsExactly(Mention.Role.INCIDENTAL);
        }

        @Test
        void outlawsAreArmedMenAndAddressesNoOne() {
            assertThat(claims("وأسفرت العملية عن مقتل أربعة من الخارجين عن القانون.")).extracting(Claim::group)
                    .containsExactly(Group.MILITANTS);
            assertThat(claims("Police raided 16 addresses in Istanbul early Thursday and detained 13 suspects."))
                    .extracting(c -> c.value().low()).containsExactly(13L);
        }

        @Test
        void aWholeTheWordsAfterSayWereHeldIsThePopulation() {
            assertThat(claims("وقالت الشبكة إن 3696 سجيناً فروا من أصل 3787 كانوا محتجزين في السجن."))
                    .extracting(c -> c.value().low(), Claim::kind)
                    .containsExactly(tuple(3696L, Kind.ESCAPED), tuple(3787L, Kind.DETAINED));
        }

        @Test
        void othersOpeningASentenceAfterARaisedTollAreSomeOfIt() {
            // "four more died": the rise the sentence before told, not a toll of four
            List<Claim> raised = claims("رفعت السلطة القضائية، أمس، حصيلة القتلى في حريق السجن إلى ثمانية سجناء. "
                    + "وقال المتحدث باسم القضاء إن أربعة سجناء آخرين توفوا متأثرين بجروحهم في المستشفى.", "2022-10-23");
            assertThat(raised).extracting(c -> c.value().low()).containsExactly(8L, 4L);
            assertThat(raised.get(1).partOf()).isEqualTo(raised.get(0).id());
            // a toll told without a rise: others are more than it
            List<Claim> told = claims("قتل ثمانية سجناء في حريق السجن. وقال المتحدث إن أربعة سجناء آخرين توفوا في "
                    + "المستشفى.", "2022-10-23");
            assertThat(told).extracting(Claim::partOf).containsOnlyNulls();
            // others after another figure are others than its people ("مقتل 23 شخصاً وإصابة 140 آخرين")
            List<Claim> after = claims("ارتفعت حصيلة الاشتباكات إلى 32 قتيلاً و159 جريحاً. وكانت الوزارة قد أعلنت مقتل 23 "
                    + "شخصاً وإصابة 140 آخرين.", "2022-10-23");
            assertThat(after).extracting(c -> c.value().low(), Claim::partOf).contains(tuple(140L, null));
        }
    }

    /** Constructions of the unseen rounds r45 to r48 (Turkey and Jordan, prisons, South Asia, Latin America). */
    @Nested
    class TwentyThirdReader {

        @Test
        void aSingularClosingAListCountsOneOfWhatTheListCounts() {
            assertThat(claims("The dead included seven soldiers, two Jordanian civilians and a Canadian tourist."))
                    .extracting(c -> c.value().low(), Claim::kind, Claim::group)
                    .containsExactly(tuple(7L, Kind.KILLED, Group.SECURITY_FORCES),
                            tuple(2L, Kind.KILLED, Group.CIVILIANS), tuple(1L, Kind.KILLED, Group.CIVILIANS));
            assertThat(claims("Two soldiers and a Canadian tourist were killed.")).extracting(c -> c.value().low())
                    .containsExactly(2L, 1L);
            // no number before the list: a man's trades count no one
            assertThat(claims("He was a teacher and a doctor.")).isEmpty();
        }

        @Test
        void aSingularAfterADualAndItsAdjectiveCountsOne() {
            assertThat(claims("وأسفر الهجوم عن مقتل عشرة أشخاص هم سبعة من رجال الأمن ومواطنان أردنيان وسائحة كندية."))
                    .extracting(c -> c.value().low()).containsExactly(10L, 7L, 2L, 1L);
        }

        @Test
        void suspectsHeldOverAnAttackAreArrestedWhenTheirNumberFollows() {
            assertThat(claims("وأوقفت الشرطة 11 مشتبهاً جديداً، ليرتفع عدد الموقوفين على خلفية الهجوم إلى 24 شخصاً."))
                    .extracting(c -> c.value().low(), Claim::kind)
                    .containsExactly(tuple(11L, Kind.RECAPTURED), tuple(24L, Kind.RECAPTURED));
            assertThat(claims("وقالت الوكالة إن عدد الموقوفين على ذمة التحقيق في الهجوم ارتفع بذلك إلى 36 شخصاً."))
                    .extracting(c -> c.value().low(), Claim::kind).containsExactly(tuple(36L, Kind.RECAPTURED));
            // still held, of those arrested before: no arrest
            assertThat(claims("وأفرجت المحكمة عن 71 متظاهراً، فيما لا يزال 13 آخرون موقوفين على ذمة التحقيق."))
                    .extracting(Claim::kind).doesNotContain(Kind.RECAPTURED);
        }

        @Test
        void aWireDatelinesCountryIsTheDatelineAndWhereAGroupIsBasedIsItsSeat() {
            Document d = new Document("d-test", "t.txt", null, "0", "text/plain", "en", null, "2024-01-04", null, null,
                    DocumentStatus.PROCESSED, null, "DUBAI, United Arab Emirates (AP) — Two bombings killed 84 people"
                    + " in Kerman, Iran, on Wednesday.\n\nوقالت منظمة حقوق الإنسان في إيران، ومقرها أوسلو، إن 448 شخصاً"
                    + " قتلوا.");
            assertThat(extractor.extract(d).mentions().stream().filter(m -> m.entity().startsWith("loc:"))
                    .filter(m -> !m.entity().equals("loc:iran")))
                    .extracting(Mention::entity, Mention::role).containsExactly(
                            tuple("loc:dubai", Mention.Role.INCIDENTAL),
                            tuple("loc:united-arab-emirates", Mention.Role.INCIDENTAL),
                            tuple("loc:kerman", Mention.Role.FIGURE),
                            tuple("loc:oslo", Mention.Role.SEAT));
        }

        @Test
        void aNumberOpeningASentenceNamesNoPrison() {
            Document d = new Document("d-test", "t.txt", null, "0", "text/plain", "en", null, null, null, null,
                    DocumentStatus.PROCESSED, null, "Two prison guards and a gendarme were killed.");
            assertThat(extractor.extract(d).mentions()).isEmpty();
            assertThat(claims("Two prison guards and a gendarme were killed.")).extracting(Claim::place).containsOnlyNulls();
        }

        @Test
        void someOfTheVictimsArePartOfTheTollToldBefore() {
            List<Claim> toll = claims("قتل 57 سجيناً في أعمال الشغب. وقال المسؤول إن 16 من الضحايا قُطعت رؤوسهم.");
            assertThat(toll).extracting(c -> c.value().low()).containsExactly(57L, 16L);
            assertThat(toll.get(1).partOf()).isEqualTo(toll.get(0).id());
        }

        @Test
        void explosionsAndChurchesAreNoPeople() {
            assertThat(claims("وقال المتحدث إن نحو 450 شخصا أصيبوا في الانفجارات الثمانية، التي استهدفت ثلاث كنائس"
                    + " خلال قداس عيد الفصح.")).extracting(c -> c.value().low()).containsExactly(450L);
        }

        @Test
        void aCountToldBeforeTheSentencesOwnIsOfSomeEarlierDay() {
            List<Claim> lowered = claims("خفّضت السلطات الفلبينية الاثنين حصيلة قتلى التفجيرين إلى 20 قتيلاً، بعد أن كانت"
                    + " أعلنت في البداية مقتل 27 شخصاً.", "2019-01-28");
            assertThat(lowered).extracting(c -> c.value().low(), Claim::asOf)
                    .containsExactly(tuple(20L, "2019-01-28"), tuple(27L, null));
            // the day its clause names, if it names one
            assertThat(claims("أعلنت الوزارة اعتقال 35 شخصاً، بعد أن كانت قد أعلنت الجمعة اعتقال 11.", "2024-01-08"))
                    .extracting(c -> c.value().low(), Claim::asOf)
                    .containsExactly(tuple(35L, "2024-01-08"), tuple(11L, "2024-01-05"));
        }

        @Test
        void aRoundupItemHeadedByAnEarlierYearTellsAnEarlierIncident() {
            String roundup = "وفي ما يلي أبرز المجازر التي شهدتها سجون المنطقة:\n\n"
                    + "كارانديرو (البرازيل، 1992): اقتحمت الشرطة العسكرية السجن لإخماد تمرد، وقتلت 111 سجيناً.\n\n"
                    + "كوماياغوا (هندوراس، 2012): لقي 361 سجيناً حتفهم في حريق التهم سجن المدينة.\n\n"
                    + "تامارا (هندوراس، 2023): لقيت 46 نزيلة حتفهن في حريق وإطلاق نار.\n";
            assertThat(claims(roundup, "2023-06-22")).extracting(c -> c.value().low(), Claim::scope).containsExactly(
                    tuple(111L, Scope.EARLIER), tuple(361L, Scope.EARLIER), tuple(46L, Scope.INCIDENT));
            // a colon after the number heads nothing: the opening clause of when still governs the sentence
            assertThat(claims("Last month, gunmen killed 30 soldiers: officers and men.", "2023-06-22"))
                    .extracting(Claim::scope).containsExactly(Scope.EARLIER);
        }

        @Test
        void aHeadsBracketedCountryAndYearLeaveItAHead() {
            String roundup = "سيوداد خواريز (المكسيك، 2023): هاجم مسلحون السجن فجراً. وقُتل 17 شخصاً في الهجوم.\n\n"
                    + "غواياكيل (الإكوادور، 2023): اندلعت مواجهات بين عصابتين. وقُتل 12 سجيناً.\n";
            assertThat(claims(roundup, "2023-06-22")).extracting(Claim::place)
                    .containsExactly("loc:ciudad-juarez", "loc:guayaquil");
        }

        @Test
        void aYearsCountAfterAWordOfAPeriodIsWider() {
            assertThat(claims("وبحسب بيانات مشروع أكليد، قُتل أكثر من 1500 مدني في المقاطعتين خلال 2023.", "2024-01-05"))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
            assertThat(claims("وقتل 12 شخصا في 2019 في هجوم مماثل.", "2024-01-05")).extracting(Claim::scope)
                    .containsExactly(Scope.EARLIER);
        }

        @Test
        void theGuardOfASchoolIsACivilian() {
            assertThat(claims("وقالت إن الحصيلة بلغت 41 قتيلا، بينهم حارس المدرسة وثلاثة من سكان البلدة."))
                    .extracting(Claim::group).containsExactly(Group.ALL, Group.CIVILIANS, Group.CIVILIANS);
            assertThat(claims("قتل حارسان في هجوم على السجن.")).extracting(Claim::group)
                    .containsExactly(Group.PRISON_STAFF);
        }

        @Test
        void whoWereTreatedAreTheWoundedAndWhoAreDisplacedNowAreARegionsStock() {
            List<Claim> treated = claims("وأعلنت هيئة الخدمات الصحية أن 116 شخصاً تلقوا العلاج، ما زال 75 منهم في"
                    + " المستشفيات.");
            assertThat(treated).extracting(c -> c.value().low(), Claim::kind)
                    .containsExactly(tuple(116L, Kind.INJURED), tuple(75L, Kind.INJURED));
            assertThat(treated.get(1).partOf()).isEqualTo(treated.get(0).id());
            assertThat(claims("Some 1.7 million people are currently displaced there, OCHA said."))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
        }

        @Test
        void theValuesATollRoseToOneAfterAnotherAreEarlierCountsNotAList() {
            List<Claim> rise = claims("وكانت الحصيلة الأولية 40 قتيلا، قبل أن ترتفع إلى 60 ثم إلى 93 و115 خلال الليل.",
                    "2024-03-23");
            assertThat(rise).extracting(c -> c.value().low(), Claim::asOf, Claim::partOf).contains(
                    tuple(60L, null, null), tuple(93L, null, null), tuple(115L, "2024-03-23", null));
            // a noun between makes a list: sixteen soldiers and five civilians
            assertThat(claims("ارتفعت حصيلة القصف إلى 16 جندياً و5 مدنيين.", "2024-03-23"))
                    .extracting(Claim::asOf).containsOnly("2024-03-23");
        }

        @Test
        void theTownWhereTheWoundedDiedIsNoPlaceOfTheToll() {
            assertThat(claims("وقالت الوزارة إن حصيلة القتلى ارتفعت إلى 32 قتيلاً بعد وفاة عدد من الجرحى في مستشفيات "
                    + "شانلي أورفة وغازي عنتاب.")).extracting(Claim::place).containsOnlyNulls();
        }
    }

    /** Constructions of rounds r50 to r53 (unseen articles of East Africa, the Sahel, Yemen and Iraq). */
    @Nested
    class TwentyFourthReader {

        @Test
        void aSideLosingSoldiersCountsItsDead() {
            assertThat(claims("وقال المتحدث باسم الجيش: \"فقدنا جنديين خلال الاشتباكات\"."))
                    .extracting(c -> c.value().low(), Claim::kind, Claim::group)
                    .containsExactly(tuple(2L, Kind.KILLED, Group.SECURITY_FORCES));
            assertThat(claims("وقال الجيش إنه فقد 12 جندياً في المعارك.")).extracting(c -> c.value().low(), Claim::kind)
                    .containsExactly(tuple(12L, Kind.KILLED));
            // fishermen lost may be missing: no toll
            assertThat(claims("وقال الأهالي إنهم فقدوا 5 صيادين في البحر.")).extracting(Claim::kind)
                    .doesNotContain(Kind.KILLED);
        }

        @Test
        void aYearOrMonthClosedByAloneIsAPeriodsCount() {
            assertThat(claims("In 2021 alone, humanitarian partners recorded more than 1,100 civilians killed in the "
                    + "province.", "2022-02-04")).extracting(Claim::scope).containsExactly(Scope.WIDER);
            assertThat(claims("وفي 2023 وحده، قُتل أكثر من 1500 مدني في الإقليم.", "2024-02-04"))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
            assertThat(claims("وقتل 300 مدني في يناير 2023 وحده.", "2024-02-04")).extracting(Claim::scope)
                    .containsExactly(Scope.WIDER);
            // alone after people, not a period
            assertThat(claims("وقتل 5 جنود وحدهم في الهجوم.", "2024-02-04")).extracting(Claim::scope)
                    .containsExactly(Scope.INCIDENT);
        }

        @Test
        void gravesAreNoPeopleAndTheFirstDayOfARangeIsNoCount() {
            assertThat(claims("وقالت مصادر محلية إن السكان دفنوا ما يقارب 160 جثة في ثلاث مقابر جماعية."))
                    .extracting(c -> c.value().low()).containsExactly(160L);
            assertThat(claims("وقالت الشرطة إن مسلحين هاجموا القرية ليل 4 إلى 5 يونيو/ حزيران الجاري وقتلوا 20 شخصاً."))
                    .extracting(c -> c.value().low()).containsExactly(20L);
            assertThat(claims("Gunmen attacked the camp on the night of 1 to 2 February 2022, killing 60 people."))
                    .extracting(c -> c.value().low()).containsExactly(60L);
            // a toll that rose to a date is no range of days
            assertThat(claims("وقتل 20 شخصاً حتى 5 مارس.")).extracting(c -> c.value().low()).containsExactly(20L);
        }

        @Test
        void whoCarriedOutTheAttacksAreTheirAttackers() {
            assertThat(claims("وقالت الشرطة إن ثلاث انتحاريات نفذن الهجمات."))
                    .extracting(c -> c.value().low(), Claim::kind).containsExactly(tuple(3L, Kind.ATTACKERS));
            assertThat(claims("وقال التنظيم إن ثلاثة من عناصره نفذوا الهجومين.")).extracting(c -> c.value().low(),
                    Claim::kind).containsExactly(tuple(3L, Kind.ATTACKERS));
        }

        @Test
        void aWarsCountToTheEndOfAYearOrSinceAnInterventionIsWider() {
            assertThat(claims("وتقدر الأمم المتحدة أن الحرب في اليمن أودت بحياة 377 ألف شخص حتى نهاية 2021.",
                    "2022-01-22")).extracting(Claim::scope).containsExactly(Scope.WIDER);
            assertThat(claims("The war had killed 377,000 people by the end of 2021, the UN estimates.", "2022-01-22"))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
            assertThat(claims("وقتل في النزاع نحو عشرة آلاف شخص منذ تدخل التحالف، بحسب منظمة الصحة العالمية.",
                    "2019-01-11")).extracting(Claim::scope).containsExactly(Scope.WIDER);
            // a toll of the attack told by the end of the day it struck stays the incident's
            assertThat(claims("وقتل 12 شخصاً في الهجوم.", "2022-01-22")).extracting(Claim::scope)
                    .containsExactly(Scope.INCIDENT);
        }

        @Test
        void whatSuppliesOrAPrisonCouldTakeCountsNoOne() {
            assertThat(claims("وأرسلت اللجنة الدولية إمدادات طبية تكفي لعلاج 200 جريح إلى مستشفى صعدة.")).isEmpty();
            assertThat(claims("The prison, built for 1,000 inmates, held more than 3,000."))
                    .extracting(c -> c.value().low()).containsExactly(3000L);
        }

        @Test
        void theNounOfACountNamesWhomItCounts() {
            assertThat(claims("وقال إن عدد السجناء الفارين يبلغ نحو 500.")).extracting(Claim::kind, Claim::group)
                    .containsExactly(tuple(Kind.ESCAPED, Group.DETAINEES));
            assertThat(claims("The number of escaped prisoners is around 500, the official said."))
                    .extracting(Claim::kind, Claim::group).containsExactly(tuple(Kind.ESCAPED, Group.DETAINEES));
            // a bare toll still counts everyone
            assertThat(claims("وبلغ عدد القتلى 20.")).extracting(Claim::group).containsExactly(Group.ALL);
            // suspects held over an attack are no prisoners
            assertThat(claims("وارتفع عدد الموقوفين على ذمة التحقيق إلى ثمانية رجال.")).extracting(Claim::group)
                    .doesNotContain(Group.DETAINEES);
        }

        @Test
        void theEndsOfARangeAreNoListToAddUp() {
            assertThat(claims("وتراوحت التقديرات بين 150 قتيلاً وفق مصدر أممي و600 وفق تقييم أمني فرنسي."))
                    .extracting(c -> c.value().low(), Claim::listedWith)
                    .containsExactly(tuple(150L, null), tuple(600L, null));
            // a list among them goes on
            List<Claim> among = claims("قتل 10 أشخاص بينهم 3 أطفال و2 نساء.");
            assertThat(among).extracting(c -> c.value().low()).containsExactly(10L, 3L, 2L);
            assertThat(among.get(2).partOf()).isEqualTo(among.get(0).id());
            List<Claim> amongTheDead = claims("قتل 12 شخصاً. وأضافت اللجنة أن من بين القتلى سبعة أطفال وثلاث نساء.");
            assertThat(amongTheDead).extracting(c -> c.value().low()).containsExactly(12L, 7L, 3L);
            assertThat(amongTheDead.get(2).partOf()).isEqualTo(amongTheDead.get(0).id());
        }

        @Test
        void amongThemInALaterSentenceArePartsOfTheTotalToldBefore() {
            List<Claim> fled = claims("فر أكثر من 3300 شخص من المنطقة. وقال المتحدث إن النازحين، ومن بينهم أكثر من "
                    + "2000 طفل ونحو 500 امرأة، لجأوا إلى بلدة سيبا.");
            assertThat(fled).extracting(c -> c.value().low()).containsExactly(3300L, 2000L, 500L);
            assertThat(fled.subList(1, 3)).extracting(Claim::partOf).containsOnly(fled.get(0).id());
        }

        @Test
        void someOfTheWoundedWhoDiedArePartOfTheTollInEnglishToo() {
            List<Claim> died = claims("The death toll rose to 25 as several of the seriously wounded died in "
                    + "hospital.");
            assertThat(died).extracting(Claim::kind).containsExactly(Kind.KILLED, Kind.KILLED);
            assertThat(died.get(1).partOf()).isEqualTo(died.get(0).id());
            // some of the wounded in critical condition are no toll of their own
            assertThat(claims("Twelve people were killed and 30 wounded, and five of the seriously wounded are in "
                    + "critical condition.")).extracting(c -> c.value().low()).containsExactly(12L, 30L);
        }

        @Test
        void aRelativeClauseOfAnIncidentDatedLongBeforeRecallsIt() {
            assertThat(claims("The massacre surpassed the October 2007 bombing in Karachi targeting a rally, which"
                    + " killed 139 people.", "2014-12-17")).extracting(Claim::scope).containsExactly(Scope.EARLIER);
            assertThat(claims("Gunmen attacked the school on Tuesday, which killed 141 people.", "2014-12-17"))
                    .extracting(Claim::scope).containsExactly(Scope.INCIDENT);
        }

        @Test
        void theDeadOfAGroupJoinedToTheTollsNounAreThatGroups() {
            assertThat(claims("وقال الوزير إن جنديين قتلا، ليرتفع عدد قتلى قوات الأمن منذ بدء الأزمة إلى ثلاثة."))
                    .extracting(c -> c.value().low(), Claim::group).contains(tuple(3L, Group.SECURITY_FORCES));
            // the dead of the attack are everyone
            assertThat(claims("وارتفع عدد قتلى الهجوم إلى 20.")).extracting(Claim::group).containsExactly(Group.ALL);
        }

        @Test
        void aCountOverTwoSeparateAttacksIsWider() {
            assertThat(claims("وكانت المنطقة شهدت تصعيداً بعدما قُتل 12 جندياً في هجومين منفصلين."))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
            // twin bombings at once are one incident
            assertThat(claims("قتل 12 شخصاً في هجومين متزامنين على السوق.")).extracting(Claim::scope)
                    .containsExactly(Scope.INCIDENT);
        }

        @Test
        void relativesGatheredAreNoToll() {
            assertThat(claims("فيما تجمع مئات من ذوي الطلاب في مشرحة العاصمة للتعرف إلى جثث أبنائهم.")).isEmpty();
            assertThat(claims("Hundreds of relatives gathered at the mortuary to identify the bodies.")).isEmpty();
            // the students' toll itself stays
            assertThat(claims("وقتل 148 شخصاً بينهم 142 طالباً.")).extracting(c -> c.value().low())
                    .containsExactly(148L, 142L);
        }

        @Test
        void theFightersOfTheMovementAreMilitants() {
            assertThat(claims("وقالت الحركة إن أربعة فقط من مقاتلي الحركة قتلوا.")).extracting(Claim::group)
                    .containsExactly(Group.MILITANTS);
        }

        @Test
        void whoseFuneralsWereHeldWereKilled() {
            assertThat(claims("Kenyan newspapers have counted funerals of at least 60 soldiers held in villages."))
                    .extracting(Claim::kind, Claim::group).containsExactly(tuple(Kind.KILLED, Group.SECURITY_FORCES));
            assertThat(claims("The funeral was attended by 3,000 mourners.")).isEmpty();
        }

        @Test
        void theForcesThatArrestAreNotOfWhomTheyArrest() {
            assertThat(claims("وقال مسؤولون إن عدداً من السجناء فرّوا خلال الفوضى، وإن قوات الأمن تمكنت من إعادة اعتقال"
                    + " نحو ألف منهم.")).extracting(Claim::kind, Claim::group)
                    .containsExactly(tuple(Kind.RECAPTURED, Group.DETAINEES));
        }

        @Test
        void prisonersFreedFromAPrisonEscaped() {
            assertThat(claims("وقالت الحركة في بيان إن مقاتليها اقتحموا السجن وإنهم حرروا أكثر من 300 أسير."))
                    .extracting(Claim::kind, Claim::group).containsExactly(tuple(Kind.ESCAPED, Group.DETAINEES));
            // hostages an army freed, no custody named, no toll
            assertThat(claims("وحرر الجيش 50 رهينة كانوا محتجزين لدى الجماعة.")).isEmpty();
        }

        @Test
        void aWeeksCountIsWider() {
            assertThat(claims("وقال الجيش إن أكثر من 90 من مقاتلي الحوثي قتلوا خلال الأسبوع في جبهات الكسارة والمشجح."))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
            assertThat(claims("The army said more than 90 fighters were killed over the past week on several fronts."))
                    .extracting(Claim::scope).containsExactly(Scope.WIDER);
        }

        @Test
        void aSpeakerStressingItselfStillSpeaks() {
            assertThat(claims("A United Nations source had earlier put the toll at at least 150 dead, and JNIM itself "
                    + "claimed to have killed around 300 militia fighters.")).extracting(c -> c.source().text())
                    .containsExactly("A United Nations source", "JNIM");
        }
    }

    /** A live page's entries, each opening with its time of day. */
    @Nested
    class LivePages {

        @Test
        void eachFigureIsAsOfItsEntrysTimeAndEntriesPastMidnightAreOfTheDayBefore() {
            // newest first, the page dated by its newest entry: "01:20" is Friday's, the entries below "23:50" Thursday's
            String page = "مباشر | تفجير مطار كابل\n\n01:20 - مستشفى: ارتفاع عدد القتلى إلى 90 قتيلا.\n\n"
                    + "23:50 - مسؤول: مقتل 60 شخصا على الأقل في التفجير.\n\n"
                    + "22:35 - مصدر طبي: مقتل 13 شخصا في التفجير.\n";
            assertThat(claims(page, "2021-08-27")).extracting(c -> c.value().low(), Claim::asOf, Claim::asOfTime)
                    .containsExactly(tuple(90L, "2021-08-27", "01:20"), tuple(60L, "2021-08-26", "23:50"),
                            tuple(13L, "2021-08-26", "22:35"));
            // oldest first, in Eastern digits
            String forward = "١٠:١٥ مقتل 10 مسلحين.\n١٤:٢٠ ارتفاع الحصيلة إلى 28 مسلحا قتلوا.\n١٩:٠٥ مقتل 36 مسلحا.\n";
            assertThat(claims(forward, "2016-03-07")).extracting(Claim::asOfTime, Claim::asOf)
                    .containsExactly(tuple("10:15", "2016-03-07"), tuple("14:20", "2016-03-07"),
                            tuple("19:05", "2016-03-07"));
        }

        @Test
        void aStampThatGivesItsDayDatesItsEntry() {
            // the page dated by its first entry's day: the correction posted the next morning is the later count
            String page = "مباشر | هجوم على المرقد\n\n10:40 (بتوقيت طهران) 27/10/2022\n"
                    + "نائب المحافظ: حصيلة القتلى بلغت 13 وليس 15 كما أعلن أمس.\n\n"
                    + "20:10 (بتوقيت طهران) 26/10/2022\nالتلفزيون الرسمي: ارتفاع الحصيلة إلى 15 قتيلا.\n\n"
                    + "19:50 (بتوقيت طهران) 26/10/2022\nوكالة مهر: أنباء أولية عن سقوط قتيلين.\n";
            assertThat(claims(page, "2022-10-26T16:20:00Z")).extracting(c -> c.value().low(), Claim::asOf,
                    Claim::asOfTime).containsExactly(tuple(13L, "2022-10-27", "10:40"),
                            tuple(15L, "2022-10-26", "20:10"), tuple(2L, "2022-10-26", "19:50"));
        }

        @Test
        void aTimeOrTwoAtALinesStartMakeNoLivePage() {
            assertThat(claims("10:30 قتل 5 أشخاص في قصف على السوق.\n\nوقال مسؤول إن 3 أصيبوا.", "2024-01-02"))
                    .extracting(Claim::asOfTime).containsOnlyNulls();
        }
    }
}
