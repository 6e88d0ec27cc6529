package org.hasila.extract.number;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hasila.core.claim.Qualifier;
import org.hasila.core.claim.Quantity;
import org.hasila.core.text.NormalizedText;

/**
 * Finds every stated count in a text: numerals in digits or words, dual person nouns, singular ones after a
 * word of killing, wounding or arrest ("مقتل جندي" = 1) and vague quantities, each with the qualifier words that
 * bound it.
 *
 * <p>A small grammar of our own rather than ICU4J's {@code RuleBasedNumberFormat}: ICU parses only its
 * own spellings (خمسة آلاف، مائة) and fails on مئة, ثلاث, مئتين, خمسين, ثلاثمئة وأربعة وسبعين or اثني عشر
 * ألفا, and knows nothing of proclitics (بـ 121، و30), digits glued to words, duals or vague words.
 * All vocabulary lives in resource files next to this class.
 */
public final class QuantityFinder {

    /** The words that open a range (بين، between) and join its two numbers (و، and): range-words.tsv. */
    private final Set<String> rangeOpeners = new HashSet<>();
    private final Set<String> rangeJoiners = new HashSet<>();
    /** "or" between a number and the next ("ثلاثة أو أربعة"، "two or three"): range-words.tsv. */
    private final Set<String> alternatives = new HashSet<>();
    /** من, which opens a range only after a noun of what befell people (rangeEvents: سقوط، اعتقال): range-words.tsv. */
    private final Set<String> eventRangeOpeners = new HashSet<>();
    private final Set<String> rangeEvents = new HashSet<>();
    /** Fractions of a multiplier (fractions.tsv: نصف 0.5). */
    private final Map<String, Double> fractions = new HashMap<>();
    private static final long MULTIPLIER_MIN = 1000;
    /** A word of multiplying from a dozen up takes a fraction too: "half a dozen" (6). */
    private static final long WORD_MULTIPLIER_MIN = 12;

    private final DigitNumberParser digits;
    private final WordNumberParser words;
    private final VagueTable vague;
    private final DualNouns duals;
    private final SingularNouns singulars;
    private final QualifierCues cues;
    private final DateContext dates;

    private QuantityFinder(NumberLexicon lexicon, VagueTable vague, DualNouns duals, SingularNouns singulars,
                           QualifierCues cues, DateContext dates) {
        this.digits = new DigitNumberParser(lexicon);
        this.words = new WordNumberParser(lexicon);
        this.vague = vague;
        this.duals = duals;
        this.singulars = singulars;
        this.cues = cues;
        this.dates = dates;
        for (String[] row : Lexicon.rows("fractions.tsv")) {
            fractions.put(row[0], Double.valueOf(row[1]));
        }
        for (String[] row : Lexicon.rows("range-words.tsv")) {
            switch (row[1]) {
                case "opener" -> rangeOpeners.add(row[0]);
                case "event-opener" -> eventRangeOpeners.add(row[0]);
                case "event" -> rangeEvents.add(row[0]);
                case "alternative" -> alternatives.add(row[0]);
                default -> rangeJoiners.add(row[0]);
            }
        }
    }

    /** The grammar shipped in the jar; load once and share, it is immutable and thread-safe. */
    public static QuantityFinder fromClasspath() {
        DualNouns duals = DualNouns.fromClasspath();
        NumberLexicon numbers = NumberLexicon.fromClasspath();
        return new QuantityFinder(numbers, VagueTable.fromClasspath(),
                duals, SingularNouns.fromClasspath(duals, numbers), QualifierCues.fromClasspath(),
                DateContext.fromClasspath());
    }

