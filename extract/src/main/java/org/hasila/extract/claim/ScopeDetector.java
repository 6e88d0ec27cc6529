package org.hasila.extract.claim;

import java.util.List;
import org.hasila.core.claim.Scope;

/**
 * A figure whose clause speaks of more than the incident (all the prisons of a region, a year, the
 * war since 2011) is WIDER; one whose clause recalls an earlier, different incident ("تفجير مماثل في تشرين
 * الأول الماضي", "العام الماضي") is EARLIER; any other is about the INCIDENT.
 */
final class ScopeDetector {

    private final Lexicons lexicons;

    ScopeDetector(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    Scope scope(SentenceView view, Candidate c) {
        List<Word> words = view.words();
        int start = view.clauseStart(c.first);
        int end = view.clauseEnd(c.last);
        // "تصعيد منذ مطلع الشهر، قتل خلاله 70": a clause that points back (خلاله) takes the period named before it
        int from = refersBack(words, start, end) ? 0 : start;
        if (!lexicons.widerScope().all(words, from, end).isEmpty()) {
            return Scope.WIDER;
        }
        if (!lexicons.earlierIncident().all(words, start, end).isEmpty()) {
            return Scope.EARLIER;
        }
        for (int i = start; i + 1 < end; i++) {
            if (Stems.matches(words.get(i).text(), "منذ") && isYear(words.get(i + 1))) {
                return Scope.WIDER;
            }
        }
        return Scope.INCIDENT;
    }

    private static boolean refersBack(List<Word> words, int start, int end) {
        for (int i = start; i < end; i++) {
            String w = words.get(i).text();
            if (w.equals("خلاله") || w.equals("خلالها") || w.equals("خلالهما") || w.equals("خلالهم")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isYear(Word w) {
        if (!w.isDigits() || w.text().length() != 4) {
            return false;
        }
        int year = Integer.parseInt(w.text());
        return year >= 1900 && year <= 2100;
    }
}
