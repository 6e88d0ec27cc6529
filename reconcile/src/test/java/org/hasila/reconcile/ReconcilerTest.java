package org.hasila.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hasila.reconcile.Fixtures.about;
import static org.hasila.reconcile.Fixtures.atLeast;
import static org.hasila.reconcile.Fixtures.claim;
import static org.hasila.reconcile.Fixtures.doc;
import static org.hasila.reconcile.Fixtures.exact;
import static org.hasila.reconcile.Fixtures.inFigures;
import static org.hasila.reconcile.Fixtures.mentions;
import static org.hasila.reconcile.Fixtures.moreThan;
import static org.hasila.reconcile.Fixtures.vague;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Random;
import java.util.stream.Stream;
import org.hasila.core.claim.Claim;
import org.hasila.core.claim.Group;
import org.hasila.core.claim.Kind;
import org.hasila.core.claim.Qualifier;
import org.hasila.core.claim.Quantity;
import org.hasila.core.claim.Scope;
import org.hasila.core.document.Document;
import org.hasila.core.document.DocumentStatus;
import org.hasila.core.entity.Mention;
import org.hasila.core.event.Event;
import org.hasila.core.event.Figure;
import org.hasila.core.event.Note;
import org.hasila.core.event.Reconciliation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReconcilerTest {

    private static final String PRISON = "fac:north-prison";
    private static final String CITY = "loc:rivertown";

    private static Reconciliation run(List<Document> docs, List<Claim> claims, List<Mention> mentions) {
        return new Reconciler(ReconcileSettings.defaults()).reconcile(docs, claims, mentions);
    }

    /** One document about the prison, holding the given claims. */
    private static Event single(Claim... claims) {
        Reconciliation r = run(List.of(doc("d-1", "2023-03-02"), doc("d-2", "2023-03-04")), List.of(claims),
                Stream.concat(mentions(PRISON, "d-1", 0, 3, "North prison").stream(),
                        mentions(PRISON, "d-2", 0, 2, "North prison").stream()).toList());
        assertThat(r.events()).hasSize(1);
        return r.events().get(0);
    }

    private static Figure figure(Event event, Kind kind, Group group) {
        return event.figures().stream().filter(f -> f.kind() == kind && f.group() == group).findFirst().orElseThrow();
    }

    private static List<String> codes(Figure figure) {
        return figure.notes().stream().map(Note::code).toList();
    }

    /** "North prison", named twice in each of these documents: reports of one incident at one place. */
    private static List<Mention> prisonNamedIn(String... documents) {
        List<Mention> named = new ArrayList<>();
        for (String d : documents) {
            named.addAll(mentions(PRISON, d, 0, 2, "North prison"));
        }
        return named;
    }

    @Nested
    class Supersession {

        @Test
        void aLaterFigureFromTheSameSourceReplacesItsEarlierOne() {
            Event e = single(
                    claim("c-1", "d-1").group(Group.MILITANTS).value(exact(40)).source("org:monitor", "the monitor")
                            .asOf("2023-03-02").build(),
                    claim("c-2", "d-2").group(Group.MILITANTS).value(exact(95)).source("org:monitor", "the monitor")
                            .asOf("2023-03-04").build());
            Figure f = figure(e, Kind.KILLED, Group.MILITANTS);
            assertThat(f.claims()).containsExactly("c-1", "c-2");
            assertThat(f.current()).containsExactly("c-2");
            assertThat(f.conflict()).isFalse();
            assertThat(Arrays.asList(f.low(), f.best(), f.high())).containsExactly(95L, 95L, 95L);
            assertThat(codes(f)).containsExactly("superseded");
        }

        @Test
        void aLivePagesLaterEntryRaisesItsEarlierOnesThoughTheyComeAfterItInTheText() {
            // newest first: "19:05 ... مقتل 36 إرهابيا" above "08:15 مصدر أمني: مقتل 10 مسلحين", one day
            Event e = single(
                    claim("c-1", "d-1").group(Group.MILITANTS).value(exact(36)).source("org:moi", "the ministry")
                            .asOf("2023-03-02").asOfTime("19:05").at(100).build(),
                    claim("c-2", "d-1").group(Group.MILITANTS).value(exact(21)).source("org:moi", "the ministry")
                            .asOf("2023-03-02").asOfTime("11:00").at(300).build(),
                    claim("c-3", "d-1").group(Group.MILITANTS).value(exact(10)).source(null, "a security source")
                            .asOf("2023-03-02").asOfTime("08:15").at(500).build());
            Figure f = figure(e, Kind.KILLED, Group.MILITANTS);
            assertThat(f.current()).containsExactlyInAnyOrder("c-1", "c-3");
            assertThat(Arrays.asList(f.low(), f.best(), f.high())).containsExactly(10L, 36L, 36L);
            assertThat(codes(f)).contains("superseded", "earlier-count");
        }

        @Test
        void withoutDatesTheLaterPublishedDocumentWins() {
            Event e = single(
                    claim("c-1", "d-2").value(exact(9)).source(null, "local officials").build(),
                    claim("c-2", "d-1").value(exact(4)).source(null, "local  officials").build());
            assertThat(figure(e, Kind.KILLED, Group.CIVILIANS).current()).containsExactly("c-1");
        }

        @Test
        void aListOfOneGroupWithNoTotalIsAddedUp() {
            // "قُتل طفلان وامرأة": both civilians, one list, one source: 3
            Event listed = single(
                    claim("c-1", "d-1").value(exact(2)).source("org:a", "A").quote("2 and 1").build(),
                    claim("c-2", "d-1").value(exact(1)).source("org:a", "A").quote("2 and 1").listedWith("c-1").build());
            Figure killed = figure(listed, Kind.KILLED, Group.CIVILIANS);
            assertThat(killed.current()).containsExactly("c-1", "c-2");
            assertThat(killed.best()).isEqualTo(3);
            assertThat(killed.notes()).extracting(Note::code).doesNotContain("superseded");
        }

        @Test
        void ofOneSentenceStatingTheGroupTwiceInNoListTheLargerStandsAndOfTwoSentencesTheFirst() {
            // "ارتفعت الحصيلة من 3 إلى 7": one sentence, one source, no list
            Event listed = single(
                    claim("c-1", "d-1").value(exact(7)).source("org:a", "A").quote("7 and 3").build(),
                    claim("c-2", "d-1").value(exact(3)).source("org:a", "A").quote("7 and 3").build());
            assertThat(figure(listed, Kind.KILLED, Group.CIVILIANS).current()).containsExactly("c-1");
            Event apart = single(
                    claim("c-1", "d-1").value(exact(3)).source("org:a", "A").build(),
                    claim("c-2", "d-1").value(exact(7)).source("org:a", "A").at(200).build());
            assertThat(figure(apart, Kind.KILLED, Group.CIVILIANS).current()).containsExactly("c-1");
        }

        @Test
        void thePartsOfOneTotalListedForOneGroupAreAddedUp() {
            // "23 قتيلاً، بينهم خمسة أطفال وسيدتان": both parts civilians, 7 in all, picked out of a total of everyone:
            // no figure of their own
            Event e = single(
                    claim("c-1", "d-1").group(Group.ALL).value(exact(23)).source("org:a", "A").quote("23 ...").build(),
                    claim("c-2", "d-1").value(exact(5)).source("org:a", "A").partOf("c-1").quote("23 ...").build(),
                    claim("c-3", "d-1").value(exact(2)).source("org:a", "A").partOf("c-1").quote("23 ...").build());
            assertThat(e.figures()).extracting(Figure::group).containsExactly(Group.ALL);
            // another source's 7 civilians makes the figure, and agrees with the parts' sum
            Event agreed = single(
                    claim("c-1", "d-1").group(Group.ALL).value(exact(23)).source("org:a", "A").quote("23 ...").build(),
                    claim("c-2", "d-1").value(exact(5)).source("org:a", "A").partOf("c-1").quote("23 ...").build(),
                    claim("c-3", "d-1").value(exact(2)).source("org:a", "A").partOf("c-1").quote("23 ...").build(),
                    claim("c-4", "d-2").value(exact(7)).source("org:b", "B").build());
            Figure civilians = figure(agreed, Kind.KILLED, Group.CIVILIANS);
            assertThat(List.of(civilians.low(), civilians.best(), civilians.high())).containsExactly(7L, 7L, 7L);
            assertThat(civilians.conflict()).isFalse();
        }

        @Test
        void partsOfATotalOfEveryoneStandAsideWhereASourceGivesTheGroupsOwnFigure() {
            // "14 قتيلاً، بينهم 5 أطفال وامرأتان" beside "12 مدنياً" and "14 مدنياً": 7 counts some civilians, not all
            // (the soldiers counted too keep the civilians' figure apart from the toll's)
            Event e = single(
                    claim("c-1", "d-1").group(Group.ALL).value(exact(14)).source("org:a", "A").quote("14 ...").build(),
                    claim("c-2", "d-1").value(exact(5)).source("org:a", "A").partOf("c-1").quote("14 ...").build(),
                    claim("c-3", "d-1").value(exact(2)).source("org:a", "A").partOf("c-1").quote("14 ...").build(),
                    claim("c-4", "d-2").value(exact(12)).source("org:b", "B").build(),
                    claim("c-5", "d-2").value(exact(14)).source("org:c", "C").at(80).build(),
                    claim("c-6", "d-2").group(Group.SECURITY_FORCES).value(exact(2)).source("org:c", "C").at(120)
                            .build());
            Figure civilians = figure(e, Kind.KILLED, Group.CIVILIANS);
            assertThat(civilians.current()).containsExactly("c-4", "c-5");
            assertThat(civilians.best()).isEqualTo(12L);
            assertThat(civilians.claims()).contains("c-2", "c-3");
        }

        @Test
        void differentSourcesAreEachCurrent() {
            Event e = single(
                    claim("c-1", "d-1").value(exact(4)).source("org:a", "A").build(),
                    claim("c-2", "d-1").value(exact(4)).source("org:b", "B").at(50).build());
            assertThat(figure(e, Kind.KILLED, Group.CIVILIANS).current()).containsExactly("c-1", "c-2");
        }
    }

    @Nested
    class IntervalLogic {

        @Test
        void atLeastAndAnExactFigureAboveItAgree() {
            Event e = single(
                    claim("c-1", "d-1").value(atLeast(27)).source("org:a", "A").build(),
                    claim("c-2", "d-1").value(exact(35)).source("org:b", "B").at(40).build());
            Figure f = figure(e, Kind.KILLED, Group.CIVILIANS);
            assertThat(f.conflict()).isFalse();
            assertThat(Arrays.asList(f.low(), f.best(), f.high())).containsExactly(35L, 35L, 35L);
            assertThat(codes(f)).doesNotContain("sources-disagree");
        }

        @Test
        void whereTheLatestCountsAgreeTheBestIsTheLowestValueTheyAllAllow() {
            // a first count of 1000, then "more than 1300" and "1450" in two reports of the next day: those two agree,
            // on 1450 at least
            List<Mention> m = prisonNamedIn("d-1", "d-2", "d-3");
            List<Document> docs = List.of(doc("d-1", "2023-03-02"), doc("d-2", "2023-03-03"), doc("d-3", "2023-03-03"));
            Reconciliation r = run(docs, List.of(
                    claim("c-1", "d-1").kind(Kind.ESCAPED).group(Group.DETAINEES).value(exact(1000))
                            .source("org:a", "A").asOf("2023-03-02").build(),
                    claim("c-2", "d-2").kind(Kind.ESCAPED).group(Group.DETAINEES).value(moreThan(1300))
                            .source("org:b", "B").asOf("2023-03-03").build(),
                    claim("c-3", "d-3").kind(Kind.ESCAPED).group(Group.DETAINEES).value(exact(1450))
                            .source("org:c", "C").asOf("2023-03-03").build()), m);
            Figure f = figure(r.events().get(0), Kind.ESCAPED, Group.DETAINEES);
            assertThat(Arrays.asList(f.low(), f.best(), f.high())).containsExactly(1000L, 1450L, 1450L);
            // where they disagree, the lowest of them
            Event apart = single(
                    claim("c-4", "d-1").value(exact(12)).source("org:b", "B").asOf("2023-03-03").build(),
                    claim("c-5", "d-1").value(exact(20)).source("org:c", "C").asOf("2023-03-03").at(40).build());
            assertThat(figure(apart, Kind.KILLED, Group.CIVILIANS).best()).isEqualTo(12L);
        }

        @Test
        void twoApproximateFiguresFarApartConflict() {
            Event e = single(
                    claim("c-1", "d-1").kind(Kind.DETAINED).group(Group.DETAINEES).value(about(6000)).build(),
                    claim("c-2", "d-2").kind(Kind.DETAINED).group(Group.DETAINEES).value(about(4200)).build());
            Figure f = figure(e, Kind.DETAINED, Group.DETAINEES);
            assertThat(f.conflict()).isTrue();
            assertThat(codes(f)).contains("sources-disagree");
            assertThat(f.low()).isEqualTo(4200L);
            assertThat(f.best()).isEqualTo(4200L);
            assertThat(f.high()).isEqualTo(6000L);
            assertThat(f.policy()).isEqualTo("conservative");
        }

        @Test
        void approximateFiguresWithinTenPercentAgree() {
            Event e = single(
                    claim("c-1", "d-1").value(about(200)).build(),
                    claim("c-2", "d-2").value(exact(215)).build());
            assertThat(figure(e, Kind.KILLED, Group.CIVILIANS).conflict()).isFalse();
        }

        @Test
        void anOpenBoundBesideCountsThatAgreeWithinTheMarginSetsNoBest() {
            // "at least 30" of one day, 68 twice and "about 70" of the next: all agree, and the best is no 30
            Figure f = figure(single(
                    claim("c-1", "d-1").value(atLeast(30)).source("grp:a", "the group").build(),
                    claim("c-2", "d-2").value(exact(68)).source("org:b", "the ministry").build(),
                    claim("c-3", "d-2").value(about(70)).source("org:c", "medics").at(300).build()),
                    Kind.KILLED, Group.CIVILIANS);
            assertThat(f.conflict()).isFalse();
            assertThat(Arrays.asList(f.low(), f.best(), f.high())).containsExactly(68L, 68L, 70L);
            // without the open bound, the span of what they state, as before
            Figure closed = figure(single(
                    claim("c-2", "d-2").value(exact(68)).source("org:b", "the ministry").build(),
                    claim("c-3", "d-2").value(about(70)).source("org:c", "medics").at(300).build()),
                    Kind.KILLED, Group.CIVILIANS);
            assertThat(Arrays.asList(closed.low(), closed.best(), closed.high())).containsExactly(68L, 68L, 70L);
        }

        @Test
        void aVagueWordConflictsOnlyWhenItsBoundsDo() {
            Event hundredsAgainstEighty = single(
                    claim("c-1", "d-1").value(vague(200, 999, "hundreds")).build(),
                    claim("c-2", "d-2").value(exact(80)).build());
            Event dozensAgainstFortyFive = single(
                    claim("c-1", "d-1").value(vague(20, 99, "dozens")).build(),
                    claim("c-2", "d-2").value(exact(45)).build());
            assertThat(figure(hundredsAgainstEighty, Kind.KILLED, Group.CIVILIANS).conflict()).isTrue();
            assertThat(figure(dozensAgainstFortyFive, Kind.KILLED, Group.CIVILIANS).conflict()).isFalse();
        }

        @Test
        void aWordOfMagnitudeBesideNumbersSetsNeitherTheBestNorTheHighest() {
            // MSF's "several bodies" beside the UN's 68 of the same day: the best is no 3; "العشرات" beside 48 wounded
            // and an earlier 27 from another source: the highest is 48, not 99
            Figure killed = killedCivilians(single(
                    claim("c-1", "d-2").value(vague(3, 9, "several")).source("org:msf", "MSF").at(300).build(),
                    claim("c-2", "d-1").value(exact(61)).source("org:moh", "the ministry").build(),
                    claim("c-3", "d-2").value(exact(68)).source("org:un", "the UN").build()));
            assertThat(killed.best()).isEqualTo(68L);
            assertThat(killed.low()).isEqualTo(3L);
            Figure injured = killedCivilians(single(
                    claim("c-1", "d-1").value(vague(20, 99, "العشرات")).source("org:msf", "MSF").build(),
                    claim("c-2", "d-1").value(exact(27)).source("org:moh", "the ministry").at(300).build(),
                    claim("c-3", "d-2").value(exact(48)).source("org:un", "the UN").build()));
            assertThat(injured.high()).isEqualTo(48L);
            // what the word allows at least still bounds the range: "dozens" beside 12
            Figure dozens = killedCivilians(single(
                    claim("c-1", "d-1").value(vague(20, 99, "dozens")).build(),
                    claim("c-2", "d-2").value(exact(12)).build()));
            assertThat(dozens.high()).isEqualTo(20L);
            assertThat(dozens.best()).isEqualTo(12L);
        }

        private Figure killedCivilians(Event event) {
            return figure(event, Kind.KILLED, Group.CIVILIANS);
        }

        @Test
        void theUcdpPolicyTakesTheMiddleFigureAsBest() {
            List<Claim> claims = List.of(
                    claim("c-1", "d-1").value(exact(100)).source("org:a", "A").build(),
                    claim("c-2", "d-1").value(exact(150)).source("org:b", "B").at(30).build(),
                    claim("c-3", "d-1").value(exact(400)).source("org:c", "C").at(60).build());
            Reconciliation r = new Reconciler(new ReconcileSettings("UCDP", 10))
                    .reconcile(List.of(doc("d-1", "2023-03-02")), claims, mentions(PRISON, "d-1", 0, 1, "prison"));
            Figure f = figure(r.events().get(0), Kind.KILLED, Group.CIVILIANS);
            assertThat(Arrays.asList(f.low(), f.best(), f.high())).containsExactly(100L, 150L, 400L);
            assertThat(f.policy()).isEqualTo("ucdp");
        }

        @Test
        void aLowerTollThatAnotherSourceLaterRaisedIsAnEarlierCountNotTheBest() {
            Event e = single(
                    claim("c-1", "d-1").value(exact(8)).source("org:police", "the police").asOf("2023-03-02").build(),
                    claim("c-2", "d-2").value(exact(14)).source("org:ministry", "the ministry").asOf("2023-03-04")
                            .build());
            Figure f = figure(e, Kind.KILLED, Group.CIVILIANS);
            assertThat(f.conflict()).isTrue();
            assertThat(Arrays.asList(f.low(), f.best(), f.high())).containsExactly(8L, 14L, 14L);
            assertThat(codes(f)).contains("sources-disagree", "earlier-count");
        }

        @Test
        void aLaterFigureFarAboveAnEarlierOneRaisesNothing() {
            // 500 on the later day is no update of 12: more likely a wider count; the lowest stays the best
            Event e = single(
                    claim("c-1", "d-1").value(exact(12)).source("org:police", "the police").asOf("2023-03-02").build(),
                    claim("c-2", "d-2").value(exact(500)).source("org:ministry", "the ministry").asOf("2023-03-04")
                            .build());
            Figure f = figure(e, Kind.KILLED, Group.CIVILIANS);
            assertThat(f.best()).isEqualTo(12L);
            assertThat(codes(f)).doesNotContain("earlier-count");
        }

        @Test
        void aCountItsReportCallsPreliminaryIsRaisedByAnyLargerOneOfThatDay() {
            Event e = single(
                    claim("c-1", "d-1").value(exact(20)).source("org:police", "a security source").asOf("2023-03-02")
                            .quote("6 قتلى و20 جريحاً في حصيلة أولية").build(),
                    claim("c-2", "d-2").value(exact(110)).source("org:ministry", "the ministry").asOf("2023-03-02")
                            .build());
            Figure f = figure(e, Kind.KILLED, Group.CIVILIANS);
            assertThat(Arrays.asList(f.low(), f.best(), f.high())).containsExactly(20L, 110L, 110L);
            assertThat(codes(f)).contains("earlier-count");
            // the same counts, neither called preliminary: the lowest of the day stays the best
            Event plain = single(
                    claim("c-1", "d-1").value(exact(20)).source("org:police", "a security source").asOf("2023-03-02")
                            .quote("6 قتلى و20 جريحاً").build(),
                    claim("c-2", "d-2").value(exact(110)).source("org:ministry", "the ministry").asOf("2023-03-02")
                            .build());
            assertThat(figure(plain, Kind.KILLED, Group.CIVILIANS).best()).isEqualTo(20L);
            // the definite form, told as before: "وكانت الحصيلة الأولية ... قد تحدثت عن ثلاثين قتيلاً"
            Event told = single(
                    claim("c-1", "d-1").value(exact(30)).source("org:governor", "the governor").asOf("2023-03-02")
                            .quote("وكانت الحصيلة الأولية التي نقلتها الوكالة عن الوالي قد تحدثت عن ثلاثين قتيلاً").build(),
                    claim("c-2", "d-1").value(exact(50)).source("org:ministry", "the ministry").asOf("2023-03-02")
                            .quote("ارتفعت حصيلة التفجير إلى خمسين قتيلاً").build());
            assertThat(figure(told, Kind.KILLED, Group.CIVILIANS).best()).isEqualTo(50L);
        }

        @Test
        void whatOneHospitalReceivedIsRaisedByAnyLargerCountOfThatDay() {
            Event e = single(
                    claim("c-1", "d-1").value(exact(35)).source("org:msf", "MSF").asOf("2023-03-02")
                            .quote("وقالت منظمة أطباء بلا حدود إن مستشفاها في المدينة استقبل 35 جثة").build(),
                    claim("c-2", "d-2").value(exact(120)).source("org:agency", "the agency").asOf("2023-03-02")
                            .build());
            Figure f = figure(e, Kind.KILLED, Group.CIVILIANS);
            assertThat(Arrays.asList(f.low(), f.best(), f.high())).containsExactly(35L, 120L, 120L);
            assertThat(codes(f)).contains("earlier-count");
            // a hospital's count told without receiving ("مدير المستشفى: قتل 35") counts the toll as any source does
            Event told = single(
                    claim("c-1", "d-1").value(exact(35)).source("org:msf", "MSF").asOf("2023-03-02")
                            .quote("وقال مدير المستشفى إن 35 شخصاً قتلوا").build(),
                    claim("c-2", "d-2").value(exact(120)).source("org:agency", "the agency").asOf("2023-03-02")
                            .build());
            assertThat(figure(told, Kind.KILLED, Group.CIVILIANS).best()).isEqualTo(35L);
        }

        @Test
        void aCeilingAloneIsItsNumber() {
            Event e = single(claim("c-1", "d-1").value(new Quantity(0, 10L, Qualifier.AT_MOST, "ما يصل إلى عشرة"))
                    .source("org:army", "the army").asOf("2023-03-02").build());
            Figure f = figure(e, Kind.KILLED, Group.CIVILIANS);
            assertThat(Arrays.asList(f.low(), f.best(), f.high())).containsExactly(0L, 10L, 10L);
        }

        @Test
        void aCountDatedByTheAttackInALaterReportWasMadeOnItsReportsDay() {
            // "قُتل 15 شخصاً في الهجوم فجر الخميس" in a report of the 4th: the attack's day names no count; the 15 is
            // of the 4th and raises the 8 another report counted on the 3rd
            Event e = single(
                    claim("c-1", "d-1").value(exact(8)).source("org:police", "the police").asOf("2023-03-02").build(),
                    claim("c-2", "d-1").value(exact(9)).source("org:ministry", "the ministry").asOf("2023-03-03")
                            .at(40).build(),
                    claim("c-3", "d-2").value(exact(15)).source("org:un", "the UN").asOf("2023-03-02").build());
            Figure f = figure(e, Kind.KILLED, Group.CIVILIANS);
            assertThat(Arrays.asList(f.low(), f.best(), f.high())).containsExactly(8L, 15L, 15L);
            assertThat(codes(f)).contains("earlier-count");
        }

        @Test
        void civiliansPickedOutOfATollOfAllMakeNoFigureButATollBrokenDownKeepsItsGroups() {
            // "قُتل 11 شخصاً ... بين القتلى 3 أطفال": who some of the dead were, not a toll of civilians
            Event e = single(
                    claim("c-1", "d-1").group(Group.ALL).value(exact(11)).source("org:hospital", "the hospital")
                            .asOf("2023-03-02").build(),
                    claim("c-2", "d-1").group(Group.CIVILIANS).value(exact(3)).source("org:hospital", "the hospital")
                            .asOf("2023-03-02").partOf("c-1").at(40).build());
            assertThat(e.figures()).extracting(Figure::group).containsExactly(Group.ALL);
            assertThat(codes(figure(e, Kind.KILLED, Group.ALL))).contains(PickedOutCivilians.PICKED_OUT);
            // "بينهم 124 من المسلحين و7 مدنيين": a breakdown into two groups keeps both
            Event broken = single(
                    claim("c-3", "d-1").group(Group.ALL).value(exact(181)).source("org:sohr", "SOHR")
                            .asOf("2023-03-02").build(),
                    claim("c-4", "d-1").group(Group.MILITANTS).value(exact(124)).source("org:sohr", "SOHR")
                            .asOf("2023-03-02").partOf("c-3").at(40).build(),
                    claim("c-5", "d-1").group(Group.CIVILIANS).value(exact(7)).source("org:sohr", "SOHR")
                            .asOf("2023-03-02").partOf("c-3").at(60).build());
            assertThat(broken.figures()).extracting(Figure::group)
                    .containsExactlyInAnyOrder(Group.ALL, Group.MILITANTS, Group.CIVILIANS);
        }

        @Test
        void aPartysClaimOfItsEnemysLossesNeitherBoundsTheRangeNorIsTheBest() {
            Claim boast = claim("c-2", "d-2").group(Group.SECURITY_FORCES).value(exact(60)).source("grp:jnim", "JNIM")
                    .asOf("2023-03-04").partisan().build();
            Event e = single(
                    claim("c-1", "d-1").group(Group.SECURITY_FORCES).value(exact(5)).source("org:army", "the army")
                            .asOf("2023-03-02").build(), boast);
            Figure f = figure(e, Kind.KILLED, Group.SECURITY_FORCES);
            assertThat(Arrays.asList(f.low(), f.best(), f.high())).containsExactly(5L, 5L, 5L);
            assertThat(codes(f)).contains("partisan-claim");
            assertThat(f.claims()).contains("c-2");
            // the one source that counts them gives the best, whatever it is
            Event alone = single(boast);
            assertThat(figure(alone, Kind.KILLED, Group.SECURITY_FORCES).best()).isEqualTo(60L);
            // soldiers counted only as parts of a toll ("قتل 5 أشخاص، بينهم 3 جنود") still stand beside the boast
            Event parts = single(claim("c-3", "d-1").group(Group.ALL).value(exact(5)).source("org:army", "the army")
                            .asOf("2023-03-02").build(),
                    claim("c-4", "d-1").group(Group.SECURITY_FORCES).value(exact(3)).source("org:army", "the army")
                            .asOf("2023-03-02").partOf("c-3").at(20).build(), boast);
            Figure soldiers = figure(parts, Kind.KILLED, Group.SECURITY_FORCES);
            assertThat(List.of(soldiers.low(), soldiers.best(), soldiers.high())).containsExactly(3L, 3L, 3L);
        }

        @Test
        void woundedWhoDiedSinceAreNoTollOfTheDeadBesideOne() {
            // "قُتل 58 شخصاً" (the monitor), then "32 مصاباً نُقلوا إلى مستشفيات تركيا، توفي ثلاثة منهم لاحقاً" (a doctor)
            Claim dead = claim("c-1", "d-1").group(Group.ALL).value(exact(58)).source("org:sohr", "the monitor")
                    .asOf("2023-03-02").build();
            Claim wounded = claim("c-2", "d-1").kind(Kind.INJURED).group(Group.ALL).value(exact(32))
                    .source(null, "the doctor").asOf("2023-03-02").at(200).build();
            Claim sinceDied = claim("c-3", "d-1").group(Group.ALL).value(exact(3)).source(null, "the doctor")
                    .asOf("2023-03-02").partOf("c-2").at(240).build();
            Figure f = figure(single(dead, wounded, sinceDied), Kind.KILLED, Group.ALL);
            assertThat(f.best()).isEqualTo(58L);
            assertThat(f.claims()).contains("c-3");
            // alone, those who died of their wounds are what is known of the dead
            Figure alone = figure(single(wounded, sinceDied), Kind.KILLED, Group.ALL);
            assertThat(List.of(alone.low(), alone.best(), alone.high())).containsExactly(3L, 3L, 3L);
        }

        @Test
        void aTollBrokenDownWholeIntoGroupsStatesEachGroupsOwnFigureBesideTheOthers() {
            // "قُتل 3 جنود" on the day; "6 قتلى، هم 5 جنود ومدني" two days later, after one of the wounded died
            Claim first = claim("c-1", "d-1").group(Group.SECURITY_FORCES).value(exact(3)).source("org:army", "the army")
                    .asOf("2023-03-02").build();
            Claim toll = claim("c-2", "d-2").group(Group.ALL).value(exact(6)).source("org:spokesman", "the spokesman")
                    .asOf("2023-03-04").at(10).build();
            Claim soldiers = claim("c-3", "d-2").group(Group.SECURITY_FORCES).value(exact(5))
                    .source("org:spokesman", "the spokesman").asOf("2023-03-04").partOf("c-2").at(20).build();
            Claim civilian = claim("c-4", "d-2").group(Group.CIVILIANS).value(exact(1))
                    .source("org:spokesman", "the spokesman").asOf("2023-03-04").partOf("c-2").at(30).build();
            Claim sinceDied = claim("c-5", "d-2").group(Group.ALL).value(exact(1))
                    .source("org:spokesman", "the spokesman").asOf("2023-03-04").partOf("c-2").at(40).build();
            Figure f = figure(single(first, toll, soldiers, civilian, sinceDied), Kind.KILLED, Group.SECURITY_FORCES);
            assertThat(Arrays.asList(f.low(), f.best(), f.high())).containsExactly(3L, 5L, 5L);
            // "7 قتلى، بينهم 5 جنود ومدني": some of the dead named, the soldiers among them stand aside beside a count
            Claim ofSome = claim("c-6", "d-2").group(Group.ALL).value(exact(7)).source("org:spokesman", "the spokesman")
                    .asOf("2023-03-04").at(10).build();
            Figure aside = figure(single(first, ofSome, soldiers.withPartOf("c-6"), civilian.withPartOf("c-6")),
                    Kind.KILLED, Group.SECURITY_FORCES);
            assertThat(List.of(aside.low(), aside.best(), aside.high())).containsExactly(3L, 3L, 3L);
        }

        @Test
        void oneGroupsCountBesideABareTollIsABoundInTheFigureOfAll() {
            // "9 مدنيين قُتلوا" on the first day, "22 قتيلاً" later: one toll, the civilians' count at least so many
            Event e = single(
                    claim("c-1", "d-1").group(Group.CIVILIANS).value(exact(9)).source("org:doctors", "the doctors")
                            .asOf("2023-03-02").build(),
                    claim("c-2", "d-1").group(Group.ALL).value(exact(15)).source("org:police", "the police")
                            .asOf("2023-03-02").at(40).build(),
                    claim("c-3", "d-2").group(Group.ALL).value(exact(22)).source("org:ministry", "the ministry")
                            .asOf("2023-03-04").at(40).build());
            assertThat(e.figures()).extracting(Figure::kind, Figure::group).containsExactly(tuple(Kind.KILLED, Group.ALL));
            Figure f = figure(e, Kind.KILLED, Group.ALL);
            assertThat(f.claims()).containsExactly("c-1", "c-2", "c-3");
            // the civilians' 9 bounds the range, the later toll is the best
            assertThat(Arrays.asList(f.low(), f.best(), f.high())).containsExactly(9L, 22L, 22L);
            assertThat(codes(f)).contains("group-folded");
            // a party's claim of its enemy's losses beside them counts no group of the toll, and alone in its group
            // makes no figure: it is noted in the toll's
            Event boast = single(
                    claim("c-8", "d-1").group(Group.CIVILIANS).value(exact(9)).source("org:doctors", "the doctors")
                            .asOf("2023-03-02").build(),
                    claim("c-9", "d-2").group(Group.ALL).value(exact(21)).source("org:ministry", "the ministry")
                            .asOf("2023-03-04").build(),
                    claim("c-10", "d-2").group(Group.SECURITY_FORCES).value(exact(45)).source(null, "الحركة")
                            .asOf("2023-03-04").at(60).partisan().build());
            assertThat(boast.figures()).extracting(Figure::group).containsExactly(Group.ALL);
            assertThat(figure(boast, Kind.KILLED, Group.ALL).notes()).extracting(Note::message)
                    .anyMatch(m -> m.contains("الحركة") && m.contains("no figure of its own"));
            // agreeing with the toll it is no conflict: 8 soldiers wounded and 10 wounded
            Event agree = single(
                    claim("c-4", "d-1").kind(Kind.INJURED).group(Group.SECURITY_FORCES).value(exact(8))
                            .source("org:army", "the army").asOf("2023-03-02").build(),
                    claim("c-5", "d-2").kind(Kind.INJURED).group(Group.ALL).value(exact(10))
                            .source("org:police", "the police").asOf("2023-03-02").build());
            Figure wounded = figure(agree, Kind.INJURED, Group.ALL);
            assertThat(List.of(wounded.low(), wounded.best(), wounded.high(), wounded.conflict()))
                    .containsExactly(10L, 10L, 10L, false);
        }

        @Test
        void aGroupsCountStaysApartWhereASourceBreaksTheTollDownOrItIsFarBelowIt() {
            Claim toll = claim("c-1", "d-1").group(Group.ALL).value(exact(22)).source("org:police", "the police")
                    .asOf("2023-03-03").build();
            // "22 قتيلاً، هم 9 مدنيين و13 جندياً" breaks it down; "بينهم 9 أطفال" alone is some of it, and blocks no
            // fold of another source's count of civilians
            Event brokenDown = single(toll, claim("c-2", "d-1").group(Group.CIVILIANS).value(exact(9))
                    .source("org:police", "the police").asOf("2023-03-03").partOf("c-1").at(20).build(),
                    claim("c-6", "d-1").group(Group.SECURITY_FORCES).value(exact(13))
                    .source("org:police", "the police").asOf("2023-03-03").partOf("c-1").at(30).build());
            assertThat(brokenDown.figures()).extracting(Figure::group)
                    .containsExactlyInAnyOrder(Group.ALL, Group.CIVILIANS, Group.SECURITY_FORCES);
            Event some = single(toll, claim("c-7", "d-1").group(Group.CIVILIANS).value(exact(9))
                    .source("org:police", "the police").asOf("2023-03-03").partOf("c-1").at(20).build(),
                    claim("c-11", "d-2").group(Group.CIVILIANS).value(exact(12)).source("org:un", "the UN")
                            .asOf("2023-03-03").build());
            assertThat(some.figures()).extracting(Figure::group).containsExactly(Group.ALL);
            // however few a part names ("بينهم 4 أطفال" of 22), it is some of the toll, not a count far below it
            Event fewAmongThem = single(toll, claim("c-12", "d-1").group(Group.CIVILIANS).value(exact(4))
                    .source("org:police", "the police").asOf("2023-03-03").partOf("c-1").at(20).build(),
                    claim("c-13", "d-2").group(Group.CIVILIANS).value(exact(12)).source("org:un", "the UN")
                            .asOf("2023-03-03").build());
            assertThat(fewAmongThem.figures()).extracting(Figure::group).containsExactly(Group.ALL);
            Event farBelow = single(toll, claim("c-3", "d-2").group(Group.CIVILIANS).value(exact(2))
                    .source("org:un", "the UN").asOf("2023-03-03").build());
            assertThat(farBelow.figures()).extracting(Figure::group).containsExactlyInAnyOrder(Group.ALL, Group.CIVILIANS);
            // displacement is counted in families or people: never folded
            Event displaced = single(
                    claim("c-4", "d-1").kind(Kind.DISPLACED).group(Group.ALL).value(exact(3000)).asOf("2023-03-03")
                            .build(),
                    claim("c-5", "d-2").kind(Kind.DISPLACED).group(Group.CIVILIANS).value(exact(2000))
                            .asOf("2023-03-03").build());
            assertThat(displaced.figures()).hasSize(2);
        }

        @Test
        void twoLaterReportsThatAgreeRaiseAFirstHourCountFarBelowThem() {
            List<Mention> m = prisonNamedIn("d-1", "d-2", "d-3");
            List<Document> docs = List.of(doc("d-1", "2023-03-02"), doc("d-2", "2023-03-03"), doc("d-3", "2023-03-04"));
            Reconciliation r = run(docs, List.of(
                    claim("c-1", "d-1").value(exact(6)).source("org:rail", "the railway").asOf("2023-03-02").build(),
                    claim("c-2", "d-2").value(exact(28)).source("org:police", "the police").asOf("2023-03-03").build(),
                    claim("c-3", "d-3").value(exact(31)).source("org:gov", "the government").asOf("2023-03-04").build()),
                    m);
            Figure f = figure(r.events().get(0), Kind.KILLED, Group.CIVILIANS);
            assertThat(Arrays.asList(f.low(), f.best(), f.high())).containsExactly(6L, 31L, 31L);
        }

        @Test
        void aLaterCountOfTheReportThatRelaysTheFirstOneCorroboratesAnotherReports() {
            // the third report relays the railway's 6 of the first day ("وكانت الوكالة قد نقلت مساء الثلاثاء") and
            // gives the government's 31 of the third; the police's 28 of the second day agrees with the 31
            List<Mention> m = prisonNamedIn("d-2", "d-3");
            List<Document> docs = List.of(doc("d-2", "2023-03-03"), doc("d-3", "2023-03-04"));
            List<Claim> claims = List.of(
                    claim("c-2", "d-2").value(exact(28)).source("org:police", "the police").asOf("2023-03-03").build(),
                    claim("c-3", "d-3").value(exact(31)).source("org:gov", "the government").asOf("2023-03-04").build(),
                    claim("c-4", "d-3").value(exact(6)).source("org:rail", "the railway").asOf("2023-03-02").at(400)
                            .build());
            Figure f = figure(run(docs, claims, m).events().get(0), Kind.KILLED, Group.CIVILIANS);
            assertThat(Arrays.asList(f.low(), f.best(), f.high())).containsExactly(6L, 31L, 31L);
            // alone, the report's two dated counts are its incident's day and its statement's: the 6 stands
            Reconciliation alone = run(docs.subList(1, 2), claims.subList(1, 3), m.subList(2, 4));
            assertThat(figure(alone.events().get(0), Kind.KILLED, Group.CIVILIANS).best()).isEqualTo(6L);
        }

        @Test
        void aReportsOwnLaterTollRaisesWhatItRelaysAsToldBeforeHoweverFar() {
            // "وكانت وكالة الأناضول قد نقلت في وقت سابق ... أن 8 أشخاص قتلوا" in a report whose own toll is 25
            Event e = single(
                    claim("c-1", "d-2").value(exact(25)).asOf("2023-03-04").build(),
                    claim("c-2", "d-2").value(exact(8)).source("org:agency", "the agency").at(400).build());
            assertThat(figure(e, Kind.KILLED, Group.CIVILIANS).best()).isEqualTo(25L);
        }

        @Test
        void theSameDaysDisagreeingCountsKeepTheLowestAsBest() {
            Event e = single(
                    claim("c-1", "d-1").value(exact(8)).source("org:police", "the police").asOf("2023-03-02").build(),
                    claim("c-2", "d-1").value(exact(14)).source("org:ministry", "the ministry").asOf("2023-03-02")
                            .at(40).build());
            assertThat(figure(e, Kind.KILLED, Group.CIVILIANS).best()).isEqualTo(8L);
        }

        @Test
        void aPartysBoastTheDayAfterInOneReportIsNoUpdate() {
            // the police's 4 of the night of the attack and an armed group's boast of 11 the day after, in one report
            Event e = single(
                    claim("c-1", "d-1").group(Group.SECURITY_FORCES).value(exact(4)).source("org:police", "the police")
                            .asOf("2023-03-01").build(),
                    claim("c-2", "d-1").group(Group.SECURITY_FORCES).value(exact(11)).source(null, "الجماعة")
                            .asOf("2023-03-02").at(300).partisan().build());
            assertThat(figure(e, Kind.KILLED, Group.SECURITY_FORCES).best()).isEqualTo(4L);
        }

        @Test
        void aReportsCountDatedBeforeAnotherOfItsCountsIsAnEarlierCount() {
            // "Police had on Sunday put the death toll at 12" beside the chairman's 23 of Monday
            Event e = single(
                    claim("c-1", "d-1").value(exact(12)).source(null, "Police").asOf("2023-03-01").build(),
                    claim("c-2", "d-1").value(exact(23)).source(null, "The chairman").asOf("2023-03-02").at(300).build());
            Figure f = figure(e, Kind.KILLED, Group.CIVILIANS);
            assertThat(Arrays.asList(f.low(), f.best(), f.high())).containsExactly(12L, 23L, 23L);
            assertThat(codes(f)).contains("earlier-count");
            // far above it, a count of the same report raises nothing alone (it more likely counts something wider)
            Event far = single(
                    claim("c-3", "d-1").value(exact(12)).source(null, "Police").asOf("2023-03-01").build(),
                    claim("c-4", "d-1").value(exact(400)).source(null, "The chairman").asOf("2023-03-02").at(300).build());
            assertThat(figure(far, Kind.KILLED, Group.CIVILIANS).best()).isEqualTo(12L);
        }

        @Test
        void aReportsCountOfTheDayBeforeItIsRaisedByItsCountDatedByTheAttackWhichCountsAsOfTheReport() {
            // published on the 4th: "At least 43 were killed late on the 2nd, the state government said" beside
            // "Earlier on the 3rd, the police had put the death toll at 18"
            Event e = single(
                    claim("c-1", "d-2").value(atLeast(43)).source(null, "the state government").asOf("2023-03-02")
                            .build(),
                    claim("c-2", "d-2").value(exact(18)).source(null, "the police").asOf("2023-03-03").at(400).build());
            Figure f = figure(e, Kind.KILLED, Group.CIVILIANS);
            assertThat(f.best()).isEqualTo(43L);
            assertThat(codes(f)).contains("earlier-count");
        }

        @Test
        void aVagueEarlyCountIsRaisedByALaterCountItsWordAllows() {
            // "فر عشرات السجناء" on the first day, 163 escaped two days later
            Event e = single(
                    claim("c-1", "d-1").kind(Kind.ESCAPED).group(Group.DETAINEES)
                            .value(vague(20, 99, "عشرات")).source("org:a", "A")
                            .asOf("2023-03-02").build(),
                    claim("c-2", "d-2").kind(Kind.ESCAPED).group(Group.DETAINEES).value(exact(163))
                            .source("org:b", "B").asOf("2023-03-04").build());
            assertThat(figure(e, Kind.ESCAPED, Group.DETAINEES).best()).isEqualTo(163L);
        }

        @Test
        void aTollRelayedWithNoDateOfItsOwnWasToldBeforeItsReport() {
            // "وكانت هيئة الأركان قد أعلنت في بيانها الأول مقتل تسعة" after the same report's 13 of the 3rd
            Event e = single(
                    claim("c-1", "d-2").value(exact(13)).source("org:staff", "the general staff").asOf("2023-03-03")
                            .build(),
                    claim("c-2", "d-2").value(exact(9)).source(null, "the staff").at(400).build());
            assertThat(figure(e, Kind.KILLED, Group.CIVILIANS).best()).isEqualTo(13L);
        }

        @Test
        void thePopulationHeldIsNoTollThatGrows() {
            Event e = single(
                    claim("c-1", "d-1").kind(Kind.DETAINED).group(Group.DETAINEES).value(exact(3500))
                            .source("org:a", "A").asOf("2023-03-02").build(),
                    claim("c-2", "d-2").kind(Kind.DETAINED).group(Group.DETAINEES).value(exact(5000))
                            .source("org:b", "B").asOf("2023-03-04").build());
            assertThat(figure(e, Kind.DETAINED, Group.DETAINEES).best()).isEqualTo(3500L);
        }

        @Test
        void anUnknownPolicyIsRefused() {
            assertThatThrownBy(() -> new ReconcileSettings("median-of-everything", 10))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Notes {

        @Test
        void aSourcesTotalAboveTheSumOfItsOwnPartsIsNoted() {
            Event e = single(
                    claim("c-1", "d-1").group(Group.ALL).value(about(90)).source("org:m", "the monitor").build(),
                    claim("c-2", "d-1").group(Group.SECURITY_FORCES).value(exact(20)).source("org:m", "it").at(20).build(),
                    claim("c-3", "d-1").group(Group.MILITANTS).value(exact(45)).source("org:m", "it").at(40).build(),
                    claim("c-4", "d-1").group(Group.CIVILIANS).value(exact(5)).source("org:m", "it").at(60).build());
            assertThat(codes(figure(e, Kind.KILLED, Group.ALL))).containsExactly("total-exceeds-components");
        }

        @Test
        void partsAboveTheirTotalAreNoted() {
            Event e = single(
                    claim("c-1", "d-1").group(Group.ALL).value(exact(50)).build(),
                    claim("c-2", "d-1").group(Group.MILITANTS).value(exact(30)).partOf("c-1").at(20).build(),
                    claim("c-3", "d-1").group(Group.CIVILIANS).value(exact(28)).partOf("c-1").at(40).build());
            assertThat(codes(figure(e, Kind.KILLED, Group.ALL))).containsExactly("components-exceed-total");
            assertThat(figure(e, Kind.KILLED, Group.MILITANTS).claims()).containsExactly("c-2");
        }

        @Test
        void aPartNamingNoGroupBesideTheGroupsOfATotalIsNoShareOfIt() {
            // "26 قتيلاً، هم 5 حراس و21 سجيناً، بعد العثور على 4 جثث أخرى": the 4 are among the 26, not beside them
            Event e = single(
                    claim("c-1", "d-1").group(Group.ALL).value(exact(26)).build(),
                    claim("c-2", "d-1").group(Group.PRISON_STAFF).value(exact(5)).partOf("c-1").at(20).build(),
                    claim("c-3", "d-1").group(Group.DETAINEES).value(exact(21)).partOf("c-1").at(40).build(),
                    claim("c-4", "d-1").group(Group.ALL).value(exact(4)).partOf("c-1").at(60).build());
            assertThat(figure(e, Kind.KILLED, Group.ALL).notes()).extracting(Note::code)
                    .doesNotContain("components-exceed-total");
            // the named groups still are: 5 and 25 exceed 26
            Event over = single(
                    claim("c-1", "d-1").group(Group.ALL).value(exact(26)).build(),
                    claim("c-2", "d-1").group(Group.PRISON_STAFF).value(exact(5)).partOf("c-1").at(20).build(),
                    claim("c-3", "d-1").group(Group.DETAINEES).value(exact(25)).partOf("c-1").at(40).build(),
                    claim("c-4", "d-1").group(Group.ALL).value(exact(4)).partOf("c-1").at(60).build());
            assertThat(codes(figure(over, Kind.KILLED, Group.ALL))).contains("components-exceed-total");
        }

        @Test
        void partsThatAddUpRaiseNoNote() {
            Event e = single(
                    claim("c-1", "d-1").group(Group.ALL).value(exact(50)).build(),
                    claim("c-2", "d-1").group(Group.MILITANTS).value(exact(30)).at(20).build(),
                    claim("c-3", "d-1").group(Group.CIVILIANS).value(exact(20)).at(40).build());
            assertThat(figure(e, Kind.KILLED, Group.ALL).notes()).isEmpty();
        }

        @Test
        void aWiderFigureIsNotedButNotCounted() {
            Event e = single(
                    claim("c-1", "d-1").kind(Kind.DETAINED).group(Group.DETAINEES).value(about(900)).build(),
                    claim("c-2", "d-1").kind(Kind.DETAINED).group(Group.DETAINEES).value(about(20000)).wider()
                            .at(80).build());
            Figure f = figure(e, Kind.DETAINED, Group.DETAINEES);
            assertThat(f.claims()).containsExactly("c-1");
            assertThat(f.conflict()).isFalse();
            assertThat(codes(f)).containsExactly("scope-differs");
        }

        @Test
        void aRepublishedSentenceIsOneSourceNotCorroboration() {
            String sentence = "The explosion at the market on Sunday killed nine people and wounded many others nearby";
            Event e = single(
                    claim("c-1", "d-1").value(exact(9)).quote(sentence).build(),
                    claim("c-2", "d-2").value(exact(9)).quote(sentence).build());
            Figure f = figure(e, Kind.KILLED, Group.CIVILIANS);
            assertThat(f.current()).hasSize(1);
            assertThat(codes(f)).containsExactly("copied-report");
        }

        @Test
        void twoOutletsWritingTheirOwnSentencesAreTwoSources() {
            Event e = single(
                    claim("c-1", "d-1").value(exact(9)).quote("nine died when the market was shelled on Sunday").build(),
                    claim("c-2", "d-2").value(exact(9)).quote("the shelling of the market left nine dead, medics said").build());
            assertThat(figure(e, Kind.KILLED, Group.CIVILIANS).current()).hasSize(2);
        }

        @Test
        void aDocumentThatRepublishesAnotherSpeaksWithItsVoiceOnce() {
            List<Document> docs = List.of(doc("d-1", "2023-03-02"), doc("d-2", "2023-03-03"));
            List<Mention> places = Stream.concat(mentions(PRISON, "d-1", 0, 2, "North prison").stream(),
                    mentions(PRISON, "d-2", 0, 2, "North prison").stream()).toList();
            List<Claim> claims = List.of(
                    claim("c-1", "d-1").value(exact(9)).quote("nine died when the market was shelled on Sunday").build(),
                    claim("c-2", "d-2").value(exact(11)).quote("eleven died when the market was shelled, it said").build());

            Figure apart = figure(run(docs, claims, places).events().get(0), Kind.KILLED, Group.CIVILIANS);
            assertThat(apart.current()).hasSize(2);

            Figure copied = figure(new Reconciler(ReconcileSettings.defaults())
                    .reconcile(docs, claims, places, java.util.Map.of("d-2", "d-1")).events().get(0),
                    Kind.KILLED, Group.CIVILIANS);
            assertThat(copied.current()).as("the copy's later figure updates the original's").containsExactly("c-2");
            assertThat(codes(copied)).contains("copied-report");
            assertThat(copied.notes().stream().map(Note::message).toList())
                    .anySatisfy(m -> assertThat(m).contains("d-2 republishes d-1"));
        }

        @Test
        void aSubsetOfTheSameGroupIsNoEstimateOfTheGroup() {
            Event e = single(
                    claim("c-1", "d-1").kind(Kind.DETAINED).group(Group.MILITANTS).value(about(3500)).build(),
                    claim("c-2", "d-1").kind(Kind.DETAINED).group(Group.MILITANTS).value(about(700)).at(40)
                            .partOf("c-1").build());
            Figure f = figure(e, Kind.DETAINED, Group.MILITANTS);
            assertThat(f.claims()).containsExactly("c-1");
            assertThat(f.low()).isEqualTo(3500);
        }

        @Test
        void inmatesKilledAreNotedAsPossiblyWithinMilitantsKilled() {
            Event e = single(
                    claim("c-1", "d-1").group(Group.DETAINEES).value(atLeast(40)).build(),
                    claim("c-2", "d-1").group(Group.MILITANTS).value(exact(70)).at(30).build());
            assertThat(codes(figure(e, Kind.KILLED, Group.DETAINEES))).containsExactly("nested-groups");
            assertThat(figure(e, Kind.KILLED, Group.MILITANTS).notes()).isEmpty();
        }
    }

    @Nested
    class Events {

        @Test
        void anEarlierIncidentRecalledByTheArticleIsNotedInItsIncidentNotCountedNorAnEventOfItsOwn() {
            // "وكان هجوم مماثل العام الماضي قد أسفر عن مقتل 6": no event dated by the article, no part of this toll
            List<Document> docs = List.of(doc("d-1", "2023-03-02"));
            List<Mention> places = new ArrayList<>(mentions(CITY, "d-1", 0, 2, "Rivertown"));
            places.addAll(mentions("loc:hilltown", "d-1", 400, 1, "Hilltown"));
            Reconciliation r = run(docs, List.of(
                    claim("c-1", "d-1").value(exact(12)).build(),
                    claim("c-2", "d-1").value(exact(6)).at(400).place("loc:hilltown").scope(Scope.EARLIER).build()),
                    places);
            assertThat(r.events()).hasSize(1);
            Event incident = r.events().get(0);
            assertThat(incident.place()).isEqualTo(CITY);
            Figure killed = figure(incident, Kind.KILLED, Group.CIVILIANS);
            assertThat(killed.best()).isEqualTo(12);
            assertThat(killed.notes()).extracting(Note::code).contains(ContextNotes.SCOPE_DIFFERS);
            assertThat(killed.notes()).extracting(Note::message).anyMatch(t -> t.contains("earlier incident"));
        }

        @Test
        void aReportWhoseFiguresNameOnePlaceIsNoIncidentWithoutFiguresAtThePlaceItsTextNamesMore() {
            // "عدن الغد" named over and over, the figures at Ataq: one event, at Ataq
            List<Mention> m = new ArrayList<>(mentions("loc:capital", "d-1", 0, 4, "Capital"));
            m.addAll(mentions(CITY, "d-1", 300, 2, "Rivertown"));
            // a report of no figures keeps its own event
            m.addAll(mentions("loc:hilltown", "d-2", 0, 2, "Hilltown"));
            Reconciliation r = run(List.of(doc("d-1", "2023-03-02"), doc("d-2", "2023-03-02")),
                    List.of(claim("c-1", "d-1").value(exact(12)).at(300).place(CITY).build()), m);
            assertThat(r.events()).extracting(Event::place).containsExactlyInAnyOrder(CITY, "loc:hilltown");
        }

        @Test
        void theDatelineCityIsWhereTheStoryWasFiledNotTheIncidentsPlace() {
            Document filed = new Document("d-1", "d-1.txt", null, "0", "text/plain; charset=UTF-8", "ar", null,
                    "2023-03-02", null, "Capital", DocumentStatus.PROCESSED, null, "");
            List<Mention> m = new ArrayList<>(mentions("loc:capital", "d-1", 0, 1, "Capital"));
            m.addAll(mentions(CITY, "d-1", 300, 1, "Rivertown"));
            Reconciliation r = run(List.of(filed), List.of(claim("c-1", "d-1").value(exact(12)).build()), m);
            assertThat(r.events()).extracting(Event::place).containsExactly(CITY);
            // named alone, the dateline city is the only place the story gives
            Reconciliation alone = run(List.of(filed), List.of(claim("c-1", "d-1").value(exact(12)).build()),
                    mentions("loc:capital", "d-1", 0, 1, "Capital"));
            assertThat(alone.events()).extracting(Event::place).containsExactly("loc:capital");
            // without a dateline, a tie goes to the place named first
            Reconciliation undated = run(List.of(doc("d-1", "2023-03-02")),
                    List.of(claim("c-1", "d-1").value(exact(12)).build()), m);
            assertThat(undated.events()).extracting(Event::place).containsExactly("loc:capital");
        }

        @Test
        void oneArticleReportingTwoIncidentsInTwoPlacesOnTwoDaysGivesTwoEvents() {
            List<Mention> m = new ArrayList<>(mentions(PRISON, "d-1", 0, 3, "North prison"));
            m.addAll(mentions("loc:hilltown", "d-1", 1000, 2, "Hilltown"));
            Reconciliation r = run(List.of(doc("d-1", "2023-05-10")), List.of(
                    claim("c-1", "d-1").value(exact(12)).place(PRISON).asOf("2023-05-09").build(),
                    claim("c-2", "d-1").value(exact(3)).place("loc:hilltown").asOf("2023-05-06").at(1000).build()),
                    m);
            assertThat(r.events()).hasSize(2);
            assertThat(r.eventOfClaim().get("c-1")).isNotEqualTo(r.eventOfClaim().get("c-2"));
            assertThat(r.events()).extracting(Event::place).containsExactly("loc:hilltown", PRISON);
        }

        @Test
        void aFacilityTheGazetteerDoesNotKnowLocatesItsDocumentNotEachClaim() {
            String camp = "fac:u-5e3a01";
            List<Mention> m = new ArrayList<>(mentions(CITY, "d-1", 0, 3, "Rivertown"));
            m.addAll(mentions(camp, "d-1", 500, 1, "مخيم الكومة"));
            Reconciliation r = run(List.of(doc("d-1", "2023-05-10")), List.of(
                    claim("c-1", "d-1").value(exact(12)).place(camp).build(),
                    claim("c-2", "d-1").value(exact(3)).build()), m);
            assertThat(r.events()).extracting(Event::place).containsExactly(CITY);
            // named most, it is the document's place
            List<Mention> most = new ArrayList<>(mentions(camp, "d-2", 0, 3, "مخيم الكومة"));
            most.addAll(mentions(CITY, "d-2", 500, 1, "Rivertown"));
            Reconciliation own = run(List.of(doc("d-2", "2023-05-10")),
                    List.of(claim("c-3", "d-2").value(exact(3)).build()), most);
            assertThat(own.events()).extracting(Event::place).containsExactly(camp);
        }

        @Test
        void aPlaceNamedOnceInPassingKeepsTheFigureWithItsDocumentsIncident() {
            // "نُقل الجرحى إلى مستشفى في هيلتاون": where the wounded were taken is no incident of its own
            List<Mention> m = new ArrayList<>(mentions(CITY, "d-1", 0, 3, "Rivertown"));
            m.addAll(mentions("loc:hilltown", "d-1", 1000, 1, "Hilltown"));
            Reconciliation r = run(List.of(doc("d-1", "2023-05-10")), List.of(
                    claim("c-1", "d-1").value(exact(12)).place(CITY).build(),
                    claim("c-2", "d-1").kind(Kind.INJURED).value(exact(30)).place("loc:hilltown").at(1000).build()),
                    m);
            assertThat(r.events()).extracting(Event::place).containsExactly(CITY);
        }

        @Test
        void theSameArmedGroupInTwoPlacesGivesTwoEvents() {
            List<Mention> m = new ArrayList<>();
            m.addAll(mentions("grp:front", "d-1", 0, 5, "the Front"));
            m.addAll(mentions("grp:front", "d-2", 0, 5, "the Front"));
            m.addAll(mentions("loc:eastville", "d-1", 600, 2, "Eastville"));
            m.addAll(mentions("loc:westburg", "d-2", 600, 2, "Westburg"));
            m.addAll(mentions("loc:syria", "d-1", 900, 4, "Syria"));
            m.addAll(mentions("loc:syria", "d-2", 900, 4, "Syria"));
            Reconciliation r = run(List.of(doc("d-1", "2023-05-10"), doc("d-2", "2023-05-10")), List.of(
                    claim("c-1", "d-1").value(exact(5)).build(), claim("c-2", "d-2").value(exact(5)).build()), m);
            assertThat(r.events()).hasSize(2);
            assertThat(r.events()).extracting(Event::place).containsExactlyInAnyOrder("loc:eastville", "loc:westburg");
        }

        @Test
        void aSentenceAboutAnEarlierIncidentStaysOutOfThisToll() {
            Reconciliation r = run(List.of(doc("d-1", "2023-01-15")), List.of(
                    claim("c-1", "d-1").value(exact(11)).asOf("2023-01-14").build(),
                    claim("c-2", "d-1").value(exact(6)).asOf("2022-10-03").at(500).build()),
                    mentions(CITY, "d-1", 0, 3, "Rivertown"));
            assertThat(r.events()).hasSize(2);
            Event now = r.events().stream().filter(e -> "2023-01-14".equals(e.start())).findFirst().orElseThrow();
            assertThat(figure(now, Kind.KILLED, Group.CIVILIANS).claims()).containsExactly("c-1");
            assertThat(r.events().get(0).start()).isEqualTo("2022-10-03");
            assertThat(r.events().get(0).end()).isEqualTo("2022-10-03");
        }

        @Test
        void aWiderFigureWithAnOldDateStaysWithItsDocumentsIncident() {
            Reconciliation r = run(List.of(doc("d-1", "2023-01-15")), List.of(
                    claim("c-1", "d-1").value(exact(11)).asOf("2023-01-14").build(),
                    claim("c-2", "d-1").value(exact(900)).asOf("2021-12-31").wider().at(500).build()),
                    mentions(CITY, "d-1", 0, 3, "Rivertown"));
            assertThat(r.events()).hasSize(1);
            assertThat(r.events().get(0).start()).isEqualTo("2023-01-14");
            assertThat(r.eventOfClaim()).containsEntry("c-2", r.events().get(0).id());
        }

        @Test
        void reportsOnOneFacilityWithinTheWindowAreOneEventEvenWhenUndated() {
            List<Mention> m = new ArrayList<>(mentions(PRISON, "d-1", 0, 2, "North prison"));
            m.addAll(mentions(PRISON, "d-2", 0, 2, "Northern prison"));
            m.addAll(mentions(PRISON, "d-3", 0, 1, "North prison"));
            Reconciliation r = run(List.of(doc("d-1", "2023-06-01"), doc("d-2", null), doc("d-3", "2023-06-08")),
                    List.of(claim("c-1", "d-1").value(exact(3)).asOf("2023-05-31").build(),
                            claim("c-2", "d-2").value(exact(4)).build(),
                            claim("c-3", "d-3").value(exact(5)).build()), m);
            assertThat(r.events()).hasSize(1);
            Event e = r.events().get(0);
            assertThat(e.documents()).containsExactly("d-1", "d-2", "d-3");
            assertThat(e.start()).isEqualTo("2023-05-31");
            assertThat(e.end()).isEqualTo("2023-06-08");
            assertThat(e.title()).isEqualTo("Attack at North prison");
        }

        @Test
        void aWireReportDatedWithoutItsYearJoinsTheIncidentOfItsMonthAndDay() {
            Document wire = new Document("d-3", "d-3.txt", null, "0", "text/plain; charset=UTF-8", "en", null, null,
                    null, "BEIRUT", "--09-18", DocumentStatus.PROCESSED, null, "");
            List<Document> docs = List.of(doc("d-1", "2024-09-17"), doc("d-2", "2024-10-30"), doc("d-4", "2024-10-31"),
                    wire);
            List<Claim> claims = List.of(claim("c-1", "d-1").value(exact(9)).build(),
                    claim("c-2", "d-2").value(exact(14)).build(), claim("c-4", "d-4").value(exact(15)).build(),
                    claim("c-3", "d-3").value(exact(12)).build());
            Reconciliation r = run(docs, claims, prisonNamedIn("d-1", "d-2", "d-3", "d-4"));
            assertThat(r.events()).extracting(Event::documents)
                    .containsExactly(List.of("d-1", "d-3"), List.of("d-2", "d-4"));
            // its claims stay undated: the year is not guessed, only which incident it reports
            assertThat(r.events().get(0).end()).isEqualTo("2024-09-17");
            // a month and day far from any dated report at its place is an incident of its own
            Document far = new Document("d-3", "d-3.txt", null, "0", "text/plain; charset=UTF-8", "en", null, null,
                    null, "BEIRUT", "--03-11", DocumentStatus.PROCESSED, null, "");
            Reconciliation apart = run(List.of(doc("d-1", "2024-09-17"), doc("d-2", "2024-10-30"), far), List.of(
                    claims.get(0), claims.get(1), claims.get(3)), prisonNamedIn("d-1", "d-2", "d-3"));
            assertThat(apart.events()).hasSize(3);
        }

        @Test
        void aWireReportDatedWithoutItsYearCountsAsOfItsDayAgainstTheOthers() {
            // "DUBAI, Oct 16 (Reuters) - Four prisoners died": the first day's count, which the judiciary raised to 8
            // on the 22nd; undated, it had stood beside the 8 and made the best 4
            Document wire = new Document("d-3", "d-3.txt", null, "0", "text/plain; charset=UTF-8", "en", null, null,
                    null, "DUBAI", "--10-16", DocumentStatus.PROCESSED, null, "");
            List<Claim> claims = List.of(claim("c-1", "d-1").group(Group.DETAINEES).value(exact(4)).build(),
                    claim("c-2", "d-2").group(Group.DETAINEES).value(exact(8)).build(),
                    claim("c-3", "d-3").group(Group.DETAINEES).value(exact(4)).build());
            Reconciliation r = run(List.of(doc("d-1", "2022-10-16"), doc("d-2", "2022-10-22"), wire), claims,
                    prisonNamedIn("d-1", "d-2", "d-3"));
            assertThat(r.events()).hasSize(1);
            Figure f = figure(r.events().get(0), Kind.KILLED, Group.DETAINEES);
            assertThat(Arrays.asList(f.low(), f.best(), f.high())).containsExactly(4L, 8L, 8L);
            // its claims stay undated, and so do the event's dates
            assertThat(r.events().get(0).start()).isEqualTo("2022-10-16");
            assertThat(r.events().get(0).end()).isEqualTo("2022-10-22");
        }

        @Test
        void aReportNamingOnlyTheCityJoinsTheFacilityReportedThere() {
            List<Mention> m = new ArrayList<>(inFigures(PRISON, "d-1", 0, 3, "North prison"));
            m.addAll(mentions(CITY, "d-1", 16, 2, "Rivertown"));
            m.addAll(mentions(CITY, "d-2", 0, 2, "Rivertown"));
            Reconciliation r = run(List.of(doc("d-1", "2023-06-01"), doc("d-2", "2023-06-02")),
                    List.of(claim("c-1", "d-1").value(exact(3)).build(), claim("c-2", "d-2").value(exact(3)).build()), m);
            assertThat(r.events()).hasSize(1);
            assertThat(r.events().get(0).place()).isEqualTo(PRISON);
            // a camp no figure's sentence names ("وتتعرض بلدة طمون ومخيم الفارعة لاقتحامات") draws no town into it
            List<Mention> passing = new ArrayList<>(mentions(PRISON, "d-1", 0, 1, "North prison"));
            passing.addAll(mentions(CITY, "d-1", 16, 2, "Rivertown"));
            passing.addAll(mentions(CITY, "d-2", 0, 2, "Rivertown"));
            Reconciliation town = run(List.of(doc("d-1", "2023-06-01"), doc("d-2", "2023-06-02")),
                    List.of(claim("c-1", "d-1").value(exact(3)).build(), claim("c-2", "d-2").value(exact(3)).build()),
                    passing);
            assertThat(town.events()).extracting(Event::place).containsExactly(CITY);
        }

        @Test
        void aReportOfTheCityDaysAfterTheFacilitysReportsIsAnIncidentOfTheCity() {
            // Pul-e-Charkhi opened on the 15th, named beside Kabul, which its report names more; an airport bombing in
            // Kabul on the 24th, within the window of days but not of the prison's own reports
            List<Mention> m = new ArrayList<>(inFigures(PRISON, "d-1", 0, 1, "North prison"));
            m.addAll(mentions(CITY, "d-1", 16, 3, "Rivertown"));
            m.addAll(mentions(CITY, "d-2", 0, 2, "Rivertown"));
            m.addAll(mentions(CITY, "d-3", 0, 2, "Rivertown"));
            List<Claim> claims = List.of(claim("c-1", "d-1").value(exact(3000)).kind(Kind.ESCAPED)
                            .group(Group.DETAINEES).build(),
                    claim("c-2", "d-2").value(exact(60)).build(), claim("c-3", "d-3").value(exact(170)).build());
            Reconciliation r = run(List.of(doc("d-1", "2021-08-15"), doc("d-2", "2021-08-24"),
                    doc("d-3", "2021-08-25")), claims, m);
            assertThat(r.events()).extracting(Event::place, Event::start)
                    .containsExactly(tuple(PRISON, "2021-08-15"), tuple(CITY, "2021-08-24"));
            // reported the next day, the city's report is the prison's
            Reconciliation next = run(List.of(doc("d-1", "2021-08-15"), doc("d-2", "2021-08-16"),
                    doc("d-3", "2021-08-17")), claims, m);
            assertThat(next.events()).extracting(Event::place).containsExactly(PRISON);
        }

        @Test
        void aSiteTheGazetteerPlacesInATownIsTheTownsOnlyInTheDaysOfItsOwnReports() {
            // "قاعدة سبايكر" lies in Tikrit: a report of 2016 names both; one of 2012 names Tikrit alone (a prison
            // break there), and so does one of the base's days
            Map<String, String> parents = Map.of("fac:base", CITY);
            List<Mention> m = new ArrayList<>(inFigures("fac:base", "d-1", 0, 2, "the base"));
            m.addAll(mentions(CITY, "d-1", 500, 1, "Rivertown")); // not beside it: the gazetteer, not the text, locates it
            m.addAll(mentions(CITY, "d-2", 0, 2, "Rivertown"));
            m.addAll(mentions(CITY, "d-3", 0, 2, "Rivertown"));
            Reconciliation r = new Reconciler(ReconcileSettings.defaults(), parents).reconcile(
                    List.of(doc("d-1", "2016-06-12"), doc("d-2", "2012-09-28"), doc("d-3", "2016-06-13")),
                    List.of(claim("c-1", "d-1").value(exact(1700)).build(), claim("c-2", "d-2").value(exact(12)).build(),
                            claim("c-3", "d-3").value(exact(1100)).build()), m);
            assertThat(r.events()).extracting(Event::place, Event::start)
                    .containsExactly(tuple(CITY, "2012-09-28"), tuple("fac:base", "2016-06-12"));
        }

        @Test
        void aPlaceNamedOnlyAsWhereTheWoundedWereTakenPlacesAReportOnlyWhenItNamesNoOther() {
            List<Mention> m = new ArrayList<>(mentions("loc:kp", "d-1", 0, 1, "Khyber Pakhtunkhwa"));
            m.add(new Mention("loc:peshawar", "d-1", 500, 508, "Peshawar", Mention.Role.INCIDENTAL));
            m.add(new Mention("loc:peshawar", "d-1", 700, 708, "Peshawar", Mention.Role.INCIDENTAL));
            Reconciliation r = run(List.of(doc("d-1", "2025-03-20")),
                    List.of(claim("c-1", "d-1").value(exact(4)).build()), m);
            assertThat(r.events()).extracting(Event::place).containsExactly("loc:kp");
            Reconciliation only = run(List.of(doc("d-1", "2025-03-20")),
                    List.of(claim("c-1", "d-1").value(exact(4)).build()), m.subList(1, 3));
            assertThat(only.events()).extracting(Event::place).containsExactly("loc:peshawar");
        }

        @Test
        void whereAPartyNamedIsBasedNeverPlacesAReport() {
            // "منظمة حقوق الإنسان في إيران، ومقرها أوسلو" beside the dateline's Tehran, set aside as incidental
            Document filed = new Document("d-1", "d-1.txt", null, "0", "text/plain; charset=UTF-8", "ar", null,
                    "2022-12-03", null, "طهران", DocumentStatus.PROCESSED, null, "");
            List<Mention> m = List.of(new Mention("loc:tehran", "d-1", 0, 5, "طهران", Mention.Role.INCIDENTAL),
                    new Mention("loc:oslo", "d-1", 700, 705, "أوسلو", Mention.Role.SEAT));
            Reconciliation r = run(List.of(filed), List.of(claim("c-1", "d-1").value(exact(448)).build()), m);
            assertThat(r.events()).extracting(Event::place).containsExactly("loc:tehran");
        }

        @Test
        void aCountryOfTheWorldIsTooWideToPlaceAnIncident() {
            // two reports of different incidents that name only the same country
            List<Mention> m = new ArrayList<>(mentions("loc:sri-lanka", "d-1", 0, 2, "سريلانكا"));
            m.addAll(mentions("loc:sri-lanka", "d-2", 0, 2, "سريلانكا"));
            List<Document> docs = List.of(doc("d-1", "2019-04-21"), doc("d-2", "2019-04-22"));
            List<Claim> claims = List.of(claim("c-1", "d-1").value(exact(207)).build(),
                    claim("c-2", "d-2").value(exact(3)).build());
            Reconciliation r = new Reconciler(ReconcileSettings.defaults(), Map.of(), Set.of("loc:sri-lanka"))
                    .reconcile(docs, claims, m);
            assertThat(r.events()).hasSize(2).extracting(Event::place).containsOnlyNulls();
        }

        @Test
        void aReportNamingOnlyTheProvinceJoinsTheTownAnotherReportPlacesInIt() {
            // "بعقوبة" lies in "ديالى": one outlet names both, another only the province
            String province = "loc:diyala";
            String town = "loc:baqubah";
            List<Mention> m = new ArrayList<>(mentions(town, "d-1", 0, 2, "Baqubah"));
            m.addAll(mentions(province, "d-1", 300, 1, "Diyala"));
            m.addAll(mentions(province, "d-2", 0, 2, "Diyala"));
            List<Document> docs = List.of(doc("d-1", "2023-06-01"), doc("d-2", "2023-06-02"));
            List<Claim> claims = List.of(claim("c-1", "d-1").value(exact(6)).place(town).build(),
                    claim("c-2", "d-1").value(exact(4)).place(province).at(300).build(),
                    claim("c-3", "d-2").value(exact(6)).build());
            Reconciliation r = new Reconciler(ReconcileSettings.defaults(), Map.of(town, province))
                    .reconcile(docs, claims, m);
            assertThat(r.events()).hasSize(1);
            assertThat(r.events().get(0).place()).isEqualTo(town);
            // without the gazetteer's places, the province and the town are two incidents
            assertThat(run(docs, claims, m).events()).hasSize(2);
        }

        @Test
        void aReportNamingAProvinceAndOneTownInItFilesTheProvincesFiguresThereWhateverOthersName() {
            // "صلاح الدين" with "تكريت" in one report, with "بيجي" in another: the province is not one town corpus-wide
            String province = "loc:salahuddin";
            List<Mention> m = new ArrayList<>(mentions("loc:tikrit", "d-1", 0, 3, "Tikrit"));
            m.addAll(mentions(province, "d-1", 300, 2, "Salahuddin"));
            m.addAll(mentions("loc:baiji", "d-2", 0, 3, "Baiji"));
            m.addAll(mentions(province, "d-2", 300, 2, "Salahuddin"));
            List<Document> docs = List.of(doc("d-1", "2023-06-01"), doc("d-2", "2023-06-20"));
            List<Claim> claims = List.of(claim("c-1", "d-1").value(exact(6)).place("loc:tikrit").build(),
                    claim("c-2", "d-1").value(exact(4)).place(province).at(300).build(),
                    claim("c-3", "d-2").value(exact(2)).place("loc:baiji").build(),
                    claim("c-4", "d-2").value(exact(3)).place(province).at(300).build());
            Reconciliation r = new Reconciler(ReconcileSettings.defaults(),
                    Map.of("loc:tikrit", province, "loc:baiji", province)).reconcile(docs, claims, m);
            assertThat(r.events()).extracting(Event::place).containsExactlyInAnyOrder("loc:tikrit", "loc:baiji");
            assertThat(r.eventOfClaim().get("c-2")).isEqualTo(r.eventOfClaim().get("c-1"));
            assertThat(r.eventOfClaim().get("c-4")).isEqualTo(r.eventOfClaim().get("c-3"));
        }

        @Test
        void aPlaceNamedOnlyWhereTheReportRecallsAnEarlierIncidentDoesNotPlaceIt() {
            // "ويأتي الحادث بعد عام على فرار 119 سجيناً من سجن سوليجا": that prison is no place of this report
            String recalledPrison = "fac:u-50119a";
            List<Mention> m = new ArrayList<>(mentions(CITY, "d-1", 0, 1, "Rivertown"));
            m.add(new Mention(recalledPrison, "d-1", 900, 910, "سجن سوليجا", Mention.Role.INCIDENTAL));
            Reconciliation r = run(List.of(doc("d-1", "2023-05-10")), List.of(
                    claim("c-1", "d-1").kind(Kind.ESCAPED).group(Group.DETAINEES).value(exact(63)).build(),
                    claim("c-2", "d-1").kind(Kind.ESCAPED).group(Group.DETAINEES).value(exact(119))
                            .place(recalledPrison).earlier().at(900).build()), m);
            assertThat(r.events()).extracting(Event::place).containsExactly(CITY);
            // named in the story, the facility wins the tie as before
            List<Mention> told = new ArrayList<>(mentions(CITY, "d-2", 0, 1, "Rivertown"));
            told.add(new Mention(recalledPrison, "d-2", 900, 910, "سجن سوليجا"));
            Reconciliation own = run(List.of(doc("d-2", "2023-05-10")), List.of(
                    claim("c-3", "d-2").kind(Kind.ESCAPED).group(Group.DETAINEES).value(exact(63)).build()), told);
            assertThat(own.events()).extracting(Event::place).containsExactly(recalledPrison);
        }

        @Test
        void aProvinceTheTextsLocateAFacilityInIsThatFacilityNotTheTownWhereTheWoundedWereTaken() {
            // "مخيم الصفا للمهجرين في ريف إدلب" in every report; one adds the hospital's town, "مشفى في سرمدا"
            String province = "loc:idlib";
            String camp = "fac:u-1814fb";
            List<Mention> m = new ArrayList<>();
            m.addAll(inFigures(camp, "d-1", 0, 2, "مخيم الصفا"));
            m.addAll(mentions(province, "d-1", 20, 3, "إدلب"));
            m.addAll(mentions("loc:sarmada", "d-1", 2000, 1, "سرمدا"));
            m.addAll(mentions(camp, "d-2", 0, 1, "مخيم الصفا"));
            m.addAll(mentions(province, "d-2", 20, 4, "إدلب"));
            m.addAll(mentions(province, "d-3", 0, 4, "Idlib"));
            List<Document> docs = List.of(doc("d-1", "2024-10-21"), doc("d-2", "2024-10-22"), doc("d-3", "2024-10-22"));
            List<Claim> claims = List.of(claim("c-1", "d-1").value(exact(8)).place("loc:sarmada").at(2000).build(),
                    claim("c-2", "d-2").value(exact(7)).build(), claim("c-3", "d-3").value(exact(7)).build());
            Reconciliation r = new Reconciler(ReconcileSettings.defaults(), Map.of("loc:sarmada", province))
                    .reconcile(docs, claims, m);
            assertThat(r.events()).extracting(Event::place).containsExactly(camp);
            assertThat(r.events().get(0).documents()).containsExactly("d-1", "d-2", "d-3");
        }

        @Test
        void aVillageNoGazetteerKnowsDrawsTheProvinceNamedBesideItAsAFacilityDoes() {
            // "قرية أم صميمة غرب الأبيض بولاية شمال كردفان" in two reports; a third names only the province
            String province = "loc:north-kordofan";
            String village = "loc:u-2bf63dcd";
            List<Mention> m = new ArrayList<>();
            m.addAll(inFigures(village, "d-1", 0, 2, "قرية أم صميمة"));
            m.addAll(mentions(province, "d-1", 20, 1, "شمال كردفان"));
            m.addAll(inFigures(village, "d-2", 0, 1, "قرية أم صميمة"));
            m.addAll(mentions(province, "d-2", 20, 2, "شمال كردفان"));
            m.addAll(mentions(province, "d-3", 0, 2, "North Kordofan"));
            List<Document> docs = List.of(doc("d-1", "2025-10-05"), doc("d-2", "2025-10-06"), doc("d-3", "2025-10-06"));
            List<Claim> claims = List.of(claim("c-1", "d-1").value(exact(20)).build(),
                    claim("c-2", "d-2").value(exact(26)).build(), claim("c-3", "d-3").value(exact(30)).build());
            Reconciliation r = run(docs, claims, m);
            assertThat(r.events()).extracting(Event::place).containsExactly(village);
            assertThat(r.events().get(0).documents()).containsExactly("d-1", "d-2", "d-3");
        }

        @Test
        void aProvinceNamedBesideAVillageInAFiguresSentenceIsThatVillageInThatReport() {
            // "قرية مبالوم بمنطقة غوير الشرقية في ولاية بنوي" then the state twice more; a report three days later of
            // another village of the state, and one of Mbalom alone
            String state = "loc:benue";
            String mbalom = "loc:u-c7711bd";
            String ocholonya = "loc:u-b3d6e365";
            List<Mention> m = new ArrayList<>(inFigures(mbalom, "d-1", 100, 1, "قرية مبالوم"));
            m.add(new Mention(state, "d-1", 113, 123, "ولاية بنوي", Mention.Role.FIGURE));
            m.addAll(mentions(state, "d-1", 500, 2, "ولاية بنوي"));
            m.addAll(inFigures(ocholonya, "d-2", 100, 1, "قرية أوتشولونيا"));
            m.add(new Mention(state, "d-2", 117, 127, "ولاية بنوي", Mention.Role.FIGURE));
            m.addAll(mentions(state, "d-2", 500, 2, "ولاية بنوي"));
            m.addAll(inFigures(mbalom, "d-3", 0, 2, "قرية مبالوم"));
            List<Document> docs = List.of(doc("d-1", "2025-05-18"), doc("d-2", "2025-05-21"), doc("d-3", "2025-05-19"));
            List<Claim> claims = List.of(claim("c-1", "d-1").value(exact(12)).build(),
                    claim("c-2", "d-2").value(exact(9)).build(), claim("c-3", "d-3").value(exact(27)).build());
            Reconciliation r = run(docs, claims, m);
            assertThat(r.events()).extracting(Event::place).containsExactlyInAnyOrder(mbalom, ocholonya);
            assertThat(r.eventOfClaim().get("c-1")).isEqualTo(r.eventOfClaim().get("c-3"));
        }

        @Test
        void aReportWhoseFiguresNameOneVillageIsThatVillagesWhereverItNamesItsProvince() {
            // "... في ولاية زامفارا، الثلاثاء، ارتفاع حصيلة الهجوم ... على قرية دانغولبي": the state twice, the village once
            // and far from it; another report names the village and Gusau, a town of the state the wounded were taken to
            String state = "loc:zamfara";
            String village = "loc:u-5b4bf53";
            List<Mention> m = new ArrayList<>(inFigures(village, "d-1", 100, 2, "قرية دانغولبي"));
            m.addAll(inFigures("loc:gusau", "d-1", 900, 1, "Gusau"));
            m.addAll(mentions(state, "d-2", 0, 2, "ولاية زامفارا"));
            m.addAll(inFigures(village, "d-2", 400, 1, "قرية دانغولبي"));
            List<Document> docs = List.of(doc("d-1", "2025-09-22"), doc("d-2", "2025-09-23"));
            Reconciliation r = new Reconciler(ReconcileSettings.defaults(), Map.of("loc:gusau", state))
                    .reconcile(docs, List.of(claim("c-1", "d-1").value(exact(12)).build(),
                            claim("c-2", "d-2").value(exact(19)).build()), m);
            assertThat(r.events()).extracting(Event::place).containsExactly(village);
            // a report that names a town inside the state keeps the town: the village may be one of the town's
            List<Mention> town = new ArrayList<>(mentions("loc:gusau", "d-3", 0, 3, "Gusau"));
            town.addAll(mentions(state, "d-3", 300, 2, "Zamfara"));
            town.addAll(inFigures("loc:u-9a", "d-3", 600, 1, "قرية أخرى"));
            Reconciliation t = new Reconciler(ReconcileSettings.defaults(), Map.of("loc:gusau", state))
                    .reconcile(List.of(doc("d-3", "2025-09-22")), List.of(claim("c-3", "d-3").value(exact(4)).build()), town);
            assertThat(t.events()).extracting(Event::place).containsExactly("loc:gusau");
        }

        @Test
        void aFiguresProvinceInAReportOfATownInItIsThatTown() {
            // "قُتل 5 في محافظة صلاح الدين" twice in a report whose story is Mutaibija, a town of that province
            List<Mention> m = new ArrayList<>(mentions("loc:mutaibija", "d-1", 0, 4, "مطيبيجة"));
            m.addAll(mentions("loc:salahuddin", "d-1", 2000, 2, "صلاح الدين"));
            m.addAll(mentions("loc:samarra", "d-1", 3000, 1, "سامراء"));
            Reconciliation r = new Reconciler(ReconcileSettings.defaults(),
                    Map.of("loc:mutaibija", "loc:salahuddin", "loc:samarra", "loc:salahuddin"))
                    .reconcile(List.of(doc("d-1", "2025-03-14")), List.of(
                            claim("c-1", "d-1").value(exact(4)).build(),
                            claim("c-2", "d-1").value(exact(5)).place("loc:salahuddin").at(2000).build()), m);
            assertThat(r.events()).extracting(Event::place).containsExactly("loc:mutaibija");
        }

        @Test
        void aFigureInAnotherProvinceItsSentenceNamesIsAnIncidentOfItsOwn() {
            // an ambush near Kirkuk, then "وفي محافظة ديالى، قُتل عنصران ... في ناحية العظيم": a second incident
            Map<String, String> parents = Map.of("loc:wadi-al-shay", "loc:kirkuk", "loc:kirkuk", "loc:iraq",
                    "loc:adhaim", "loc:diyala", "loc:diyala", "loc:iraq");
            List<Mention> m = new ArrayList<>(inFigures("loc:kirkuk", "d-1", 0, 2, "كركوك"));
            m.addAll(inFigures("loc:wadi-al-shay", "d-1", 100, 2, "وادي الشاي"));
            m.addAll(inFigures("loc:diyala", "d-1", 600, 1, "ديالى"));
            m.addAll(inFigures("loc:adhaim", "d-1", 650, 1, "العظيم"));
            List<Claim> claims = List.of(claim("c-1", "d-1").value(exact(4)).place("loc:wadi-al-shay").at(100).build(),
                    claim("c-2", "d-1").value(exact(2)).place("loc:adhaim").at(650).build());
            Reconciler reconciler = new Reconciler(ReconcileSettings.defaults(), parents);
            assertThat(reconciler.reconcile(List.of(doc("d-1", "2025-03-23")), claims, m).events())
                    .extracting(Event::place).containsExactlyInAnyOrder("loc:wadi-al-shay", "loc:adhaim");
            // the province named only in the story, not beside a figure: the town is named in passing
            List<Mention> story = new ArrayList<>(m);
            story.set(4, new Mention("loc:diyala", "d-1", 600, 605, "ديالى", Mention.Role.STORY));
            assertThat(reconciler.reconcile(List.of(doc("d-1", "2025-03-23")), claims, story).events())
                    .extracting(Event::place).containsExactly("loc:wadi-al-shay");
        }

        @Test
        void aRoundupsFigureNamingAPlaceInAnotherCountryIsAnIncidentOfItsOwn() {
            // "مالي: قتل مسلحون 14 مدنياً في هجوم ... قرب مدينة موبتي" then "الصومال: ... مقتل 9 أشخاص ... في العاصمة
            // مقديشو": Mogadishu is named once, in its figure's sentence; Ségou, a town of Mali named once beside a
            // figure (where the wounded were taken), stays with Mopti
            Map<String, String> parents = Map.of("loc:mopti", "loc:mali", "loc:segou", "loc:mali",
                    "loc:mogadishu", "loc:somalia");
            List<Mention> m = new ArrayList<>(mentions("loc:mali", "d-1", 0, 1, "مالي"));
            m.addAll(mentions("loc:mopti", "d-1", 10, 2, "موبتي"));
            m.addAll(inFigures("loc:segou", "d-1", 500, 1, "سيغو"));
            m.addAll(mentions("loc:somalia", "d-1", 800, 1, "الصومال"));
            m.addAll(inFigures("loc:mogadishu", "d-1", 900, 1, "مقديشو"));
            List<Claim> claims = List.of(claim("c-1", "d-1").value(exact(14)).place("loc:mopti").at(10).build(),
                    claim("c-2", "d-1").value(exact(6)).place("loc:segou").at(500).build(),
                    claim("c-3", "d-1").value(exact(9)).place("loc:mogadishu").at(900).build());
            Reconciliation r = new Reconciler(ReconcileSettings.defaults(), parents)
                    .reconcile(List.of(doc("d-1", "2025-03-12")), claims, m);
            assertThat(r.events()).extracting(Event::place).containsExactlyInAnyOrder("loc:mopti", "loc:mogadishu");
            assertThat(r.eventOfClaim().get("c-2")).isEqualTo(r.eventOfClaim().get("c-1"));
            assertThat(r.eventOfClaim().get("c-3")).isNotEqualTo(r.eventOfClaim().get("c-1"));
            // a report that attests no other country ("منطقتي صلاح الدين وخلة الفرجان" in Tripoli, read as Iraq's
            // province) keeps a figure's foreign-looking place, named once, with its own incident
            List<Mention> one = m.stream().filter(x -> !x.entity().equals("loc:somalia")).toList();
            Reconciliation t = new Reconciler(ReconcileSettings.defaults(), parents)
                    .reconcile(List.of(doc("d-1", "2025-03-12")), claims, one);
            assertThat(t.events()).extracting(Event::place).containsExactly("loc:mopti");
        }

        @Test
        void aRoundupsOneSiteDrawsNoRegionThatAFigureOfItsOwnNamesFarFromIt() {
            // "ارتفعت حصيلة الهجوم على معسكر كازقيل ... إلى 31 قتيلاً" then, paragraphs on, "مقتل 21 شخصاً في قصف استهدف
            // سوق قندهار" (named twice): the one camp the roundup's figures name is not where the market lies;
            // another report of the market meets the roundup's figure there
            String camp = "fac:u-3a7";
            String market = "loc:kandahar";
            Map<String, String> parents = Map.of("loc:spin-boldak", market);
            List<Mention> m = new ArrayList<>(inFigures(camp, "d-1", 100, 1, "معسكر كازقيل"));
            m.addAll(inFigures(market, "d-1", 900, 2, "قندهار"));
            m.addAll(mentions("loc:kadugli", "d-1", 1500, 3, "كادقلي"));
            m.addAll(inFigures(market, "d-2", 100, 2, "قندهار"));
            List<Document> docs = List.of(doc("d-1", "2026-01-21"), doc("d-2", "2026-01-20"));
            Reconciliation r = new Reconciler(ReconcileSettings.defaults(), parents).reconcile(docs, List.of(
                    claim("c-1", "d-1").value(exact(31)).place(camp).at(100).build(),
                    claim("c-2", "d-1").value(exact(21)).place(market).at(900).build(),
                    claim("c-3", "d-2").value(exact(27)).place(market).at(100).build()), m);
            assertThat(r.eventOfClaim().get("c-2")).isEqualTo(r.eventOfClaim().get("c-3"));
            assertThat(r.eventOfClaim().get("c-2")).isNotEqualTo(r.eventOfClaim().get("c-1"));
        }

        @Test
        void aReportNamingAProvinceAndSeveralPlacesInItJoinsTheOneOfThemReportedThoseDays() {
            // "إقليم بلوشستان" twice with "ممر بولان" and "كويتا" (the official's city) in one report; another names
            // Bolan and the province; a third, the same week, Mastung
            String province = "loc:balochistan";
            Map<String, String> parents = Map.of("loc:bolan", province, "loc:quetta", province,
                    "loc:mastung", province);
            List<Mention> m = new ArrayList<>(mentions(province, "d-1", 0, 2, "بلوشستان"));
            m.addAll(mentions("loc:bolan", "d-1", 400, 1, "ممر بولان"));
            m.addAll(mentions("loc:quetta", "d-1", 600, 1, "كويتا"));
            m.addAll(mentions("loc:bolan", "d-2", 0, 2, "ممر بولان"));
            m.addAll(mentions(province, "d-2", 300, 1, "بلوشستان"));
            m.addAll(mentions("loc:mastung", "d-3", 0, 2, "ماستونغ"));
            m.addAll(mentions(province, "d-3", 300, 1, "بلوشستان"));
            List<Document> docs = List.of(doc("d-1", "2025-03-11"), doc("d-2", "2025-03-12"), doc("d-3", "2025-03-13"));
            List<Claim> claims = List.of(claim("c-1", "d-1").value(exact(6)).build(),
                    claim("c-2", "d-2").value(exact(31)).build(), claim("c-3", "d-3").value(exact(3)).build());
            Reconciliation r = new Reconciler(ReconcileSettings.defaults(), parents).reconcile(docs, claims, m);
            assertThat(r.events()).extracting(Event::place).containsExactlyInAnyOrder("loc:bolan", "loc:mastung");
            assertThat(r.eventOfClaim().get("c-1")).isEqualTo(r.eventOfClaim().get("c-2"));
            // naming Mastung too, the first report could be either town's: it stays the province's
            List<Mention> both = new ArrayList<>(m);
            both.addAll(mentions("loc:mastung", "d-1", 800, 1, "ماستونغ"));
            assertThat(new Reconciler(ReconcileSettings.defaults(), parents).reconcile(docs, claims, both).events())
                    .extracting(Event::place).containsExactlyInAnyOrder(province, "loc:bolan", "loc:mastung");
            // a month later, Bolan's incident is another's
            List<Document> later = List.of(doc("d-1", "2025-03-11"), doc("d-2", "2025-04-20"), doc("d-3", "2025-03-13"));
            assertThat(new Reconciler(ReconcileSettings.defaults(), parents).reconcile(later, claims, m).events())
                    .extracting(Event::place).containsExactlyInAnyOrder(province, "loc:bolan", "loc:mastung");
        }

        @Test
        void anUndatedReportsFiguresOfItsProvinceJoinItsFiguresOfTheTownInside() {
            // a dated report of the attack in Zhob; an undated roundup of the province ("بلوشستان" three times, and
            // Panjgur, of an attack years before) whose figures of Zhob join it and whose other figure ("خمسة جرحى لا
            // يزالون في المستشفى") names no place
            String province = "loc:balochistan";
            String town = "loc:zhob";
            Map<String, String> parents = Map.of(town, province, "loc:panjgur", province);
            List<Mention> m = new ArrayList<>(inFigures(town, "d-1", 0, 2, "ژوب"));
            m.addAll(mentions(province, "d-2", 0, 3, "بلوشستان"));
            m.addAll(inFigures(town, "d-2", 400, 2, "ژوب"));
            m.addAll(mentions("loc:panjgur", "d-2", 900, 1, "بنجغور"));
            List<Document> docs = List.of(doc("d-1", "2023-07-12"), doc("d-2", null));
            List<Claim> claims = List.of(claim("c-1", "d-1").value(exact(4)).place(town).asOf("2023-07-12").build(),
                    claim("c-2", "d-2").value(exact(9)).place(town).at(400).build(),
                    claim("c-3", "d-2").value(exact(5)).kind(Kind.INJURED).at(600).build());
            Reconciliation r = new Reconciler(ReconcileSettings.defaults(), parents).reconcile(docs, claims, m);
            assertThat(r.events()).extracting(Event::place).containsExactly(town);
            assertThat(r.eventOfClaim().get("c-3")).isEqualTo(r.eventOfClaim().get("c-1"));
            // naming the town in no figure, the roundup is the province's own
            Reconciliation alone = new Reconciler(ReconcileSettings.defaults(), parents)
                    .reconcile(docs, List.of(claims.get(0), claims.get(2)), m);
            assertThat(alone.events()).extracting(Event::place).containsExactlyInAnyOrder(town, province);
        }

        @Test
        void aReportOfWiderCountsOrEarlierIncidentsAloneIsNoIncident() {
            // a ministry's month of arrests in Jendouba, a feature recalling an attack in Sousse: context, no event;
            // a report of an attack in Kasserine with no figure at all keeps its event
            List<Mention> m = new ArrayList<>(mentions("loc:jendouba", "d-1", 0, 2, "جندوبة"));
            m.addAll(mentions("loc:sousse", "d-2", 0, 2, "سوسة"));
            m.addAll(mentions("loc:kasserine", "d-3", 0, 2, "القصرين"));
            m.addAll(mentions(CITY, "d-4", 0, 2, "Rivertown"));
            List<Document> docs = List.of(doc("d-1", "2015-08-03"), doc("d-2", "2016-06-26"), doc("d-3", "2015-08-05"),
                    doc("d-4", "2015-08-04"));
            List<Claim> claims = List.of(claim("c-1", "d-1").kind(Kind.RECAPTURED).value(exact(128)).wider().build(),
                    claim("c-2", "d-2").value(exact(38)).earlier().build(),
                    claim("c-3", "d-4").value(exact(5)).build());
            Reconciliation r = run(docs, claims, m);
            assertThat(r.events()).extracting(Event::place).containsExactlyInAnyOrder("loc:kasserine", CITY);
            assertThat(r.eventOfClaim()).containsOnlyKeys("c-3");
        }

        @Test
        void ofPlacesNamedAsOftenTheOneTheStoryWasFiledFromWins() {
            // "الخرطوم (رويترز) - ..." then one sentence about North Darfur and one about Khartoum's districts
            Document filed = new Document("d-1", "d-1.txt", null, "0", "text/plain; charset=UTF-8", "ar", null,
                    "2023-03-02", null, "الخرطوم", DocumentStatus.PROCESSED, null, "");
            List<Mention> m = new ArrayList<>();
            m.add(new Mention("loc:khartoum", "d-1", 0, 7, "الخرطوم", Mention.Role.INCIDENTAL));
            m.add(new Mention("loc:north-darfur", "d-1", 480, 497, "ولاية شمال دارفور", Mention.Role.FIGURE));
            m.add(new Mention("loc:khartoum", "d-1", 530, 537, "الخرطوم", Mention.Role.FIGURE));
            Reconciliation r = run(List.of(filed), List.of(claim("c-1", "d-1").value(exact(56)).build()), m);
            assertThat(r.events()).extracting(Event::place).containsExactly("loc:khartoum");
        }

        @Test
        void aRoundupsSectionsAreIncidentsOfTheirOwnPlaces() {
            // "كوستي: ارتفعت حصيلة ... إلى 21" then "سنار: أعلنت السلطات ... إلى ستة": each head names its section's place
            List<Mention> m = new ArrayList<>();
            m.add(new Mention("loc:kosti", "d-1", 100, 105, "كوستي", Mention.Role.SECTION));
            m.add(new Mention("loc:kosti", "d-1", 180, 185, "كوستي", Mention.Role.FIGURE));
            m.add(new Mention("loc:sennar", "d-1", 400, 404, "سنار", Mention.Role.SECTION));
            List<Claim> claims = List.of(claim("c-1", "d-1").value(exact(21)).place("loc:kosti").at(150).build(),
                    claim("c-2", "d-1").value(exact(6)).place("loc:sennar").at(420).build());
            Reconciliation r = run(List.of(doc("d-1", "2025-05-08")), claims, m);
            assertThat(r.events()).extracting(Event::place).containsExactlyInAnyOrder("loc:kosti", "loc:sennar");
            // named once in a story, the other town is no incident of its own: its figure stays with the report's
            List<Mention> story = new ArrayList<>(m.subList(0, 2));
            story.add(new Mention("loc:sennar", "d-1", 400, 404, "سنار", Mention.Role.FIGURE));
            assertThat(run(List.of(doc("d-1", "2025-05-08")), claims, story).events()).extracting(Event::place)
                    .containsExactly("loc:kosti");
        }

        @Test
        void theTimelineListsDatedStatementsInOrder() {
            Event e = single(
                    claim("c-1", "d-2").value(exact(8)).source("org:m", "the monitor").asOf("2023-03-04").build(),
                    claim("c-2", "d-1").value(exact(5)).source("org:m", "the monitor").asOf("2023-03-02").at(70).build(),
                    claim("c-3", "d-1").value(exact(2)).build());
            assertThat(e.timeline()).extracting(t -> t.at() + " " + t.text())
                    .containsExactly("2023-03-02 the monitor: 5 killed (civilians)",
                            "2023-03-04 the monitor: 8 killed (civilians)");
            assertThat(e.timeline().get(0).start()).isEqualTo(70);
        }
    }

    @Nested
    class Determinism {

        @Test
        void shuffledInputGivesTheSameOutput() {
            List<Document> docs = List.of(doc("d-1", "2023-05-10"), doc("d-2", "2023-05-11"), doc("d-3", null));
            List<Mention> m = new ArrayList<>(mentions(PRISON, "d-1", 0, 3, "North prison"));
            m.addAll(mentions(PRISON, "d-2", 0, 3, "North prison"));
            m.addAll(mentions("loc:hilltown", "d-3", 0, 3, "Hilltown"));
            List<Claim> claims = List.of(
                    claim("c-1", "d-1").value(exact(12)).source("org:m", "M").asOf("2023-05-09").build(),
                    claim("c-2", "d-2").value(exact(20)).source("org:m", "M").asOf("2023-05-11").build(),
                    claim("c-3", "d-2").value(about(40)).at(100).build(),
                    claim("c-4", "d-3").group(Group.MILITANTS).value(atLeast(3)).build(),
                    claim("c-5", "d-1").group(Group.ALL).value(exact(30)).source("org:m", "M").at(300).build());
            Reconciliation first = run(docs, claims, m);
            Random random = new Random(7);
            for (int i = 0; i < 10; i++) {
                List<Document> d = new ArrayList<>(docs);
                List<Claim> c = new ArrayList<>(claims);
                List<Mention> n = new ArrayList<>(m);
                Collections.shuffle(d, random);
                Collections.shuffle(c, random);
                Collections.shuffle(n, random);
                Reconciliation again = run(d, c, n);
                assertThat(again).isEqualTo(first);
                assertThat(again.toString()).isEqualTo(first.toString());
            }
        }
    }

    @Nested
    class Scale {

        /** Every claim of a large night lands in an event, and no event mixes two places' documents. */
        @Test
        void aLargeNightKeepsEveryClaimAndNeverMergesPlaces() {
            SyntheticNight night = SyntheticNight.of(20_000);
            Reconciliation r = run(night.documents(), night.claims(), night.mentions());
            assertThat(r.eventOfClaim()).hasSize(20_000);
            assertThat(r.events()).extracting(e -> e.place()).doesNotContainNull().hasSizeGreaterThanOrEqualTo(1_000);
            assertThat(r.events().stream().map(e -> e.place()).distinct().count()).isEqualTo(1_000);
            for (var event : r.events()) {
                assertThat(event.documents()).allSatisfy(d ->
                        assertThat("loc:p" + Integer.parseInt(d.substring(2)) % 1_000).isEqualTo(event.place()));
            }
        }
    }

    @Nested
    class Streaming {

        /** A night served as the store serves it, counting what the reconciler asks for. */
        final class CountingCorpus implements ReconcileCorpus {

            final SyntheticNight night;
            final java.util.Map<String, Claim> byId = new java.util.HashMap<>();
            int claimPasses;
            final List<Integer> readsById = new ArrayList<>();

            CountingCorpus(SyntheticNight night) {
                this.night = night;
                night.claims().forEach(c -> byId.put(c.id(), c));
            }

            @Override
            public void documents(java.util.function.Consumer<Document> each) {
                night.documents().forEach(each);
            }

            @Override
            public void mentions(java.util.function.Consumer<Mention> each) {
                // grouped by document, the documents in reverse: grouping is all the reconciler needs
                List<Mention> grouped = new ArrayList<>(night.mentions());
                grouped.sort(java.util.Comparator.comparing(Mention::document).reversed());
                grouped.forEach(each);
            }

            @Override
            public void claims(java.util.function.Consumer<Claim> each) {
                claimPasses++;
                night.claims().forEach(each);
            }

            @Override
            public List<Claim> claims(List<String> ids) {
                readsById.add(ids.size());
                return ids.stream().map(byId::get).toList();
            }
        }

        @Test
        void aStreamedNightGivesTheSameEventsAsListsReadingClaimsOnceThenAFewEventsAtATime() {
            SyntheticNight night = SyntheticNight.of(5_000);
            Reconciliation expected = run(night.documents(), night.claims(), night.mentions());
            CountingCorpus corpus = new CountingCorpus(night);
            List<Event> events = new ArrayList<>();
            java.util.Map<String, String> eventOfClaim = new java.util.TreeMap<>();
            java.util.Set<Thread> sinkThreads = new java.util.HashSet<>();

            new Reconciler(ReconcileSettings.defaults()).reconcile(corpus, java.util.Map.of(), (event, claimIds, signature) -> {
                sinkThreads.add(Thread.currentThread());
                events.add(event);
                claimIds.forEach(id -> eventOfClaim.put(id, event.id()));
            });
            // the events are assembled on a thread of their own, but reach the sink (the store, in the step's
            // transaction) on the caller's
            assertThat(sinkThreads).containsExactly(Thread.currentThread());
            events.sort(Reconciler.EVENT_ORDER);

            assertThat(events).isEqualTo(expected.events());
            assertThat(eventOfClaim).isEqualTo(expected.eventOfClaim());
            assertThat(corpus.claimPasses).as("claims streamed once").isEqualTo(1);
            assertThat(corpus.readsById.stream().mapToInt(Integer::intValue).sum()).as("each claim read once by id")
                    .isEqualTo(5_000);
            assertThat(corpus.readsById).as("claims read a few events at a time, never the night at once")
                    .hasSizeGreaterThan(5).allSatisfy(n -> assertThat(n).isLessThan(2 * Reconciler.CLAIMS_PER_READ));
        }

        @Test
        void mentionsThatComeBackToAnEarlierDocumentAreRefused() {
            List<Mention> scattered = new ArrayList<>(mentions(PRISON, "d-1", 0, 1, "North prison"));
            scattered.addAll(mentions(CITY, "d-2", 0, 1, "Rivertown"));
            scattered.addAll(mentions(CITY, "d-1", 50, 1, "Rivertown"));
            PlaceResolver.Builder builder = PlaceResolver.builder();

            assertThatThrownBy(() -> scattered.forEach(builder::add))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grouped by document");
        }
    }
}
