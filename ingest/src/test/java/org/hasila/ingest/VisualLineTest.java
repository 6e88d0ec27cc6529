package org.hasila.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Bidi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Visual (page) order back to typed order; ICU4J lays the lines out as a viewer would. */
class VisualLineTest {

    static String visual(String logical, int paragraph, int options) {
        return new Bidi(logical, paragraph).writeReordered(options);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "قتل ثلاثة مدنيين في قصف مدفعي",
            "أصيب 12 شخصا بينهم 4 أطفال",
            "نقلت وكالة AFP عن مصدر طبي أن الحصيلة ارتفعت",
            "قال المرصد (ومقره لندن) إن الاشتباكات تجددت",
            "وقع الانفجار في 3/5/2024 قرب الجسر."})
    void rightToLeftLineComesBackAsTyped(String logical) {
        assertThat(VisualLine.toLogical(visual(logical, Bidi.RTL, Bidi.DO_MIRRORING), true)).isEqualTo(logical);
    }

    @Test
    void bracketsStoredAsTypedRatherThanAsDrawnStayPaired() {
        String logical = "قال المرصد (ومقره لندن) إن الاشتباكات تجددت";
        assertThat(VisualLine.toLogical(visual(logical, Bidi.RTL, Bidi.REORDER_DEFAULT), true)).isEqualTo(logical);
    }

    @Test
    void lineWithoutLettersFollowsTheParagraphDirection() {
        assertThat(VisualLine.rightToLeft(".2024")).isNull();
        assertThat(VisualLine.toLogical(".2024", true)).isEqualTo("2024.");
        assertThat(VisualLine.toLogical("2024.", false)).isEqualTo("2024.");
    }

    @Test
    void arabicNameInAnEnglishLineIsReversedAlone() {
        String logical = "The statement was signed by نادر الحلبي on Sunday.";
        assertThat(VisualLine.rightToLeft(logical)).isFalse();
        assertThat(VisualLine.toLogical(visual(logical, Bidi.LTR, Bidi.DO_MIRRORING), false)).isEqualTo(logical);
    }

    @Test
    void presentationFormsAreFoldedToLetters() {
        assertThat(VisualLine.toLogical("\uFEFB \uFEA9\uFEEE\uFEA7\uFEDF\uFE8D", true)).isEqualTo("الخود لا");
    }
}
