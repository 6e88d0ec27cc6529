package org.hasila.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcliticsTest {

    @Test
    void readsTheWholeWordFirstThenEachStripping() {
        assertThat(Proclitics.readings("وبالحراس")).extracting(Proclitics.Reading::stem)
                .containsExactly("وبالحراس", "بالحراس", "الحراس", "حراس");
    }

    @Test
    void lamBeforeTheArticleIsWrittenLamLam() {
        assertThat(Proclitics.readings("للمرصد")).extracting(Proclitics.Reading::stem).contains("مرصد");
        assertThat(Proclitics.readings("للمرصد")).filteredOn(r -> r.stem().equals("مرصد"))
                .extracting(Proclitics.Reading::withArticle).containsExactly("المرصد");
    }

    @Test
    void neverStripsDownToOneLetter() {
        assertThat(Proclitics.readings("بك")).extracting(Proclitics.Reading::stem).containsExactly("بك");
    }
}
