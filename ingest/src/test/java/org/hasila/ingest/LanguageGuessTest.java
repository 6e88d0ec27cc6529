package org.hasila.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The languages of the Arabic script told apart, the Arabic alphabet alone without the model. */
class LanguageGuessTest {

    private static final String ARABIC = "قتل ثلاثة مدنيين وأصيب خمسة آخرون بقصف مدفعي على بلدة في ريف إدلب الجنوبي، "
            + "بحسب ما أفاد الدفاع المدني في بيان مساء الأربعاء.";
    private static final String PERSIAN = "سه نفر کشته و پنج نفر زخمی شدند وقتی گلوله‌ها به بازار شهر در روز جمعه اصابت"
            + " کرد، منابع محلی گفتند.";
    private static final String URDU = "شہر کے بازار میں دھماکے سے تین افراد ہلاک اور پانچ زخمی ہو گئے، پولیس نے بتایا۔";
    private static final String SORANI = "سێ کەس کوژران و پێنج کەسی تر بریندار بوون لە تەقینەوەیەک لە بازاڕی شارەکە.";

    @Test
    void theArabicAlphabetAloneIsArabicWithoutTheModel() {
        assertThat(LanguageGuess.plainArabic(ARABIC)).isTrue();
        assertThat(LanguageGuess.detect(ARABIC)).isEqualTo("ar");
    }

    @Test
    void persianUrduAndKurdishWriteLettersArabicDoesNotAndGoToTheModel() {
        assertThat(LanguageGuess.plainArabic(PERSIAN)).isFalse();
        assertThat(LanguageGuess.plainArabic(URDU)).isFalse();
        assertThat(LanguageGuess.plainArabic(SORANI)).isFalse();
        assertThat(LanguageGuess.detect(PERSIAN)).isEqualTo("fa");
        assertThat(LanguageGuess.detect(URDU)).isEqualTo("ur");
        assertThat(LanguageGuess.detect(SORANI)).isNotEqualTo("ar");
    }

    @Test
    void arabicWithAPersianNameOrMuchEnglishIsLeftToTheModelAndStillArabic() {
        String named = ARABIC + " وقال المتحدث پرویز إن الوضع هادئ.";
        String mixed = ARABIC + " The Syrian Civil Defence, known as the White Helmets, said on Wednesday.";
        assertThat(LanguageGuess.plainArabic(named)).isFalse();
        assertThat(LanguageGuess.plainArabic(mixed)).isFalse();
        assertThat(LanguageGuess.detect(named)).isEqualTo("ar");
        assertThat(LanguageGuess.detect(mixed)).isEqualTo("ar");
    }

    @Test
    void textWithoutLettersHasNoLanguage() {
        assertThat(LanguageGuess.detect("2024 - 15 / 3 ...")).isNull();
    }
}
