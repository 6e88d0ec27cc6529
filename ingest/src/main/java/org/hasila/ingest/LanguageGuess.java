package org.hasila.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.langdetect.opennlp.OpenNLPDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Detects a text's language with Tika's OpenNLP n-gram model (103 languages). Chosen over counting Arabic
 * letters because Persian, Urdu and Kurdish share the script and must be skipped, not read as Arabic; the
 * model loads once (about 4 s) and then takes a few milliseconds per article.
 */
final class LanguageGuess {

    private static final int SAMPLE_CHARS = 2000;
    private static final Map<String, String> TWO_LETTER = twoLetterCodes();
    private static OpenNLPDetector detector;

    private LanguageGuess() {
    }

    /** ISO 639-1 code where one exists (else the model's ISO 639-3 code), or null for text without letters. */
    static synchronized String detect(String text) {
        if (text.codePoints().noneMatch(Character::isLetter)) {
            return null;
        }
        OpenNLPDetector model = model();
        model.reset();
        model.addText(text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text);
        LanguageResult result = model.detect();
        String code = result.getLanguage();
        return code == null || code.isEmpty() ? null : TWO_LETTER.getOrDefault(code, code);
    }

    private static OpenNLPDetector model() {
        if (detector == null) {
            try {
                OpenNLPDetector loaded = new OpenNLPDetector();
                loaded.loadModels();
                detector = loaded;
            } catch (IOException e) {
                throw new UncheckedIOException("language model could not be loaded", e);
            }
        }
        return detector;
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