    /** Every quantity in folded {@code text.text()} between {@code from} and {@code to}, in order. */
    public List<QuantityMatch> find(NormalizedText text, int from, int to) {
        List<Token> tokens = Tokenizer.tokenize(text.text(), from, to);
        List<QuantityMatch> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Optional<Core> found = core(tokens, i);
            if (found.isEmpty()) {
                i++;
                continue;
            }
            Core core = found.get();
            i = core.last() + 1;
            if (dates.notACount(tokens, core)) {
                continue;
            }
            Optional<Core> either = alternative(tokens, core);
            Optional<Core> range = either.isPresent() ? either : range(tokens, core);
            if (range.isPresent()) {
                i = range.get().last() + 1;
                matches.add(either.isPresent() ? alternated(text, either.get()) : ranged(text, tokens, range.get()));
            } else {
                matches.add(qualify(text, tokens, core));
            }
        }
        return List.copyOf(matches);
    }

    /** Finds all quantities of a whole text. */
    public List<QuantityMatch> find(NormalizedText text) {
        return find(text, 0, text.text().length());
    }

    private Optional<Core> core(List<Token> tokens, int i) {
        Optional<Core> core = digits.parse(tokens, i);
        if (core.isEmpty() && digits.multipliesDigitsBefore(tokens, i)) {
            return core; // "Rs1 million"، "$5 million": the multiplier of digits that count no one
        }
        if (core.isEmpty()) {
            // "يتجاوز السبعين": a definite ten after a word of bounding is a number
            boolean bounded = tokens.get(i).isWord() && cues.before(tokens, i).isPresent();
            core = words.parse(tokens, i, bounded).map(whole -> withDualAfter(tokens, fractionOf(tokens, whole)))
                    .map(whole -> withSoundNounBefore(tokens, whole));
        }
        if (core.isEmpty()) {
            core = vague.match(tokens, i);
        }
        if (core.isEmpty()) {
            core = duals.match(tokens, i).map(dual -> withNumeralTwo(tokens, dual));
        }
        if (core.isEmpty()) {
            core = singulars.match(tokens, i);
        }
        return core;
    }

    /**
     * "ثلاثة أو أربعة مسلحين"، "two or three gunmen": a number, "or" and the number after it, one more, are one figure
     * whose interval is the two (not two figures, five in all).
     */
    private Optional<Core> alternative(List<Token> tokens, Core low) {
        int or = low.last() + 1;
        if (!low.numeral() || or + 1 >= tokens.size() || !alternatives.contains(tokens.get(or).text())) {
            return Optional.empty();
        }
        return core(tokens, or + 1).filter(high -> high.numeral() && high.low() == low.low() + 1)
                .map(high -> new Core(low.first(), high.last(), low.numberStart(), high.numberEnd(), low.low(),
                        high.high(), low.source()));
    }

    /**
     * "نصف مليون"، "half a million": a fraction right before a lone multiplier (and an English "a" between) takes that
     * share of it.
     */
    private Core fractionOf(List<Token> tokens, Core whole) {
        long least = tokens.get(whole.first()).isWord() ? WORD_MULTIPLIER_MIN : MULTIPLIER_MIN;
        if (whole.first() != whole.last() || whole.low() < least) {
            return whole;
        }
        int k = whole.first() - 1;
        if (k > 0 && tokens.get(k).text().equals("a")) {
            k--;
        }
        Double share = k >= 0 && tokens.get(k).isWord() ? fractions.get(tokens.get(k).text()) : null;
        if (share == null) {
            return whole;
        }
        long value = Math.round(whole.low() * share);
        return new Core(k, whole.last(), tokens.get(k).start(), whole.numberEnd(), value, value, whole.source());
    }

    /**
     * "ما بين 60 و70"، "between 15 and 20": two numerals joined by و (and) after بين (between) are one quantity spanning both,
     * the interval between them; empty unless the second is the larger.
     */
    private Optional<Core> range(List<Token> tokens, Core low) {
        if (!low.numeral() || (low.first() == 0 || !rangeOpeners.contains(tokens.get(low.first() - 1).text())
                && !afterAnEvent(tokens, low.first() - 1)) && !englishTo(tokens, low)) {
            return Optional.empty();
        }
        int k = low.last() + 1;
        if (k >= tokens.size() || !tokens.get(k).isWord()) {
            return Optional.empty();
        }
        boolean bare = rangeJoiners.contains(tokens.get(k).text());
        if (!bare && !tokens.get(k).text().startsWith("و")) {
            return Optional.empty();
        }
        int next = bare ? k + 1 : k;
        if (next >= tokens.size()) {
            return Optional.empty();
        }
        return core(tokens, next)
                .filter(high -> high.numeral() && high.low() > low.low())
                // glued, the و must be a proclitic outside the number (وسبعين), not its first letter (واحد)
                .filter(high -> bare || high.numberStart() > tokens.get(k).start())
                .map(high -> new Core(low.first(), high.last(), low.numberStart(), high.numberEnd(),
                        low.low() * sharedMultiplier(tokens, low, high), high.high(), low.source()));
    }

    /**
     * "ما بين 60 و80 ألفاً"، "between two and three million": the multiplier word that ends the second number is the
     * first's too where the first is less than what it multiplies (60 &lt; 80); 1 otherwise ("بين 600 و1000"، "بين 500
     * و2000 شخص").
     */
    private static long sharedMultiplier(List<Token> tokens, Core low, Core high) {
        if (Character.isDigit(tokens.get(high.last()).text().charAt(0))) {
            return 1;
        }
        for (long m = 1_000_000_000L; m >= 1000; m /= 1000) {
            if (high.low() % m == 0 && high.low() / m < 1000) {
                return low.low() < high.low() / m ? m : 1;
            }
        }
        return 1;
    }

    /** The English joiner of a range that needs no opener: "160 to 190 dead", not "rose from 160 to 190". */
    private static final String TO = "to";
    private static final String FROM = "from";

    /** "The earlier estimate of 160 to 190 dead": an English number joined by "to" to the next, no "from" before it. */
    private static boolean englishTo(List<Token> tokens, Core low) {
        int k = low.last() + 1;
        return k + 1 < tokens.size() && tokens.get(k).text().equals(TO) && tokens.get(k + 1).isNum()
                && (low.first() == 0 || !tokens.get(low.first() - 1).text().equals(FROM));
    }

    /** "سقوط من 5 إلى 7"، "واعتقال من 20": من at {@code k} after a noun of what befell people, a proclitic aside. */
    private boolean afterAnEvent(List<Token> tokens, int k) {
        if (k == 0 || !eventRangeOpeners.contains(tokens.get(k).text())) {
            return false;
        }
        // the noun's readings without its proclitics, as the number words are read ("واعتقال"، "بسقوط")
        return tokens.get(k - 1).readings().stream().anyMatch(r -> rangeEvents.contains(r.stem()));
    }

    /** A number or the next one: from the first number to the end of the second; its interval is vague. */
    private static QuantityMatch alternated(NormalizedText text, Core either) {
        Quantity quantity = new Quantity(either.low(), either.high(), Qualifier.VAGUE, text.original()
                .substring(text.originalStart(either.numberStart()), text.originalEnd(either.numberEnd())));
        return new QuantityMatch(either.numberStart(), either.numberEnd(), either.numberStart(), either.numberEnd(),
                quantity, false);
    }

    /**
     * A range's match: from بين (or ما بين) to the end of its second number, or from its first number where no word
     * opens it ("160 to 190"); its interval is vague.
     */
    private QuantityMatch ranged(NormalizedText text, List<Token> tokens, Core range) {
        int lead = range.first() - 1;
        if (lead < 0 || !rangeOpeners.contains(tokens.get(lead).text())
                && !eventRangeOpeners.contains(tokens.get(lead).text())) {
            lead = range.first();
        } else if (lead > 0 && tokens.get(lead - 1).text().equals("ما")) {
            lead--;
        }
        int start = tokens.get(lead).start();
        Quantity quantity = new Quantity(range.low(), range.high(), Qualifier.VAGUE,
                text.original().substring(text.originalStart(start), text.originalEnd(range.numberEnd())));
        return new QuantityMatch(start, range.numberEnd(), range.numberStart(), range.numberEnd(), quantity, false);
    }

    /**
     * "اثنان آخران": a dual right after the numeral two repeats it and joins the same match (its number stays the
     * numeral's), so that it counts no two others of its own.
     */
    private Core withDualAfter(List<Token> tokens, Core two) {
        int next = two.last() + 1;
        if (two.low() == 2 && two.high() == 2 && next < tokens.size()) {
            Optional<Core> dual = duals.match(tokens, next);
            if (dual.isPresent() && dual.get().first() == next) {
                return new Core(two.first(), dual.get().last(), two.numberStart(), two.numberEnd(), 2, 2, two.source());
            }
        }
        return two;
    }

    /**
     * "وشرطيين اثنين": a lone "two" after a noun whose ين form is also its plural makes it the dual "two" repeats, one
     * match from the noun (DualNouns reads such a noun alone as no count).
     */
    private Core withSoundNounBefore(List<Token> tokens, Core two) {
        if (two.low() != 2 || two.high() != 2 || two.first() != two.last() || two.first() == 0) {
            return two;
        }
        return duals.soundBefore(tokens, two.first() - 1, two).orElse(two);
    }

    /** رجلين اثنين: the numeral after a dual noun repeats it and joins the same match. */
    private Core withNumeralTwo(List<Token> tokens, Core dual) {
        int next = dual.last() + 1;
        if (next < tokens.size()) {
            Optional<Core> two = words.parse(tokens, next);
            if (two.isPresent() && two.get().low() == 2 && two.get().last() == next) {
                return dual.extendTo(next, two.get().numberEnd(), Core.Source.DUAL);
            }
        }
        return dual;
    }

    private QuantityMatch qualify(NormalizedText text, List<Token> tokens, Core core) {
        int start = core.numberStart();
        int end = core.numberEnd();
        int bound = start;
        Qualifier qualifier = core.source() == Core.Source.VAGUE ? Qualifier.VAGUE : Qualifier.EXACT;
        if (qualifier == Qualifier.EXACT) {
            int lead = core.first();
            Optional<QualifierCues.Bound> before = cues.before(tokens, core.first());
            if (before.isPresent()) {
                qualifier = before.get().qualifier();
                start = before.get().start();
                lead = tokenAt(tokens, start);
            } else {
                Optional<QualifierCues.Bound> after = cues.after(tokens, core.last());
                if (after.isPresent()) {
                    qualifier = after.get().qualifier();
                    end = after.get().end();
                }
            }
            bound = start;
            int estimate = cues.estimate(tokens, lead, start);
            if (estimate >= 0) {
                start = estimate;
                qualifier = qualifier == Qualifier.EXACT ? Qualifier.APPROXIMATE : qualifier;
            }
        }
        long low = qualifier == Qualifier.AT_MOST ? 0 : core.low();
        Quantity quantity = new Quantity(low, high(core, qualifier), qualifier,
                text.original().substring(text.originalStart(start), text.originalEnd(end)));
        return new QuantityMatch(start, end, core.numberStart(), core.numberEnd(), quantity,
                core.source() == Core.Source.DUAL || core.source() == Core.Source.SINGULAR, bound);
    }

    private static Long high(Core core, Qualifier qualifier) {
        return switch (qualifier) {
            case AT_LEAST, MORE_THAN -> null;
            default -> core.high();
        };
    }

    private static int tokenAt(List<Token> tokens, int offset) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).end() > offset) {
                return k;
            }
        }
        return tokens.size() - 1;
    }
}
