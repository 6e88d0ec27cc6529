package org.hasila.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hasila.core.entity.Entity;
import org.hasila.core.entity.UnknownPlace;
import org.hasila.core.text.NormalizedText;
import org.hasila.core.text.WordMemo;

/**
 * Places the gazetteer does not know, named by a noun of custody or refuge before them ("سجن قرنادة"، "مخيم
 * الجفينة": settlement-heads.tsv, which says why settlements are left out). No list holds every prison and camp;
 * without these, such a report had no place of its own and was filed under a city it named in passing (as a dateline,
 * a reference point or where the wounded were taken), or split from the other reports of its incident.
 *
 * <p>Each becomes a place or facility of its own ({@link UnknownPlace}), whose id is made from its name as reports
 * vary it: without the article, the ta marbuta or a final alif, and its consonants as {@link PlaceKeys} reads them, so
 * that قرنادة، جرنادة and گرنادة are one, and "قرية مبالوم" is the English report's "village of Mbalom". Two reports
 * that write the name alike meet; one that writes another name does not.
 */
public final class UnknownPlaces {

    private static final String DIR = "/org/hasila/extract/entity/";
    /** The forms of أبو ("father of") that begin names, as case writes them: أبي صيدا and أبو صيدا are one. */
    private static final List<String> ABU = List.of("ابو", "ابي", "ابا");

    private final Readings readings;
    private final Map<String, String> heads = new HashMap<>();
    /** Heads of more than one word ("مؤسسة الإصلاح والتأهيل"), by their first word, as folded words, with their type. */
    private final Map<String, List<Map.Entry<List<String>, String>>> phraseHeads = new HashMap<>();
    private final Set<String> stops;
    private final Set<String> nameHeads;
    /** Each word's reading as a noun of settlement; most words are none. */
    private final WordMemo<Reading> headReadings = new WordMemo<>(200_000, this::headReading);
    private static final Reading NO_HEAD = new Reading("", false, 0);
    /** A preposition or conjunction glued to the article at a word's start ("للنازحين"، "بالمدينة"، "والقرى"). */
    private static final Pattern GLUED_ARTICLE = Pattern.compile("لل|بال|كال|وال");
    /** Letters of the shortest word a glued article heads ("بالقرب"، "للجيش"); past it, "باليل" is a name (Palel). */
    private static final int GLUED_ARTICLE_WORD = 3;
    /** The type of a phrase that holds a head but names no settlement (settlement-heads.tsv: "شبه جزيرة"). */
    private static final String NONE = "none";
    /** Each word's reading that begins a head of more than one word, or "": worked out once a word. */
    private final WordMemo<String> phraseFirst = new WordMemo<>(200_000, this::phraseFirstReading);
    /** The first words of {@link #phraseHeads}, for a quick test of a word before its readings. */
    private final String[] phraseFirsts;

    UnknownPlaces(Readings readings, Set<String> nameHeads) {
        this.readings = readings;
        this.nameHeads = nameHeads;
        for (String line : Readings.foldedLines(DIR + "settlement-heads.tsv")) {
            String[] row = line.split("\t");
            List<String> words = List.of(row[0].strip().split("\\s+"));
            if (words.size() == 1) {
                heads.put(words.get(0), row[1].strip());
            } else {
                phraseHeads.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(Map.entry(words, row[1].strip()));
            }
        }
        this.phraseFirsts = phraseHeads.keySet().toArray(String[]::new);
        this.stops = Readings.foldedLines(DIR + "settlement-stops.txt").stream()
                .map(w -> readings.inner(w).core()).collect(Collectors.toUnmodifiableSet());
    }

