package org.hasila.extract.number;

import java.util.regex.Pattern;

/**
 * Proclitics in the number grammar: a word made of nothing but proclitics (و، بـ، الـ، وبالـ) belongs to the
 * number after it. Readings of a word without its proclitics come from {@link org.hasila.core.text.Proclitics};
 * number words ask for stems of three letters, so that short words do not read as numbers (لست is not ل + ست).
 */
final class Clitics {

    private static final Pattern ONLY_CLITICS = Pattern.compile("[وف]?(?:[بك]?(?:ال)?|ل(?:ل|ال)?)");

    private Clitics() {
    }

    /** True when the word is nothing but proclitics (و، بـ، الـ، وبالـ): it belongs to what follows. */
    static boolean onlyClitics(String word) {
        return !word.isEmpty() && ONLY_CLITICS.matcher(word).matches();
    }
}
