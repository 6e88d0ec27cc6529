package org.hasila.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hasila.core.text.NormalizedText;
import org.hasila.core.text.TextNormalizer;
import org.junit.jupiter.api.Test;

class UnknownPlacesTest {

    private static final EntityMatcher MATCHER = new EntityMatcher(Gazetteer.fromClasspath());

    private static List<EntityMatch> find(String s) {
        NormalizedText text = TextNormalizer.forMatching().normalize(s);
        return MATCHER.find(text);
    }

    private static List<String> ids(String s) {
        return find(s).stream().map(m -> m.entity().id()).toList();
    }

    private static List<String> names(String s) {
        NormalizedText text = TextNormalizer.forMatching().normalize(s);
        return MATCHER.find(text).stream().map(m -> m.originalText(text)).toList();
    }

    @Test
    void aPrisonOrCampTheGazetteerDoesNotKnowIsAFacilityOfItsOwn() {
        assertThat(names("ونزحت العائلات إلى مخيم الكومة، وفر 112 نزيلاً من سجن قرنادة"))
                .containsExactly("مخيم الكومة", "سجن قرنادة");
        assertThat(find("وفر 112 نزيلاً من سجن قرنادة")).extracting(m -> m.entity().type()).containsExactly("facility");
        assertThat(find("في معتقل أبي صيدا")).extracting(m -> m.entity().nameAr()).containsExactly("أبي صيدا");
        // a prison of high security names none
        assertThat(names("في أعمال شغب بسجن شديد الحراسة")).isEmpty();
        assertThat(names("هجوم على قرية قرب البلدة")).isEmpty();
        // a headline's "prison after an attack": what befell it, no name
        assertThat(names("نيجيريا.. فرار 312 نزيلاً من سجن إثر هجوم مسلح")).containsExactly("نيجيريا");
        assertThat(names("مقتل 5 في مخيم خلال اشتباكات")).isEmpty();
        // nor the region it lies in, a proclitic glued to its noun
        assertThat(find("في هجوم على قرية بإقليم كابو ديلغادو")).extracting(m -> m.entity().id())
                .containsExactly("loc:cabo-delgado");
    }

    @Test
    void aVillageNamedAfterAHouseIsNamedWhole() {
        assertThat(names("كمين في محيط بلدة بيت عانا بريف جبلة")).contains("بلدة بيت عانا");
    }

    @Test
    void reportsThatSpellTheNameAlikeMeet() {
        // Libyan ق and ج both write the g; the article and the ta marbuta come and go; أبي and أبو are one
        assertThat(ids("سجن قرنادة")).isEqualTo(ids("وبسجن جرنادة"));
        assertThat(ids("مخيم الكومة")).isEqualTo(ids("في مخيم كوما"));
        assertThat(ids("في معتقل أبي صيدا")).isEqualTo(ids("معتقل أبو صيدا"));
        assertThat(ids("مخيم الكومة")).isNotEqualTo(ids("مخيم كتم"));
        // an alif with its hamza opens the name, no article: Altamira is not Tamara
        assertThat(ids("سجن ألتاميرا")).isNotEqualTo(ids("سجن تامارا"));
        assertThat(ids("سجن ألتاميرا")).isEqualTo(ids("the Altamira prison"));
    }

    @Test
    void anEnglishReportNamesTheVillageTheArabicReportsName() {
        assertThat(names("Gunmen attacked the village of Mbalom, killing 23 people.")).containsExactly("village of Mbalom");
        assertThat(ids("Gunmen attacked the village of Mbalom.")).isEqualTo(ids("هجوم على قرية مبالوم"));
        assertThat(ids("soldiers were killed near Timirshe village")).isEqualTo(ids("قرب قرية تيميرشي"));
        assertThat(ids("Inmates escaped from Mulenge prison")).isEqualTo(ids("فر نزلاء سجن مولينغي"))
                .singleElement().asString().startsWith("fac:u-");
        // another name is another place; words in capitals that describe are no name
        assertThat(ids("the village of Mbalom")).isNotEqualTo(ids("the village of Yelwata"));
        assertThat(ids("The village was attacked. Northern camp residents fled.")).isEmpty();
    }

    @Test
    void anEnglishReportNamesTheSmallTownTheArabicReportsName() {
        assertThat(ids("The unit was attacked near the town of Koutougou."))
                .isEqualTo(ids("قتل 17 جنديا في بلدة كوتوغو"))
                .singleElement().asString().startsWith("loc:u-");
        assertThat(ids("The town was shelled.")).isEmpty();
    }