    /** {@code known} with the unknown places of folded [from, to) added, in text order, none overlapping a known one. */
    List<EntityMatch> addTo(NormalizedText text, int from, int to, List<EntityMatch> known) {
        String folded = text.text();
        List<TextToken> words = TextTokens.of(folded, from, to);
        List<EntityMatch> found = new ArrayList<>(known);
        int k = 0;
        for (int i = 0; i < words.size(); i++) {
            while (k < known.size() && known.get(k).end() <= words.get(i).start()) {
                k++;
            }
            String type = headType(words.get(i).in(folded));
            int headEnd = i;
            if (type == null) {
                Map.Entry<List<String>, String> phrase = phraseHeadAt(folded, words, i);
                if (phrase != null) {
                    type = phrase.getValue();
                    headEnd = i + phrase.getKey().size() - 1;
                }
            }
            if (NONE.equals(type)) {
                i = headEnd; // "شبه جزيرة أفونغي": a peninsula, no island's settlement
                continue;
            }
            if (type != null && isLatin(words.get(i).in(folded))) {
                EntityMatch latin = latinAt(text, words, i, type);
                if (latin != null && !overlaps(known, k > 0 ? k - 1 : 0, latin.start(), latin.end())) {
                    found.add(latin);
                }
                continue;
            }
            if (type == null || headEnd + 1 >= words.size()
                    || !spaceBetween(folded, words.get(headEnd), words.get(headEnd + 1))) {
                continue;
            }
            int last = nameEnd(folded, words, headEnd + 1);
            if (last < 0 || overlaps(known, k, words.get(i).start(), words.get(last).end())) {
                continue;
            }
            int start = words.get(i).start() + proclitic(words.get(i).in(folded));
            found.add(new EntityMatch(start, words.get(last).end(), entity(text, type, words, headEnd + 1, last)));
            i = last;
        }
        found.sort(Comparator.comparingInt(EntityMatch::start));
        return found;
    }

    /**
     * "the village of Mbalom", "Timirshe village", "the Kalma camp": an English noun of settlement (settlement-heads.tsv)
     * and the name in capitals after its "of" or right before it (one or two words), or null.
     */
    private EntityMatch latinAt(NormalizedText text, List<TextToken> words, int head, String type) {
        String folded = text.text();
        if (head + 2 < words.size() && words.get(head + 1).in(folded).equals("of")
                && isLatinName(text, words.get(head + 2))) {
            int last = latinNameEnd(text, words, head + 2);
            return new EntityMatch(words.get(head).start(), words.get(last).end(),
                    latinEntity(text, type, words, head + 2, last));
        }
        int first = head - 1;
        if (first < 0 || !isLatinName(text, words.get(first)) || !spaceBetween(folded, words.get(first), words.get(head))) {
            return null;
        }
        if (first > 0 && isLatinName(text, words.get(first - 1)) && spaceBetween(folded, words.get(first - 1),
                words.get(first))) {
            first--;
        }
        return new EntityMatch(words.get(first).start(), words.get(head).end(),
                latinEntity(text, type, words, first, head - 1));
    }

    /**
     * The last word of an English name from {@code first}: a second word in capitals, the word after a head of compound
     * names ("Wad", "Umm"), the word after its article ("Wad al-Naeem").
     */
    private int latinNameEnd(NormalizedText text, List<TextToken> words, int first) {
        String folded = text.text();
        int last = first;
        if (last + 1 < words.size() && spaceBetween(folded, words.get(last), words.get(last + 1))
                && (nameHeads.contains(words.get(last).in(folded)) || isLatinName(text, words.get(last + 1)))) {
            last++;
        }
        String word = words.get(last).in(folded);
        if (PlaceKeys.LATIN_ARTICLES.contains(word) && last + 1 < words.size()
                && folded.substring(words.get(last).end(), words.get(last + 1).start()).equals("-")) {
            last++;
        }
        return last;
    }

    /** A word in capitals that no list of descriptions holds ("Northern", "Refugee", "The"). */
    private boolean isLatinName(NormalizedText text, TextToken word) {
        String w = word.in(text.text());
        char first = text.original().charAt(text.originalStart(word.start()));
        return w.length() >= 3 && isLatin(w) && Character.isUpperCase(first) && !stops.contains(w);
    }

