package org.hasila.extract.entity;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The key of a name the gazetteer does not know, the same for its Arabic and its Latin spelling: "قرية مبالوم" and
 * "the village of Mbalom", "تيميرشي" and "Timirshe village" are one place. ICU romanizes the Arabic (Arabic-Latin,
 * then ASCII); both spellings then keep their consonants only, each sound as one letter whichever way it is written
 * (sh and ch, kh, the g of ج، ق and غ as Latin g, j or q, the k of ك and Latin c, the p and v Arabic writes as ب and
 * ف: "باهالغام" is Pahalgam), doubled letters once. Vowels, and the و and ي Arabic writes for them, are left out:
 * outlets spell them each their own way.
 */
final class PlaceKeys {

    /** The Arabic article as English writes it, which the Arabic key leaves out too ("Wad al-Naeem", "as-Suki"). */
    static final Set<String> LATIN_ARTICLES = Set.of("al", "el", "as", "ash", "ad", "ar", "an", "at", "az");
    private static final Pattern ARTICLE = Pattern.compile("\\b(?:" + String.join("|", LATIN_ARTICLES) + ")-");
    private static final Pattern VOWELS = Pattern.compile("[aeiouyw'`]");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z ]");
    private static final Pattern DOUBLED = Pattern.compile("([a-zA-Z])\\1+");
    private static final int MIN_CONSONANTS = 2;

    /** ICU's transliterators may not be shared between threads; one for each. */
    private static final ThreadLocal<Transliterator> ROMAN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Arabic-Latin; Latin-ASCII; Lower"));

    private PlaceKeys() {
    }

    /** The key of a name written in Arabic letters. */
    static String ofArabic(String name) {
        return ofLatin(ROMAN.get().transliterate(name));
    }

    /**
     * The key of a name written in Latin letters; a name of fewer than {@value #MIN_CONSONANTS} consonants keeps its
     * vowels too, so that short names ("Awa", "Ewu") do not all meet.
     */
    static String ofLatin(String name) {
        String bare = ARTICLE.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("");
        String letters = NOT_LETTERS.matcher(bare).replaceAll("").strip();
        String consonants = consonants(letters);
        return consonants.replace(" ", "").length() < MIN_CONSONANTS ? letters : consonants;
    }

    private static String consonants(String letters) {
        String s = letters;
        s = s.replace("tsh", "S").replace("sh", "S").replace("ch", "S").replace("kh", "X").replace("gh", "g")
                .replace("th", "t").replace("dh", "d").replace("dj", "j").replace("ph", "f").replace("ck", "k");
        s = s.replace('q', 'g').replace('j', 'g').replace('c', 'k').replace('p', 'b').replace('v', 'f');
        s = VOWELS.matcher(s).replaceAll("");
        return DOUBLED.matcher(s).replaceAll("$1").strip();
    }
}
