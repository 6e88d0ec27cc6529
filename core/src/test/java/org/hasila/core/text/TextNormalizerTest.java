package org.hasila.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = TextNormalizer.forMatching();

    @Nested
    class Folding {

        @Test
        void alefFormsYehAndTehMarbutaFoldForMatching() {
            assertThat(normalizer.fold("أحمد إلى آخر مستشفى القرية")).isEqualTo("احمد الي اخر مستشفي القريه");
        }

        @Test
        void diacriticsShaddaAndTatweelAreDropped() {
            assertThat(normalizer.fold("قُتِلَ الجنـــديُّ")).isEqualTo("قتل الجندي");
        }

        @Test
        void easternAndPersianDigitsBecomeAscii() {
            assertThat(normalizer.fold("٣٧٤ و۱۲ و١٬٢٠٠")).isEqualTo("374 و12 و1,200");
        }

        @Test
        void quotesBecomeSpacesAndLatinIsLowercased() {
            assertThat(normalizer.fold("قوات \"سوريا\" «AFP»")).isEqualTo("قوات  سوريا   afp ");
        }

        @Test
        void theSharedMatchingChainFoldsEveryCharAsItsFoldsDo() {
            TextNormalizer chain = new TextNormalizer(
                    java.util.List.of(new ArabicLetterFold(), new DigitFold(), new PunctuationFold()));
            StringBuilder all = new StringBuilder();
            for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
                all.append((char) c);
            }
            NormalizedText tabulated = normalizer.normalize(all.toString());
            NormalizedText folded = chain.normalize(all.toString());
            assertThat(tabulated.text()).isEqualTo(folded.text());
            for (int i = 0; i <= folded.text().length(); i++) {
                assertThat(tabulated.originalStart(i)).isEqualTo(folded.originalStart(i));
            }
        }
    }

    @Nested
    class OffsetMap {

        @Test
        void aFoldedSpanMapsBackToTheOriginalWords() {
            String original = "قُتِلَ خمسةُ مدنيّين أمس";
            NormalizedText text = normalizer.normalize(original);
            int start = text.text().indexOf("خمسه");
            int end = text.text().indexOf("مدنيين") + "مدنيين".length();
            assertThat(original.substring(text.originalStart(start), text.originalEnd(end))).isEqualTo("خمسةُ مدنيّين");
        }

        @Test
        void theSpanKeepsTheMarksOfItsLastLetter() {
            String original = "اثنا عشر ألفاً من";
            NormalizedText text = normalizer.normalize(original);
            int end = text.text().indexOf(" من");
            assertThat(original.substring(text.originalStart(0), text.originalEnd(end))).isEqualTo("اثنا عشر ألفاً");
        }

        @Test
        void theEndOfTheTextMapsToTheEndOfTheOriginal() {
            NormalizedText text = normalizer.normalize("مئةٌ");
            assertThat(text.originalEnd(text.text().length())).isEqualTo(4);
            assertThat(text.originalStart(text.text().length())).isEqualTo(4);
        }
    }
}
