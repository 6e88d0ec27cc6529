package org.hasila.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TyposTest {

    /** The definition: some long vowel of the name taken out leaves the text. */
    private static boolean dropsALongVowelByDefinition(String text, String name) {
        for (int i = 0; i < name.length(); i++) {
            if ("اوي".indexOf(name.charAt(i)) >= 0 && (name.substring(0, i) + name.substring(i + 1)).equals(text)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aLongVowelDroppedAnywhereInTheName() {
        assertThat(Typos.dropsALongVowel("هودن", "هودان")).isTrue();
        assertThat(Typos.dropsALongVowel("بشاور", "بيشاور")).isTrue();
        assertThat(Typos.dropsALongVowel("دلب", "ادلب")).isTrue();
        assertThat(Typos.dropsALongVowel("سوري", "سوريا")).isTrue();
        assertThat(Typos.dropsALongVowel("طاوس", "طاووس")).isTrue();
    }

    @Test
    void anotherLetterDroppedOrAnotherWordIsNot() {
        assertThat(Typos.dropsALongVowel("النارية", "الناصرية")).isFalse();
        assertThat(Typos.dropsALongVowel("هودان", "هودان")).isFalse();
        assertThat(Typos.dropsALongVowel("هدن", "هودان")).isFalse();
        assertThat(Typos.dropsALongVowel("هودا", "هودان")).isFalse();
        assertThat(Typos.dropsALongVowel("", "ا")).isTrue();
        assertThat(Typos.dropsALongVowel("", "ب")).isFalse();
    }

    @Test
    void agreesWithTheDefinitionOnRandomWords() {
        Random random = new Random(7);
        String letters = "اويبن";
        for (int trial = 0; trial < 20_000; trial++) {
            String name = word(random, letters, 1 + random.nextInt(6));
            String text = random.nextBoolean() ? word(random, letters, random.nextInt(7))
                    : without(name, random.nextInt(name.length()));
            assertThat(Typos.dropsALongVowel(text, name)).as("%s / %s", text, name)
                    .isEqualTo(dropsALongVowelByDefinition(text, name));
        }
    }

    @Test
    void aTypoIsOneEditOfALongEnoughWordAwayFromItsEnds() {
        assertThat(Typos.isTypo("الرقه", "الرفه")).isTrue();
        assertThat(Typos.isTypo("الحسكه", "الحسكة")).isFalse(); // the last letter: another word form
        assertThat(Typos.isTypo("بغدادي", "بغداد")).isFalse();
        assertThat(Typos.isTypo("النارية", "الناصرية")).isTrue();
        assertThat(Typos.isTypo("نارية", "ناصرية")).isFalse(); // five letters left of six
        assertThat(Typos.isTypo("هودن", "هودان")).isTrue(); // but a long vowel dropped is a spelling
        assertThat(Typos.isTypo("الرقة2", "الرقة1")).isFalse();
        assertThat(Typos.isTypo("الموصل", "البصرة")).isFalse();
    }

    private static String word(Random random, String letters, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(letters.charAt(random.nextInt(letters.length())));
        }
        return b.toString();
    }

    private static String without(String name, int i) {
        return name.substring(0, i) + name.substring(i + 1);
    }
}