    @Test
    void aWaterOfNameIsNamedWhole() {
        assertThat(ids("قتل 50 شخصاً في بلدة ماي كادرا")).isNotEqualTo(ids("قتل ثلاثة في بلدة ماي عيني"));
        assertThat(ids("قتل 50 شخصاً في بلدة ماي كادرا")).isEqualTo(ids("Gunmen killed 50 in the town of Mai Kadra"));
    }

    @Test
    void aNameThatOpensLikeAPrepositionAndTheArticleIsStillAName() {
        assertThat(ids("قتل ثلاثة أشخاص في بلدة باليل قرب الحدود")).hasSize(1);
        assertThat(ids("نزح السكان إلى مخيم للجيش وقرية بالقرب من المدينة")).isEmpty();
    }

    @Test
    void aPeninsulaIsNoIsland() {
        assertThat(ids("سحبت الشركة موظفيها من موقع المشروع في شبه جزيرة أفونغي")).isEmpty();
        assertThat(ids("قتل مسلحون 12 صياداً في جزيرة كايغا")).hasSize(1);
    }

    @Test
    void anEnglishPIsTheArabicBa() {
        assertThat(ids("قتل مسلحون 26 سائحاً في بلدة باهالغام")).isNotEmpty()
                .isEqualTo(ids("Gunmen killed 26 tourists in the town of Pahalgam"));
    }

    @Test
    void theKeyOfANameKeepsItsConsonantsWhicheverScriptWritesIt() {
        assertThat(PlaceKeys.ofArabic("أوتشولونيا")).isEqualTo(PlaceKeys.ofLatin("Ocholonya"));
        assertThat(PlaceKeys.ofArabic("كنجيريا")).isEqualTo(PlaceKeys.ofLatin("Kindjiria"));
        assertThat(PlaceKeys.ofArabic("قرنادة".substring(0, 5))).isEqualTo(PlaceKeys.ofLatin("Gurnada"));
        assertThat(PlaceKeys.ofArabic("هورتي")).isNotEqualTo(PlaceKeys.ofArabic("ميانغو"));
        // Arabic writes p as ب and v as ف
        assertThat(PlaceKeys.ofArabic("باهالغام")).isEqualTo(PlaceKeys.ofLatin("Pahalgam"));
        assertThat(PlaceKeys.ofArabic("فاسلوي")).isEqualTo(PlaceKeys.ofLatin("Vaslui"));
        // a name of one consonant keeps its vowels
        assertThat(PlaceKeys.ofLatin("Awa")).isNotEqualTo(PlaceKeys.ofLatin("Ewu"));
    }

    @Test
    void aDescriptionIsNoNameAndAKnownPlaceStaysKnown() {
        assertThat(ids("ونزح السكان إلى مخيم للنازحين وسجن مركزي ومخيم مؤقت")).isEmpty();
        assertThat(ids("هاجم مسلحون سجن الصناعة في حي غويران")).containsExactly("fac:sinaa-prison", "loc:ghwayran");
        // a town or village no list holds is a place of its own; one the gazetteer knows stays known
        assertThat(ids("قصف على بلدة الكومة")).singleElement().asString().startsWith("loc:u-");
        assertThat(ids("هجوم على قرية أم صميمة")).singleElement().asString().startsWith("loc:u-");
        assertThat(ids("قصف على بلدة برعشيت")).containsExactly("loc:baraachit");
        // a word of description behind a proclitic is no name either ("in the east of")
        assertThat(names("هجوم على قرية بشرق الولاية")).isEmpty();
        assertThat(names("هجوم على قرية بوسعادة")).containsExactly("قرية بوسعادة");
    }

    @Test
    void aHeadOfSeveralWordsNamesThePlaceAfterIt() {
        // Libya's prisons are "institutions of reform and rehabilitation"; the name alone makes the id
        assertThat(names("فر 112 سجيناً من مؤسسة الإصلاح والتأهيل قرنادة قرب شحات"))
                .contains("مؤسسة الإصلاح والتأهيل قرنادة");
        assertThat(ids("من مؤسسة الإصلاح والتأهيل قرنادة")).isEqualTo(ids("من سجن قرنادة"));
        assertThat(ids("ونقلوا إلى مؤسسة الإصلاح والتأهيل في المدينة")).isEmpty();
    }
}
