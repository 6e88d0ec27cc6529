package org.hasila.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.langdetect.opennlp.OpenNLPDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Detects a text's language with Tika's OpenNLP n-gram model (103 languages). Chosen over counting Arabic
 * letters because Persian, Urdu and Kurdish share the script and must be skipped, not read as Arabic; the
 * model loads once (about 3 s, started in the background by {@link #preload()}) and then takes about a
 * millisecond per article. A text written in the Arabic alphabet alone, with none of the letters only those
 * languages write, is Arabic without asking the model ({@link #plainArabic}).
 */
final class LanguageGuess {

    private static final int SAMPLE_CHARS = 2000;
    private static final Map<String, String> TWO_LETTER = twoLetterCodes();
    /**
     * A detector holds the text it is given, so each thread has its own; the model they read is loaded once,
     * when the class is first initialised, and is only read after that.
     */
    private static final ThreadLocal<OpenNLPDetector> DETECTORS = ThreadLocal.withInitial(OpenNLPDetector::new);
    private static Thread loader;

    private LanguageGuess() {
    }

    /**
     * Starts loading the model on a thread of its own, so that it loads while the rest of the application starts
     * rather than when the first document waits for it. A detection before it is done waits for it (the JVM lets
     * one thread initialise a class while others wait); a model that cannot be loaded fails that detection.
     */
    static synchronized void preload() {
        if (loader == null) {
            loader = new Thread(LanguageGuess::load, "hasila-language-model");
            loader.setDaemon(true);
            loader.start();
        }
    }

    private static void load() {
        try {
            new OpenNLPDetector();
        } catch (RuntimeException | LinkageError e) {
            // the first detection meets the same failure and reports it
        }
    }

    /** ISO 639-1 code where one exists (else the model's ISO 639-3 code), or null for text without letters. */
    static String detect(String text) {
        if (text.codePoints().noneMatch(Character::isLetter)) {
            return null;
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        return plainArabic(sample) ? "ar" : model(sample);
    }

    private static String model(String sample) {
        OpenNLPDetector model = DETECTORS.get();
        model.reset();
        model.addText(sample);
        LanguageResult result = model.detect();
        String code = result.getLanguage();
        return code == null || code.isEmpty() ? null : TWO_LETTER.getOrDefault(code, code);
    }

    /**
     * True when at least nine letters in ten are letters of the Arabic alphabet (ء to ي) and none is a letter that
     * only the other languages of the script write (پ چ ژ گ ک ی ے ە ڕ ...: Persian, Urdu, Kurdish, Pashto):
     * such a text is Arabic whatever the model says, and the model costs about a millisecond a document, a fifth of
     * reading one. Any other text, Arabic with a Persian name included, goes to the model.
     */
    static boolean plainArabic(String sample) {
        int letters = 0;
        int arabic = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            if (c >= '\u0621' && c <= '\u064A' && c != '\u0640') {
                arabic++;
            } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
                return false;
            }
        }
        return letters > 0 && arabic * 10 >= letters * 9;
    }

    private static Map<String, String> twoLetterCodes() {
        Map<String, String> codes = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                codes.put(Locale.forLanguageTag(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException e) {
                // no three-letter form: the model never returns it either
            }
        }
        codes.put("pes", "fa");
        codes.put("zlm", "ms");
        codes.put("cmn", "zh");
        codes.put("ekk", "et");
        codes.put("lvs", "lv");
        codes.put("arz", "ar");
        return codes;
    }
}