    private static boolean isLatin(String word) {
        return word.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    private static Entity latinEntity(NormalizedText text, String type, List<TextToken> words, int first, int last) {
        String name = text.original().substring(text.originalStart(words.get(first).start()),
                text.originalEnd(words.get(last).end()));
        return UnknownPlace.entity(UnknownPlace.id("facility".equals(type), PlaceKeys.ofLatin(name)), name);
    }

    /**
     * The head of more than one word that starts at word {@code i} ("مؤسسة الإصلاح والتأهيل قرنادة": the name follows
     * its last word), its first word read past its proclitics, or null.
     */
    private Map.Entry<List<String>, String> phraseHeadAt(String folded, List<TextToken> words, int i) {
        String word = words.get(i).in(folded);
        if (!holdsAPhraseHead(word)) {
            return null; // most words hold no head's first word at all: no reading of them is looked up
        }
        String first = phraseFirst.get(word);
        if (first.isEmpty()) {
            return null;
        }
        for (Map.Entry<List<String>, String> phrase : phraseHeads.get(first)) {
            List<String> rest = phrase.getKey();
            boolean all = i + rest.size() <= words.size();
            for (int w = 1; all && w < rest.size(); w++) {
                all = words.get(i + w).in(folded).equals(rest.get(w))
                        && spaceBetween(folded, words.get(i + w - 1), words.get(i + w));
            }
            if (all) {
                return phrase;
            }
        }
        return null;
    }

    private boolean holdsAPhraseHead(String word) {
        for (String first : phraseFirsts) {
            if (word.contains(first)) {
                return true;
            }
        }
        return false;
    }

    private String phraseFirstReading(String word) {
        if (!phraseHeads.isEmpty()) {
            for (Reading r : readings.leading(word)) {
                if (phraseHeads.containsKey(r.core())) {
                    return r.core();
                }
            }
        }
        return "";
    }

    /** The kind of place a word of settlement names (place, facility), read past its proclitics, or null. */
    private String headType(String word) {
        Reading head = headReadings.get(word);
        return head == NO_HEAD ? null : heads.get(head.core());
    }

    private int proclitic(String word) {
        Reading head = headReadings.get(word);
        return head == NO_HEAD ? 0 : word.length() - head.core().length();
    }

    /** The reading of a word as a noun of settlement, or {@link #NO_HEAD}: worked out once a word. */
    private Reading headReading(String word) {
        for (Reading r : readings.leading(word)) {
            if (!r.definite() && heads.containsKey(r.core())) {
                return r;
            }
        }
        return NO_HEAD;
    }

    /** The last word of the name that starts at {@code i}, or -1 when the word there names nothing. */
    private int nameEnd(String folded, List<TextToken> words, int i) {
        String word = words.get(i).in(folded);
        // "ناحية أبي صيدا"، "قرية أم صميمة": a word that begins compound names (short as أم may be) takes the next
        boolean compound = nameHeads.contains(readings.inner(word).core()) && i + 1 < words.size()
                && spaceBetween(folded, words.get(i), words.get(i + 1)) && isName(words.get(i + 1).in(folded));
        if (compound) {
            return i + 1;
        }
        return isName(word) ? i : -1;
    }

    private boolean isName(String word) {
        if (word.length() < 3 || !word.chars().allMatch(c -> c >= 0x0620 && c <= 0x064A)) {
            return false;
        }
        // "مخيم للنازحين"، "سجن بالمدينة": a preposition glued to an article is no name, unless too little follows it
        // to be a word ("بلدة باليل": Palel)
        Matcher glued = GLUED_ARTICLE.matcher(word);
        if (glued.lookingAt() && word.length() - glued.end() >= GLUED_ARTICLE_WORD) {
            return false;
        }
        // "قرية بشرق الجزيرة": nor a word of description behind a proclitic (in the east of)
        return readings.leading(word).stream().noneMatch(r -> stops.contains(r.core()));
    }

    private Entity entity(NormalizedText text, String type, List<TextToken> words, int first, int last) {
        String folded = text.text();
        StringBuilder key = new StringBuilder();
        for (int w = first; w <= last; w++) {
            String core = hamzaOnItsAlif(text, words.get(w)) ? words.get(w).in(folded)
                    : readings.inner(words.get(w).in(folded)).core();
            key.append(w > first ? " " : "").append(ABU.contains(core) ? ABU.get(0) : spelling(core));
        }
        String name = text.original().substring(text.originalStart(words.get(first).start()),
                text.originalEnd(words.get(last).end()));
        return UnknownPlace.entity(UnknownPlace.id("facility".equals(type), PlaceKeys.ofArabic(key.toString())), name);
    }

    /**
     * Whether the word opens with an alif that carries a hamza ("ألتاميرا"): its ال, which folding makes look like the
     * article, is of the name ("تامارا" is another place).
     */
    private static boolean hamzaOnItsAlif(NormalizedText text, TextToken word) {
        char first = text.original().charAt(text.originalStart(word.start()));
        return first == 'أ' || first == 'إ' || first == 'آ';
    }

    /** A name without a final ه (ta marbuta folded) or alif, which reports write or leave out. */
    private static String spelling(String core) {
        return core.length() > 3 && (core.endsWith("ه") || core.endsWith("ا")) ? core.substring(0, core.length() - 1) : core;
    }

    private static boolean spaceBetween(String folded, TextToken a, TextToken b) {
        return folded.substring(a.end(), b.start()).isBlank() && folded.substring(a.end(), b.start()).indexOf('\n') < 0;
    }

    private static boolean overlaps(List<EntityMatch> known, int from, int start, int end) {
        for (int k = from; k < known.size() && known.get(k).start() < end; k++) {
            if (known.get(k).end() > start) {
                return true;
            }
        }
        return false;
    }
}
