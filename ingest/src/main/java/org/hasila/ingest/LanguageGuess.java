package org.hasila.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.langdetect.opennlp.OpenNLPDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Detects a text's language with Tika's OpenNLP n-gram model (103 languages). Chosen over counting Arabic
 * letters because Persian, Urdu and Kurdish share the script and must be skipped, not read as Arabic; the
 * model loads once (about 3 s, started in the background by {@link #preload()}) and then takes a few
 * milliseconds per article.
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
        OpenNLPDetector model = DETECTORS.get();
        model.reset();
        model.addText(text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text);
        LanguageResult result = model.detect();
        String code = result.getLanguage();
        return code == null || code.isEmpty() ? null : TWO_LETTER.getOrDefault(code, code);
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
