package org.hasila.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hasila.core.text.TextNormalizer;
import org.junit.jupiter.api.Test;

class WorldPlacesTest {

    private static final Gazetteer GAZETTEER = Gazetteer.fromClasspath();
    private static final EntityMatcher MATCHER = new EntityMatcher(GAZETTEER);

    private static List<String> ids(String s) {
        return MATCHER.find(TextNormalizer.forMatching().normalize(s)).stream().map(m -> m.entity().id()).toList();
    }

    @Test
    void aCountryNoListWasWrittenForIsFoundUnderIcusNamesAndIsTooWideToPlaceAnIncident() {
        assertThat(ids("ارتفاع حصيلة تفجيرات سريلانكا")).containsExactly("loc:sri-lanka");
        assertThat(ids("Sri Lanka's health ministry said")).containsExactly("loc:sri-lanka");
        // the file's short forms beside ICU's names
        assertThat(ids("حريق في سجن بالفيليبين")).contains("loc:philippines");
        assertThat(GAZETTEER.countries()).contains("loc:sri-lanka", "loc:honduras").doesNotContain("loc:colombo");
    }

    @Test
    void aCityATimeZoneIsNamedAfterLiesInItsCountry() {
        assertThat(ids("انفجار في كنيسة بالعاصمة كولومبو")).containsExactly("loc:colombo");
        assertThat(GAZETTEER.placeParents()).containsEntry("loc:colombo", "loc:sri-lanka")
                .containsEntry("loc:tegucigalpa", "loc:honduras");
        // a city of a country the gazetteer lists lies in the gazetteer's own entry
        assertThat(GAZETTEER.placeParents().get("loc:mexico-city")).isEqualTo("loc:mexico");
    }

    @Test
    void aPlaceTheGazetteerNamesKeepsItsOwnEntry() {
        assertThat(ids("قصف على سوريا")).containsExactly("loc:syria");
        assertThat(GAZETTEER.entities()).filteredOn(e -> e.nameAr().equals("سوريا")).hasSize(1);
    }

    @Test
    void aNameThatIsACommonWordNamesThePlaceOnlyQualified() {
        // "بنين" is "boys", bare "عمان" is also Amman, "نوم" (Nome) is "sleep"
        assertThat(ids("هجوم على مدرسة بنين في المدينة")).isEmpty();
        assertThat(ids("رئيس جمهورية بنين")).containsExactly("loc:benin");
        assertThat(ids("وصل إلى عمان")).doesNotContain("loc:oman");
        assertThat(ids("وزير خارجية سلطنة عمان")).containsExactly("loc:oman");
        assertThat(ids("ساعات النوم")).isEmpty();
    }
}
