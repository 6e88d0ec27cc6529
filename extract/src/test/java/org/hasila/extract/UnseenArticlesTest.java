package org.hasila.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Group;
import org.hasila.core.claim.Kind;
import org.hasila.core.claim.Qualifier;
import org.hasila.core.claim.Scope;
import org.hasila.core.document.Document;
import org.hasila.core.document.DocumentStatus;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Articles written for these tests about incidents unlike the seeds' (Baghdad, Saada, Khartoum, Tripoli, Sinai, Kabul,
 * Jenin, Bamako ...), with what
 * a careful reader takes from them: the extraction must generalise beyond the development articles.
 */
class UnseenArticlesTest {

    private static ClaimExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = ClaimExtractor.fromClasspath();
    }

    private static List<Claim> claims(String name, String published) throws IOException {
        try (InputStream in = UnseenArticlesTest.class.getResourceAsStream("articles/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Document d = new Document("d-" + name, name, null, "0", "text/plain", "ar", null, published, null, null,
                    DocumentStatus.PROCESSED, null, text);
            List<Claim> found = extractor.extract(d).claims();
            found.forEach(c -> assertThat(text.substring(c.evidence().start(), c.evidence().end()))
                    .isEqualTo(c.evidence().quote()));
            return found;
        }
    }

    private static String source(Claim c) {
        return c.source() == null ? null : c.source().text();
    }

    @Test
    void aMarketBombingInBaghdadWithARisingTollAndAnEarlierAttackRecalled() throws IOException {
        List<Claim> found = claims("baghdad-market.txt", null);
        assertThat(found).extracting(Claim::kind, Claim::group, c -> c.value().low(), Claim::scope).contains(
                tuple(Kind.KILLED, Group.ALL, 12L, Scope.INCIDENT),
                tuple(Kind.INJURED, Group.ALL, 35L, Scope.INCIDENT),
                tuple(Kind.KILLED, Group.ALL, 15L, Scope.INCIDENT),
                tuple(Kind.INJURED, Group.ALL, 41L, Scope.INCIDENT),
                tuple(Kind.KILLED, Group.ALL, 6L, Scope.EARLIER));
        assertThat(found).filteredOn(c -> c.value().low() == 15).extracting(c -> c.source().entity())
                .containsExactly("org:iraq-moh");
        // "مصادر أمنية وطبية": both adjectives say which sources
        assertThat(found).filteredOn(c -> c.value().low() == 12).extracting(UnseenArticlesTest::source)
                .containsExactly("مصادر أمنية وطبية");
    }

    @Test
    void airStrikesOnAMarketReportedByAMinistryAndAnAidGroup() throws IOException {
        List<Claim> found = claims("saada-strikes.txt", "2023-05-14");
        assertThat(found).extracting(Claim::kind, Claim::group, c -> c.value().low(), UnseenArticlesTest::source)
                .contains(
                        tuple(Kind.KILLED, Group.CIVILIANS, 20L, "وزارة الصحة التابعة لجماعة الحوثيين"),
                        tuple(Kind.INJURED, Group.CIVILIANS, 50L, "وزارة الصحة التابعة لجماعة الحوثيين"),
                        tuple(Kind.KILLED, Group.ALL, 14L, "منظمة أطباء بلا حدود"),
                        tuple(Kind.DISPLACED, Group.CIVILIANS, 200L, "مسؤول محلي"));
        assertThat(found).filteredOn(c -> c.value().low() == 20).extracting(Claim::asOf, Claim::place)
                .containsExactly(tuple("2023-05-13", "loc:saada"));
    }

    @Test
    void clashesInTheCapitalCountedByDoctorsSinceTheyBrokeOut() throws IOException {
        List<Claim> found = claims("khartoum-clashes.txt", null);
        assertThat(found).extracting(Claim::kind, Claim::group, c -> c.value().low(), Claim::scope).contains(
                tuple(Kind.KILLED, Group.CIVILIANS, 56L, Scope.INCIDENT),
                tuple(Kind.INJURED, Group.CIVILIANS, 600L, Scope.INCIDENT));
        assertThat(found).filteredOn(c -> c.value().low() == 56)
                .extracting(c -> c.source().entity()).containsExactly("org:sudan-doctors-committee");
    }

    @Test
    void easternDigitsAndAnUpdatedTollFromOneSource() throws IOException {
        List<Claim> found = claims("tripoli-clashes.txt", "2023-08-23");
        assertThat(found).extracting(Claim::kind, c -> c.value().low(), Claim::asOf).contains(
                tuple(Kind.KILLED, 55L, "2023-08-23"),
                tuple(Kind.INJURED, 146L, "2023-08-23"),
                tuple(Kind.KILLED, 27L, "2023-08-22"));
    }

    @Test
    void anAirStrikeOnAMarketWhoseSourceIsTheObjectOfItsVerb() throws IOException {
        List<Claim> found = claims("razih-market.txt", "2023-03-14");
        assertThat(found).extracting(Claim::kind, Claim::group, c -> c.value().low(), UnseenArticlesTest::source)
                .contains(
                        tuple(Kind.KILLED, Group.CIVILIANS, 12L, "مصادر طبية"),
                        tuple(Kind.INJURED, Group.CIVILIANS, 27L, "مصادر طبية"),
                        tuple(Kind.KILLED, Group.ALL, 9L, "منظمة أطباء بلا حدود"),
                        tuple(Kind.INJURED, Group.ALL, 19L, "منظمة أطباء بلا حدود"));
        assertThat(found).filteredOn(c -> c.value().low() == 300).extracting(Claim::kind, Claim::group)
                .containsExactly(tuple(Kind.DISPLACED, Group.CIVILIANS));
    }

    @Test
    void suspectsArrestedAfterABombingAreCountedAsArrests() throws IOException {
        List<Claim> found = claims("kirkuk-patrol.txt", null);
        assertThat(found).extracting(Claim::kind, Claim::group, c -> c.value().low()).contains(
                tuple(Kind.KILLED, Group.SECURITY_FORCES, 3L),
                tuple(Kind.INJURED, Group.SECURITY_FORCES, 2L),
                tuple(Kind.RECAPTURED, Group.MILITANTS, 5L), // "اعتقلت خمسة مشتبه بهم": suspects are militants
                tuple(Kind.KILLED, Group.SECURITY_FORCES, 2L));
        assertThat(found).filteredOn(c -> c.value().low() == 2 && c.kind() == Kind.KILLED)
                .extracting(c -> c.source().entity()).containsExactly("org:iraq-smc");
    }

    @Test
    void aListOfTheDeadAcrossAClauseFromResidentsWhoFled() throws IOException {
        List<Claim> found = claims("fasher-clashes.txt", null);
        assertThat(found).extracting(Claim::kind, Claim::group, c -> c.value().low()).containsExactlyInAnyOrder(
                tuple(Kind.KILLED, Group.ALL, 27L),
                tuple(Kind.INJURED, Group.ALL, 130L),
                tuple(Kind.KILLED, Group.CIVILIANS, 7L),
                // "وثلاث نساء" continues the list of the dead; the verb after the clause break is the residents'
                tuple(Kind.KILLED, Group.CIVILIANS, 3L),
                // residents who flee are displaced, not escaped (the contract: escaped is getting away from custody)
                tuple(Kind.DISPLACED, Group.CIVILIANS, 2000L),
                tuple(Kind.DISPLACED, Group.ALL, 40000L));
        assertThat(found).filteredOn(c -> c.value().low() == 27)
                .extracting(c -> c.source().entity()).containsExactly("org:sudan-doctors-committee");
    }

    @Test
    void aRangeOfInjuredAndASourceThatClosesTheSentence() throws IOException {
        List<Claim> found = claims("tyre-strikes.txt", "2024-09-25");
        assertThat(found).extracting(Claim::kind, Claim::group, c -> c.value().low(), c -> c.value().high(),
                UnseenArticlesTest::source).contains(
                        // "بحسب ما أعلنت وزارة الصحة" at the end of the sentence sources its earlier clause too
                        tuple(Kind.KILLED, Group.ALL, 23L, 23L, "وزارة الصحة اللبنانية"),
                        tuple(Kind.KILLED, Group.CIVILIANS, 5L, 5L, "وزارة الصحة اللبنانية"),
                        // the dual is a number and a group at once
                        tuple(Kind.KILLED, Group.CIVILIANS, 2L, 2L, "وزارة الصحة اللبنانية"),
                        // "ما بين ٦٠ و٧٠" is one figure, not two
                        tuple(Kind.INJURED, Group.ALL, 60L, 70L, "وزارة الصحة اللبنانية"),
                        // "وكانت الوزارة قد أعلنت": the ministry is the one named in the sentence before
                        tuple(Kind.KILLED, Group.ALL, 11L, 11L, "وزارة الصحة اللبنانية"));
        assertThat(found).filteredOn(c -> c.kind() == Kind.INJURED).hasSize(1);
        assertThat(found).filteredOn(c -> c.value().low() == 23).extracting(c -> c.source().entity(), Claim::place)
                .containsExactly(tuple("org:lebanon-moh", "loc:tyre"));
    }

    @Test
    void aStrikeInGazaAndArrestsInTheWestBankInOneReport() throws IOException {
        List<Claim> found = claims("nuseirat-strike.txt", null);
        assertThat(found).extracting(Claim::kind, Claim::group, c -> c.value().low()).contains(
                tuple(Kind.KILLED, Group.ALL, 8L),
                tuple(Kind.KILLED, Group.CIVILIANS, 2L),
                // "مقتل ثمانية فلسطينيين بينهم طفلان، وإصابة العشرات": the wounded of the same people
                tuple(Kind.INJURED, Group.ALL, 20L),
                // "اعتقلت 15 شاباً": young men are civilians
                tuple(Kind.RECAPTURED, Group.CIVILIANS, 15L));
        assertThat(found).filteredOn(c -> c.value().low() == 8).extracting(c -> c.source().entity(), Claim::place)
                .containsExactly(tuple("org:gaza-moh", "loc:nuseirat"));
        assertThat(found).filteredOn(c -> c.value().low() == 15).extracting(Claim::place)
                .containsExactly("loc:jenin");
    }

    @Test
    void anEnglishWireStoryIsReadWithTheSameGrammar() throws IOException {
        List<Claim> found = claims("burkina-village.txt", "2024-02-04");
        assertThat(found).extracting(Claim::kind, Claim::group, c -> c.value().low(), c -> c.value().qualifier().code(),
                UnseenArticlesTest::source).contains(
                        tuple(Kind.KILLED, Group.CIVILIANS, 14L, "at_least", "the regional governor"),
                        // "wounded nine others": others of the figure before, civilians
                        tuple(Kind.INJURED, Group.CIVILIANS, 9L, "exact", "the regional governor"),
                        tuple(Kind.KILLED, Group.MILITANTS, 20L, "exact", "the army"),
                        tuple(Kind.DISPLACED, Group.ALL, 2000L, "approximate", "United Nations refugee agency"),
                        // "arrested three suspects": suspects are militants (groups.tsv)
                        tuple(Kind.RECAPTURED, Group.MILITANTS, 3L, "exact", "local officials"),
                        tuple(Kind.DISPLACED, Group.CIVILIANS, 200L, "exact", "local officials"),
                        tuple(Kind.ESCAPED, Group.DETAINEES, 20L, "vague", null));
        assertThat(found).filteredOn(c -> c.value().low() == 2000L).extracting(c -> c.source().entity())
                .containsExactly("org:unhcr");
        // "on Saturday", published on Sunday 4 February 2024
        assertThat(found).filteredOn(c -> c.value().low() == 14L).extracting(Claim::asOf).containsExactly("2024-02-03");
        // "three suspects and two hundred families": one figure each, not "two" and "hundred"
        assertThat(found).extracting(c -> c.value().low()).doesNotContain(2L, 100L);
    }

    @Test
    void aMonitorsTollWithItsPartsSourcedThroughWhatItDocumented() throws IOException {
        List<Claim> found = claims("sarmin-shelling.txt", null);
        assertThat(found).extracting(Claim::kind, Claim::group, c -> c.value().low(), UnseenArticlesTest::source)
                .contains(
                        // "وفقاً لما وثقه المرصد": the verb after لما names the source, not the words before it
                        tuple(Kind.KILLED, Group.CIVILIANS, 15L, "المرصد السوري لحقوق الإنسان"),
                        tuple(Kind.KILLED, Group.CIVILIANS, 6L, "المرصد السوري لحقوق الإنسان"),
                        tuple(Kind.KILLED, Group.CIVILIANS, 4L, "المرصد السوري لحقوق الإنسان"),
                        tuple(Kind.INJURED, Group.ALL, 20L, "المرصد"));
        assertThat(found).filteredOn(c -> c.value().low() == 6).extracting(Claim::partOf).doesNotContainNull();
    }

    @Test
    void anEmergencyServicesTollAndAnEarlierMinistryFigure() throws IOException {
        List<Claim> found = claims("tripoli-toll.txt", null);
        assertThat(found).extracting(Claim::kind, Claim::group, c -> c.value().low(), c -> entity(c)).contains(
                tuple(Kind.KILLED, Group.ALL, 32L, "org:libya-ems"),
                tuple(Kind.INJURED, Group.ALL, 159L, "org:libya-ems"),
                tuple(Kind.KILLED, Group.CIVILIANS, 3L, null),
                tuple(Kind.DISPLACED, Group.CIVILIANS, 64L, null),
                // "وكانت وزارة الصحة في حكومة الوحدة الوطنية قد أعلنت": the speaker before the verb
                tuple(Kind.KILLED, Group.ALL, 23L, "org:libya-moh"),
                tuple(Kind.INJURED, Group.ALL, 140L, "org:libya-moh"));
    }

    @Test
    void aPlaceInASpeakersTitleIsNotWhereTheFigureHappened() throws IOException {
        List<Claim> found = claims("mosul-checkpoint.txt", null);
        assertThat(found).extracting(Claim::kind, Claim::group, c -> c.value().low()).contains(
                tuple(Kind.KILLED, Group.SECURITY_FORCES, 5L),
                tuple(Kind.INJURED, Group.SECURITY_FORCES, 3L),
                tuple(Kind.KILLED, Group.MILITANTS, 2L),
                tuple(Kind.ATTACKERS, Group.MILITANTS, 20L));
        // "وقال قائد عمليات نينوى إن نحو عشرين مسلحاً": Nineveh names the command, not the place of the attack
        assertThat(found).filteredOn(c -> c.kind() == Kind.ATTACKERS).extracting(Claim::place).containsOnlyNulls();
    }

    @Test
    void othersAfterAListedPartAreOthersOfItsTotal() throws IOException {
        List<Claim> found = claims("azaz-car-bomb.txt", "2023-07-18");
        assertThat(found).extracting(Claim::kind, Claim::group, c -> c.value().low(), c -> entity(c)).contains(
                tuple(Kind.KILLED, Group.ALL, 9L, "org:white-helmets"),
                tuple(Kind.KILLED, Group.CIVILIANS, 2L, "org:white-helmets"),
                // "قُتل تسعة أشخاص، بينهم طفلان، وأصيب 23 آخرون": other persons, not other children
                tuple(Kind.INJURED, Group.ALL, 23L, "org:white-helmets"));
    }

    @Test
    void migrantsKilledInADetentionCentreAreCivilians() throws IOException {
        List<Claim> found = claims("tajoura-detention-centre.txt", null);
        assertThat(found).extracting(Claim::kind, Claim::group, c -> c.value().low(), c -> entity(c)).contains(
                tuple(Kind.KILLED, Group.CIVILIANS, 44L, "org:libya-ems"),
                tuple(Kind.INJURED, Group.CIVILIANS, 130L, "org:libya-ems"),
                tuple(Kind.DETAINED, Group.CIVILIANS, 600L, null));
    }

    @Test
    void aPrisonBreakWithThoseRecapturedAndTheInmatesHeld() throws IOException {
        List<Claim> found = claims("diwaniyah-prison.txt", null);
        assertThat(found).extracting(Claim::kind, Claim::group, c -> c.value().low(), c -> entity(c)).contains(
                tuple(Kind.ESCAPED, Group.DETAINEES, 21L, "org:iraq-moj"),
                tuple(Kind.RECAPTURED, Group.DETAINEES, 15L, "org:iraq-moj"),
                tuple(Kind.ESCAPED, Group.DETAINEES, 6L, null),
                // "يضم أكثر من 1200 نزيل": the singular counted noun after a large number
                tuple(Kind.DETAINED, Group.DETAINEES, 1200L, null),
                tuple(Kind.INJURED, Group.PRISON_STAFF, 2L, null));
        assertThat(found).filteredOn(c -> c.value().low() == 15).extracting(Claim::partOf).doesNotContainNull();
    }

    @Test
    void twoSidesOfAFrontCountEachOthersLosses() throws IOException {
        List<Claim> found = claims("marib-front.txt", null);
        assertThat(found).extracting(Claim::kind, Claim::group, c -> c.value().low(), c -> entity(c)).contains(
                tuple(Kind.KILLED, Group.SECURITY_FORCES, 8L, "grp:houthis"),
                tuple(Kind.RECAPTURED, Group.MILITANTS, 11L, "grp:yemen-gov-forces"),
                tuple(Kind.KILLED, Group.SECURITY_FORCES, 2L, "grp:yemen-gov-forces"),
                tuple(Kind.INJURED, Group.SECURITY_FORCES, 7L, "grp:yemen-gov-forces"));
    }

    @Test
    void anUnnamedTitleKeepsTheDescriptionThatFollowsIt() throws IOException {
        List<Claim> found = claims("tajoura-minister.txt", null);
        // "قال وزير الصحة في حكومة الوفاق الوطني إن": the minister, not just "a minister"
        assertThat(found).extracting(Claim::kind, c -> c.value().low(), UnseenArticlesTest::source).contains(
                tuple(Kind.KILLED, 60L, "وزير الصحة في حكومة الوفاق الوطني"),
                tuple(Kind.INJURED, 77L, "وزير الصحة في حكومة الوفاق الوطني"));
    }

    @Test
    void aSingularNounAfterAWordOfKillingCountsOneAndThoseReleasedCountNothing() throws IOException {
        List<Claim> found = claims("hama-checkpoint.txt", null);
        assertThat(found).extracting(Claim::kind, Claim::group, c -> c.value().low(), c -> c.value().text()).contains(
                // "قتل جندي وأصيب اثنان آخران"
                tuple(Kind.KILLED, Group.SECURITY_FORCES, 1L, "جندي"),
                tuple(Kind.INJURED, Group.SECURITY_FORCES, 2L, "اثنان"),
                tuple(Kind.KILLED, Group.UNKNOWN, 4L, "4"),
                tuple(Kind.INJURED, Group.UNKNOWN, 6L, "6"),
                tuple(Kind.KILLED, Group.CIVILIANS, 3L, "3"),
                // "لقي طفل حتفه"
                tuple(Kind.KILLED, Group.CIVILIANS, 1L, "طفل"),
                tuple(Kind.RECAPTURED, Group.ALL, 10L, "عشرة"));
        // "والإفراج عن ثلاثة منهم": released, neither arrested nor anything else the report counts
        assertThat(found).filteredOn(c -> "ثلاثة".equals(c.value().text())).isEmpty();
    }

    @Test
    void theDeadAndTheWoundedCountedTogetherAreNeitherKind() throws IOException {
        List<Claim> found = claims("sadr-city-bombing.txt", null);
        // "مقتل وإصابة 35 شخصاً" and "عشرات القتلى والجرحى" count casualties, not the injured or the dead alone
        assertThat(found).extracting(c -> c.value().text()).doesNotContain("35", "عشرات");
        assertThat(found).extracting(Claim::kind, c -> c.value().low(), Claim::place).containsExactlyInAnyOrder(
                tuple(Kind.KILLED, 5L, "loc:basra"),
                tuple(Kind.INJURED, 10L, "loc:basra"));
    }

    @Test
    void largeNumberWordsAndUnnamedOrganisationsCounting() throws IOException {
        List<Claim> found = claims("displacement-counts.txt", null);
        assertThat(found).extracting(Claim::kind, c -> c.value().low(), c -> c.value().qualifier().code(),
                UnseenArticlesTest::source).contains(
                        tuple(Kind.DISPLACED, 200000L, "exact", "الأمم المتحدة"),
                        // "فيما أحصت منظمات محلية": the clause's own counter, not the United Nations before it
                        tuple(Kind.DISPLACED, 2000L, "exact", "منظمات محلية"),
                        tuple(Kind.KILLED, 325L, "exact", "وزارة الصحة"),
                        tuple(Kind.INJURED, 1200L, "more_than", "وزارة الصحة"),
                        tuple(Kind.RECAPTURED, 1500L, "exact", "الشبكة السورية لحقوق الإنسان"),
                        tuple(Kind.RECAPTURED, 120L, "approximate", "الشبكة السورية لحقوق الإنسان"));
        // "منظمة أطباء بلا حدود" stays the entity it is (razih-market.txt)
        assertThat(claims("razih-market.txt", "2023-03-14")).filteredOn(c -> c.value().low() == 9)
                .extracting(c -> c.source().entity()).containsExactly("org:msf");
    }

    @Test
    void anEnglishStoryWhoseVerbsFollowTheirFiguresAndWhoseSpeakersComeLast() throws IOException {
        List<Claim> found = claims("mogadishu-car-bomb.txt", null);
        assertThat(found).extracting(Claim::kind, Claim::group, c -> c.value().low(), UnseenArticlesTest::source)
                .contains(
                        tuple(Kind.KILLED, Group.ALL, 20L, "police"),
                        tuple(Kind.INJURED, Group.ALL, 20L, "police"),
                        // "The death toll rose to 45": a bare toll counts everyone
                        tuple(Kind.KILLED, Group.ALL, 45L, "the health ministry"),
                        tuple(Kind.KILLED, Group.SECURITY_FORCES, 2L, "a military official"),
                        // "and three others injured": the participle after the figure, not "killed" before it
                        tuple(Kind.INJURED, Group.SECURITY_FORCES, 3L, "a military official"),
                        tuple(Kind.RECAPTURED, Group.MILITANTS, 30L, "a government spokesman"),
                        // "Gaza's health ministry said": the possessive's owner is not kept, the ministry is
                        tuple(Kind.KILLED, Group.ALL, 12L, "health ministry"),
                        tuple(Kind.KILLED, Group.CIVILIANS, 5L, "health ministry"));
    }

    @Test
    void aPrisonBreakElsewhereThanTheSeeds() throws IOException {
        List<Claim> found = claims("ain-zara-prison-break.txt", null);
        assertThat(found).extracting(Claim::kind, Claim::group, c -> c.value().low(), c -> entity(c), Claim::place)
                .contains(
                        tuple(Kind.ESCAPED, Group.DETAINEES, 400L, "org:libya-moj", "fac:ain-zara-prison"),
                        // "منع الفارين، ... إعادة القبض على 47 منهم": 47 of the escapees
                        tuple(Kind.RECAPTURED, Group.DETAINEES, 47L, "org:libya-moj", null),
                        tuple(Kind.DETAINED, Group.DETAINEES, 1800L, null, null),
                        tuple(Kind.SURRENDERED, Group.MILITANTS, 12L, null, "loc:sirte"),
                        tuple(Kind.ATTACKERS, Group.MILITANTS, 100L, null, "loc:sirte"));
    }

    @Test
    void aRoundupsListItemsAreTheSpeakerOfTheLineThatOpensTheList() throws IOException {
        List<Claim> found = claims("daily-toll-roundup.txt", null);
        assertThat(found).extracting(Claim::kind, Claim::group, c -> c.value().low(), c -> entity(c), Claim::place)
                .contains(
                        tuple(Kind.KILLED, Group.CIVILIANS, 3L, "org:sohr", "loc:daraa"),
                        tuple(Kind.KILLED, Group.SECURITY_FORCES, 2L, "org:sohr", "loc:deir-ez-zor"),
                        tuple(Kind.KILLED, Group.MILITANTS, 4L, "org:sohr", "loc:idlib"),
                        tuple(Kind.KILLED, Group.CIVILIANS, 2L, "org:sohr", "loc:aleppo"));
        // the tally since the start of the year is wider than any of them
        assertThat(found).filteredOn(c -> c.value().low() == 2143).extracting(Claim::scope)
                .containsExactly(Scope.WIDER);
    }

    private static String entity(Claim c) {
        return c.source() == null ? null : c.source().entity();
    }

    /** Each figure of the article as (kind, group, lower bound). */
    private static List<Tuple> figures(List<Claim> found) {
        return found.stream().map(c -> tuple(c.kind(), c.group(), c.value().low())).toList();
    }

    private static List<String> sources(List<Claim> found, long value) {
        return found.stream().filter(c -> c.value().low() == value).map(UnseenArticlesTest::source).toList();
    }

    @Test
    void anArmyStatementListsAnOfficerAndSoldiersKilledBeforeTheWounded() throws IOException {
        List<Claim> found = claims("sinai-checkpoint.txt", null);
        // "استشهاد ضابط و4 جنود وإصابة 6 آخرين": إصابة counts the 6, the 4 goes on the list of the killed
        assertThat(figures(found)).contains(
                tuple(Kind.KILLED, Group.MILITANTS, 18L),
                tuple(Kind.KILLED, Group.SECURITY_FORCES, 1L),
                tuple(Kind.KILLED, Group.SECURITY_FORCES, 4L),
                tuple(Kind.INJURED, Group.SECURITY_FORCES, 6L),
                tuple(Kind.RECAPTURED, Group.UNKNOWN, 7L),
                tuple(Kind.ATTACKERS, Group.MILITANTS, 40L));
        // a title its description names is not "the spokesman" of before
        assertThat(sources(found, 18)).containsExactly("المتحدث العسكري باسم القوات المسلحة المصرية");
    }

    @Test
    void peopleKilledInAnAttackByGunmenArePeopleNotGunmen() throws IOException {
        List<Claim> found = claims("maiduguri-attack.txt", null);
        assertThat(figures(found)).contains(
                tuple(Kind.KILLED, Group.ALL, 37L),
                tuple(Kind.KILLED, Group.CIVILIANS, 9L),
                tuple(Kind.INJURED, Group.CIVILIANS, 14L),
                tuple(Kind.DISPLACED, Group.CIVILIANS, 3000L));
        assertThat(found).noneMatch(c -> c.group() == Group.MILITANTS);
    }

    @Test
    void aRisingTollSourcedAtTheEndOfItsSentence() throws IOException {
        List<Claim> found = claims("kabul-mosque.txt", null);
        assertThat(figures(found)).contains(
                tuple(Kind.KILLED, Group.ALL, 21L),
                tuple(Kind.INJURED, Group.ALL, 33L),
                tuple(Kind.KILLED, Group.ALL, 10L),
                tuple(Kind.INJURED, Group.ALL, 27L),
                tuple(Kind.INJURED, Group.CIVILIANS, 5L));
        assertThat(sources(found, 21)).containsExactly("المتحدث باسم شرطة كابول خالد زدران");
    }

    @Test
    void martyrsAndAWoundedManCountedByTheirOwnNouns() throws IOException {
        List<Claim> found = claims("marjayoun-strike.txt", null);
        // "سقوط شهيدين وجريح": a dual and a singular joined to it
        assertThat(figures(found)).containsExactlyInAnyOrder(
                tuple(Kind.KILLED, Group.ALL, 2L),
                tuple(Kind.INJURED, Group.ALL, 1L));
    }

    @Test
    void arrestsDuringARaidAreArrestsAndATallyNamesWhoseDataItIs() throws IOException {
        List<Claim> found = claims("jenin-raid.txt", null);
        assertThat(figures(found)).contains(
                tuple(Kind.KILLED, Group.CIVILIANS, 4L),
                tuple(Kind.INJURED, Group.CIVILIANS, 20L),
                tuple(Kind.RECAPTURED, Group.CIVILIANS, 6L),
                tuple(Kind.KILLED, Group.ALL, 87L));
        assertThat(found).noneMatch(c -> c.kind() == Kind.ATTACKERS);
        assertThat(sources(found, 87)).containsExactly("وزارة الصحة");
        assertThat(found).filteredOn(c -> c.value().low() == 87).extracting(Claim::scope).containsExactly(Scope.WIDER);
    }

    @Test
    void fightersOfTheFactionsAreMilitantsAndArrestsByTheArmyAreArrests() throws IOException {
        List<Claim> found = claims("daraa-clashes.txt", null);
        assertThat(figures(found)).contains(
                tuple(Kind.KILLED, Group.SECURITY_FORCES, 12L),
                tuple(Kind.KILLED, Group.MILITANTS, 8L),
                tuple(Kind.INJURED, Group.UNKNOWN, 15L),
                // "اعتقلت قوات النظام 9 شبان من أبناء البلدة": the young men arrested are civilians, not the forces
                tuple(Kind.RECAPTURED, Group.CIVILIANS, 9L),
                tuple(Kind.KILLED, Group.UNKNOWN, 20L));
    }

    @Test
    void aYemeniAgencyReportOfMartyrsWithWomenAndChildrenAmongThem() throws IOException {
        List<Claim> found = claims("hodeidah-shelling.txt", null);
        assertThat(figures(found)).contains(
                tuple(Kind.KILLED, Group.CIVILIANS, 7L),
                tuple(Kind.KILLED, Group.CIVILIANS, 3L),
                tuple(Kind.KILLED, Group.CIVILIANS, 2L),
                tuple(Kind.INJURED, Group.CIVILIANS, 11L));
    }

    @Test
    void escapeesRecapturedAndSurrenderedAfterAJailbreak() throws IOException {
        List<Claim> found = claims("jailbreak-recaptured.txt", null);
        assertThat(figures(found)).containsExactlyInAnyOrder(
                tuple(Kind.ESCAPED, Group.DETAINEES, 21L),
                // "من الفارين"، "ثلاثة آخرون": the escapees
                tuple(Kind.RECAPTURED, Group.DETAINEES, 16L),
                tuple(Kind.SURRENDERED, Group.DETAINEES, 3L));
    }

    @Test
    void peopleWhoFleeAcrossABorderAreDisplacedAndAnEstimateIsItsEstimators() throws IOException {
        List<Claim> found = claims("geneina-displaced.txt", null);
        assertThat(figures(found)).contains(
                tuple(Kind.DISPLACED, Group.ALL, 15000L),
                tuple(Kind.KILLED, Group.ALL, 1100L),
                tuple(Kind.DISPLACED, Group.ALL, 1700000L));
        assertThat(sources(found, 1700000)).containsExactly("منظمة الهجرة الدولية");
    }

    @Test
    void policemenKilledAndOthersWounded() throws IOException {
        List<Claim> found = claims("quetta-police.txt", null);
        assertThat(figures(found)).contains(
                tuple(Kind.KILLED, Group.SECURITY_FORCES, 9L),
                tuple(Kind.INJURED, Group.SECURITY_FORCES, 13L),
                tuple(Kind.KILLED, Group.SECURITY_FORCES, 15L));
    }

    @Test
    void anEnglishWireStoryWhoseSourcesSpeakAfterTheirFigures() throws IOException {
        List<Claim> found = claims("english-mali.txt", null);
        assertThat(figures(found)).contains(
                tuple(Kind.KILLED, Group.CIVILIANS, 40L),
                tuple(Kind.INJURED, Group.ALL, 20L),
                tuple(Kind.KILLED, Group.CIVILIANS, 12L),
                tuple(Kind.KILLED, Group.CIVILIANS, 7L),
                tuple(Kind.DISPLACED, Group.ALL, 1200L));
        // "dozens of homes were set on fire" counts no people
        assertThat(found).noneMatch(c -> c.value().qualifier() == Qualifier.VAGUE);
        assertThat(sources(found, 46)).containsExactly("A security source");
        // "a local official and a security source said": both speak
        assertThat(sources(found, 40)).containsExactly("a local official and a security source");
    }

    @Test
    void aPrisonRiotAbroadWithItsPopulationAndAuthoritiesNamedBeforeTheirWeekday() throws IOException {
        List<Claim> found = claims("guayaquil-riot.txt", null);
        assertThat(figures(found)).containsExactlyInAnyOrder(
                tuple(Kind.KILLED, Group.DETAINEES, 68L),
                tuple(Kind.INJURED, Group.DETAINEES, 25L),
                tuple(Kind.DETAINED, Group.DETAINEES, 8000L),
                tuple(Kind.RECAPTURED, Group.DETAINEES, 4L));
        assertThat(sources(found, 68)).containsExactly("السلطات");
        assertThat(sources(found, 8000)).containsExactly("حاكم إقليم غواياس بابلو أروسيمينا");
    }

    @Test
    void aKidnappingCountsNoOneButThePolicemanKilled() throws IOException {
        List<Claim> found = claims("hostages-kidnap.txt", null);
        // abducted pupils and teachers, and the freed, are no kind of the vocabulary
        assertThat(figures(found)).containsExactly(tuple(Kind.KILLED, Group.SECURITY_FORCES, 1L));
    }

    @Test
    void aCumulativeTollWithWomenCountedInTheSingularAndFamiliesCountedAsNoOne() throws IOException {
        List<Claim> found = claims("gaza-cumulative.txt", null);
        assertThat(figures(found)).contains(
                tuple(Kind.KILLED, Group.ALL, 2329L),
                tuple(Kind.KILLED, Group.CIVILIANS, 724L),
                tuple(Kind.KILLED, Group.CIVILIANS, 458L),
                tuple(Kind.INJURED, Group.ALL, 9042L),
                tuple(Kind.DISPLACED, Group.ALL, 1000000L));
        // 47 families wiped out, 1000 people under the rubble: neither a count of the vocabulary
        assertThat(found).noneMatch(c -> c.value().low() == 47 || c.value().low() == 1000);
    }

    @Test
    void aMemberOfTheSecurityForcesKilledAndTwoOthersWounded() throws IOException {
        List<Claim> found = claims("diyala-ambush.txt", null);
        assertThat(figures(found)).containsExactlyInAnyOrder(
                tuple(Kind.KILLED, Group.SECURITY_FORCES, 1L),
                tuple(Kind.INJURED, Group.SECURITY_FORCES, 2L));
    }

    @Test
    void aDroneStrikeOnCommandersAndItsDriver() throws IOException {
        List<Claim> found = claims("afrin-drone.txt", null);
        assertThat(figures(found)).contains(
                tuple(Kind.KILLED, Group.SECURITY_FORCES, 3L),
                tuple(Kind.INJURED, Group.UNKNOWN, 1L),
                tuple(Kind.KILLED, Group.SECURITY_FORCES, 5L));
    }

    @Test
    void aLiveBlogWhoseEntriesOpenWithTheirSpeakerAndAColon() throws IOException {
        List<Claim> found = claims("aj-live.txt", null);
        assertThat(figures(found)).contains(
                tuple(Kind.KILLED, Group.ALL, 42L),
                tuple(Kind.INJURED, Group.ALL, 96L),
                tuple(Kind.KILLED, Group.ALL, 57L),
                // "57 شهيداً وأكثر من 130 جريحاً": the qualifier after و does not carry the killed over
                tuple(Kind.INJURED, Group.ALL, 130L));
        assertThat(sources(found, 42)).containsExactly("وزارة الصحة في غزة");
        assertThat(sources(found, 130)).containsExactly("وزارة الصحة في غزة");
    }

    @Test
    void aBodyNamedUpToTheCommaBeforeItsDayAndThenPointedBackTo() throws IOException {
        List<Claim> found = claims("libya.txt", null);
        assertThat(figures(found)).contains(
                tuple(Kind.KILLED, Group.ALL, 55L),
                tuple(Kind.INJURED, Group.ALL, 146L),
                tuple(Kind.KILLED, Group.CIVILIANS, 4L));
        // "أعلن مركز طب الطوارئ والدعم، صباح الأربعاء، ارتفاع ..."، then "وأوضح المركز"
        assertThat(sources(found, 55)).containsExactly("مركز طب الطوارئ والدعم");
        assertThat(sources(found, 4)).containsExactly("مركز طب الطوارئ والدعم");
    }

    @Test
    void aJailbreakWithGuardsKilledAndAnEarlierTollSourcedBeforeItsMonth() throws IOException {
        List<Claim> found = claims("prison.txt", null);
        assertThat(figures(found)).contains(
                tuple(Kind.ESCAPED, Group.DETAINEES, 800L),
                tuple(Kind.DETAINED, Group.DETAINEES, 1300L),
                tuple(Kind.KILLED, Group.PRISON_STAFF, 2L),
                tuple(Kind.KILLED, Group.SECURITY_FORCES, 1L),
                tuple(Kind.RECAPTURED, Group.DETAINEES, 112L),
                tuple(Kind.SURRENDERED, Group.DETAINEES, 35L),
                tuple(Kind.KILLED, Group.ALL, 129L));
        assertThat(sources(found, 129)).containsExactly("الحكومة");
    }

    @Test
    void aMilitarySpokesmansClaimedEnemyLossesAndCaptivesAndACasualtyCountOfBothKinds() throws IOException {
        List<Claim> found = claims("houthi.txt", null);
        assertThat(figures(found)).contains(
                tuple(Kind.KILLED, Group.MILITANTS, 120L),
                tuple(Kind.INJURED, Group.MILITANTS, 200L),
                // "وقع سبعة وثلاثون منهم في الأسر": captivity, not families
                tuple(Kind.RECAPTURED, Group.MILITANTS, 37L),
                tuple(Kind.KILLED, Group.CIVILIANS, 12L));
        // "أكثر من 48 ألف شهيد وجريح": the dead and the wounded counted together
        assertThat(found).noneMatch(c -> c.value().low() == 48000);
    }

    @Test
    void anEnglishJailbreakWithNamedSpokesmenAndAttackersShotDead() throws IOException {
        List<Claim> found = claims("nigeria-jailbreak-en.txt", null);
        assertThat(figures(found)).contains(
                tuple(Kind.ESCAPED, Group.DETAINEES, 200L),
                tuple(Kind.DETAINED, Group.DETAINEES, 646L),
                tuple(Kind.KILLED, Group.PRISON_STAFF, 3L),
                tuple(Kind.KILLED, Group.MILITANTS, 4L));
        assertThat(sources(found, 3)).containsExactly("Umar Abubakar");
        assertThat(found).noneMatch(c -> c.kind() == Kind.ATTACKERS && c.value().low() == 4);
    }

    @Test
    void anAlgerianArmyStatementWritingItsNumbersTwice() throws IOException {
        List<Claim> found = claims("algeria-mountains.txt", null);
        assertThat(figures(found)).contains(
                tuple(Kind.KILLED, Group.MILITANTS, 3L),
                tuple(Kind.RECAPTURED, Group.MILITANTS, 4L),
                tuple(Kind.INJURED, Group.SECURITY_FORCES, 2L));
        assertThat(sources(found, 3)).containsExactly("وزارة الدفاع الوطني");
    }

    @Test
    void aPrisonAttackInTheNortheastWithEscapeesRecapturedAndStillAtLarge() throws IOException {
        List<Claim> found = claims("shaddadi-prison.txt", null);
        assertThat(figures(found)).contains(
                tuple(Kind.ATTACKERS, Group.MILITANTS, 15L),
                tuple(Kind.KILLED, Group.SECURITY_FORCES, 3L),
                tuple(Kind.INJURED, Group.SECURITY_FORCES, 7L),
                tuple(Kind.DETAINED, Group.DETAINEES, 300L),
                tuple(Kind.ESCAPED, Group.DETAINEES, 23L),
                tuple(Kind.RECAPTURED, Group.DETAINEES, 17L),
                tuple(Kind.ESCAPED, Group.DETAINEES, 6L));
    }

    @Test
    void anEnglishJailbreakWhoseGuardsAndEscapeesAreCountedInTheSingularAndThePlural() throws IOException {
        List<Claim> found = claims("niger-jailbreak-en.txt", null);
        assertThat(figures(found)).contains(
                tuple(Kind.ESCAPED, Group.DETAINEES, 36L),
                tuple(Kind.KILLED, Group.PRISON_STAFF, 1L),
                tuple(Kind.INJURED, Group.PRISON_STAFF, 2L),
                tuple(Kind.KILLED, Group.DETAINEES, 3L));
        // "built to hold about 250 inmates": a capacity, not who is held
        assertThat(found).noneMatch(c -> c.value().low() == 250);
    }

    @Test
    void shellingOfAMarketCountedByResistanceCommitteesWithTheArmysAndTheUnsNumbers() throws IOException {
        List<Claim> found = claims("fasher-market-shelling.txt", null);
        assertThat(found).extracting(Claim::kind, Claim::group, c -> c.value().low(), Claim::scope).contains(
                tuple(Kind.KILLED, Group.CIVILIANS, 17L, Scope.INCIDENT),
                tuple(Kind.INJURED, Group.CIVILIANS, 40L, Scope.INCIDENT),
                tuple(Kind.DISPLACED, Group.ALL, 400_000L, Scope.WIDER));
        Claim total = found.stream().filter(c -> c.value().low() == 17).findFirst().orElseThrow();
        // "بين القتلى خمس نساء وأربعة أطفال" in the next sentence: parts of the 17
        assertThat(found).filteredOn(c -> total.id().equals(c.partOf())).extracting(c -> c.value().low())
                .containsExactly(5L, 4L);
        // a city of 800,000 besieged civilians holds no one in custody; "dozens of families" are no arrests
        assertThat(found).extracting(Claim::kind).doesNotContain(Kind.DETAINED, Kind.RECAPTURED);
        assertThat(found).filteredOn(c -> c.value().high() != null && c.value().high() == 25)
                .extracting(c -> c.value().qualifier()).containsExactly(Qualifier.AT_MOST);
        assertThat(found).filteredOn(c -> c.value().low() == 200).extracting(UnseenArticlesTest::source)
                .containsExactly("الفرقة السادسة مشاة التابعة للجيش السوداني");
    }

    @Test
    void aPrisonRiotWithOneDeadGuardsWoundedEscapeesAndAnEarlierBreakout() throws IOException {
        List<Claim> found = claims("rai-prison-riot.txt", null);
        assertThat(found).extracting(Claim::kind, Claim::group, c -> c.value().low(), Claim::scope).contains(
                tuple(Kind.KILLED, Group.DETAINEES, 1L, Scope.INCIDENT),
                tuple(Kind.INJURED, Group.DETAINEES, 6L, Scope.INCIDENT),
                tuple(Kind.INJURED, Group.PRISON_STAFF, 4L, Scope.INCIDENT),
                tuple(Kind.ESCAPED, Group.DETAINEES, 11L, Scope.INCIDENT),
                tuple(Kind.RECAPTURED, Group.DETAINEES, 8L, Scope.INCIDENT),
                tuple(Kind.DETAINED, Group.DETAINEES, 1200L, Scope.INCIDENT),
                tuple(Kind.ESCAPED, Group.DETAINEES, 17L, Scope.EARLIER));
        // the guards held as hostages, the cells, the capacity and the sentence count no one
        assertThat(found).extracting(c -> c.value().low()).doesNotContain(2L, 700L, 5L);
    }

    @Test
    void anEnglishWireReportOfAnAirstrikeWithTheJuntasDenialAndNationwideTolls() throws IOException {
        List<Claim> found = claims("sagaing-airstrike-en.txt", null);
        assertThat(found).extracting(Claim::kind, Claim::group, c -> c.value().low(), Claim::scope).contains(
                tuple(Kind.KILLED, Group.ALL, 21L, Scope.INCIDENT),
                tuple(Kind.KILLED, Group.CIVILIANS, 9L, Scope.INCIDENT),
                tuple(Kind.INJURED, Group.ALL, 30L, Scope.INCIDENT),
                tuple(Kind.KILLED, Group.MILITANTS, 30L, Scope.INCIDENT),
                tuple(Kind.KILLED, Group.CIVILIANS, 5300L, Scope.WIDER),
                tuple(Kind.DISPLACED, Group.ALL, 3_000_000L, Scope.WIDER));
        assertThat(found).filteredOn(c -> c.value().low() == 21).extracting(UnseenArticlesTest::source)
                .containsExactly("a local resistance group");
        assertThat(found).filteredOn(c -> c.value().high() != null && c.value().high() == 170)
                .extracting(c -> c.value().qualifier()).containsExactly(Qualifier.AT_MOST);
    }
}
