package org.hasila.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteContextTest {

    static final String WORD = "كلمة ";

    @Test
    void aShortTextIsShownWholeAroundTheQuote() {
        String text = "قبل الاقتباس. نص الاقتباس هنا. بعده.";
        int start = text.indexOf("نص");
        int end = text.indexOf("هنا.") + 4;

        QuoteContext q = QuoteContext.of(text, start, end, text.substring(start, end));

        assertThat(q.before()).isEqualTo("قبل الاقتباس. ");
        assertThat(q.quote()).isEqualTo("نص الاقتباس هنا.");
        assertThat(q.after()).isEqualTo(" بعده.");
        assertThat(q.cutBefore()).isFalse();
        assertThat(q.cutAfter()).isFalse();
    }

    @Test
    void aLongTextIsCutNearTheWindowAtASpaceSoNoWordIsSplit() {
        String padding = WORD.repeat(60);
        String quote = "الجملة المقتبسة";
        String text = padding + quote + " " + padding;
        int start = padding.length();

        QuoteContext q = QuoteContext.of(text, start, start + quote.length(), quote);

        assertThat(q.cutBefore()).isTrue();
        assertThat(q.cutAfter()).isTrue();
        assertThat(q.before().length()).isBetween(QuoteContext.WINDOW - WORD.length(), QuoteContext.WINDOW);
        assertThat(q.after().length()).isBetween(QuoteContext.WINDOW - WORD.length(), QuoteContext.WINDOW);
        assertThat(q.before()).startsWith("كلمة").endsWith(" ");
        assertThat(q.after()).startsWith(" ").endsWith("كلمة");
    }

    @Test
    void withoutTheDocumentTextOnlyTheQuoteIsShown() {
        QuoteContext q = QuoteContext.of(null, 3, 9, "اقتباس");

        assertThat(q.before()).isEmpty();
        assertThat(q.quote()).isEqualTo("اقتباس");
        assertThat(q.after()).isEmpty();
    }
}
