package org.hasila.extract.source;

import java.util.List;
import org.hasila.core.claim.Attribution;
import org.hasila.core.entity.Entity;

/** Turns each cue of a sentence into the speaker it names or continues. */
final class CueResolver {

    /** A verb without a subject continues the previous sentence's speaker only near the sentence start. */
    private static final int OPENING_WORDS = 2;
    private static final String RELAY_FROM = "عن";
    /** أما (as for), folded: the topic it sets speaks in the verb its ف opens. */
    private static final String AS_FOR = "اما";

    private final SourceLexicon lexicon;
    private final SubjectFinder subjects;

    CueResolver(SourceLexicon lexicon, SubjectFinder subjects) {
        this.lexicon = lexicon;
        this.subjects = subjects;
    }

    /**
     * Resolutions for {@code cues} in order (null where a cue names nobody). {@code clauseStartOf} gives the
     * first word of each word's clause; {@code previous} holds the speaker of the sentence before (or none) and the
     * speakers the document named before it.
     */
    Resolution[] resolve(SentenceView s, List<Cue> cues, int[] clauseStartOf, Recall previous) {
        Resolution[] out = new Resolution[cues.size()];
        Attribution last = null;
        for (int k = 0; k < cues.size(); k++) {
            Cue cue = cues.get(k);
            int limit = k + 1 < cues.size() ? cues.get(k + 1).first() : s.size();
            out[k] = one(s, cue, limit, clauseStartOf[cue.first()], last, previous);
            if (out[k] != null) {
                last = out[k].attribution();
            }
        }
        return out;
    }

    private Resolution one(SentenceView s, Cue cue, int limit, int clauseStart, Attribution last, Recall previous) {
        switch (cue.kind()) {
            case CONTINUING:
                return inherit(last, previous);
            case ACCORDING, TRAILING:
                if (deferred(s, cue)) {
                    return null;
                }
                return named(s, subjects.after(s, cue.end(), limit, false, null), last, previous);
            case CITING:
                return named(s, subjects.after(s, cue.end(), limit, true, null), last, previous);
            case RELAY:
                return relay(s, cue, limit, clauseStart, last, previous);
            default:
                return speech(s, cue, limit, clauseStart, last, previous);
        }
    }

    private Resolution speech(SentenceView s, Cue cue, int limit, int clauseStart, Attribution last, Recall previous) {
        if (cue.kind() == CueKind.ACCUSING) {
            // "وكانت مليشيا الدعم السريع قد اتهمت الجيش": the one named before accuses; after the verb, only the first
            Head before = cue.prefixed() ? null : subjects.before(s, cue.first(), clauseStart);
            if (before != null) {
                return named(s, subjects.withDescription(s, before, cue.first()), last, previous);
            }
            Subject after = subjects.after(s, cue.end(), limit, true, null);
            if (after.heads().size() > 1) {
                Head first = after.heads().get(0);
                return named(s, new Subject(List.of(first), first.start(), first.end(), first.last() + 1), last, previous);
            }
            return after.isEmpty() ? inherit(last, previous) : named(s, beforeTheAccused(s, after), last, previous);
        }
        // English puts a speaker after its verb only right after it ("said the ministry"), never past a comma
        // ("the ministry said, adding that ..."); Arabic may ("أعلنت، مساء الإثنين، وزارة الصحة")
        boolean speakerMayFollow = !(latin(s, cue) && cue.end() < s.size() && s.gapHas(cue.end(), ",،"));
        if (cue.kind() != CueKind.SPEECH_SVO && speakerMayFollow) {
            Subject after = subjects.after(s, cue.end(), limit, true, null);
            if (!after.isEmpty() && !(latin(s, cue) && after.heads().isEmpty() && !namesAfterLatinVerb(s, after))
                    && !(latin(s, cue) && subjectOfWhatWasSaid(s, after))) {
                return named(s, after, last, previous);
            }
            Subject inverted = latin(s, cue) && cue.first() > 0 && s.gapHas(cue.first(), ",،")
                    ? subjects.latinNameAfter(s, cue.end(), limit) : null;
            if (inverted != null) {
                return named(s, inverted, last, previous); // "Gunmen killed five people, said Sundarraj P."
            }
        }
        Subject topic = cue.prefixed() ? topic(s, cue) : null;
        if (topic != null) {
            return named(s, topic, last, previous); // "أما قائد شرطة المدينة، قاسم علي خان، فقال للصحافيين إن"
        }
        // "..., Babakura Kolo, a leader of the militia that assists the military, told AFP": in English, a name before
        // an apposition set off by commas right before the verb speaks, not a noun inside the apposition
        Subject named = latin(s, cue) && !cue.prefixed() ? subjects.beforeApposition(s, cue.first()) : null;
        if (named != null) {
            return named(s, named, last, previous);
        }
        Head before = cue.prefixed() ? null : subjects.before(s, cue.first(), clauseStart);
        if (before != null) {
            return named(s, subjects.withDescription(s, before, cue.first()), last, previous);
        }
        Subject name = latin(s, cue) ? subjects.latinNameBefore(s, cue.first(), clauseStart) : null;
        if (name == null && !cue.prefixed() && !latin(s, cue)) {
            name = subjects.bodyBefore(s, cue.first(), clauseStart);
        }
        if (name == null && !cue.prefixed()) {
            name = subjects.beforeApposition(s, cue.first());
        }
        if (name == null && latin(s, cue) && !cue.prefixed()) {
            name = subjects.beforeRelative(s, cue.first()); // "A security source who asked not to be named said"
        }
        if (name != null) {
            return named(s, name, last, previous);
        }
        if (latin(s, cue) && cue.first() > 0 && lexicon.subjectPronouns.contains(s.word(cue.first() - 1))) {
            // "Seven soldiers were wounded, he said": the speaker named before
            return inherit(last, previous);
        }
        return cue.first() < OPENING_WORDS ? inherit(last, previous) : inherit(last, Recall.of(null));
    }

    /** The speaker "أما" (as for) sets before a verb of its ف ("أما الشرطة فقالت"), or null. */
    private Subject topic(SentenceView s, Cue cue) {
        for (int k = cue.first() - 1; k >= 0; k--) {
            if (s.word(k).equals(AS_FOR)) {
                Subject named = subjects.after(s, k + 1, cue.first(), true, null);
                return named.isEmpty() ? null : named;
            }
        }
        return null;
    }

    /**
     * After an English verb, unknown words name a speaker only in capitals or after an article ("said Sundarraj P.",
     * "said the hospital's director"): "said by phone", "said on Tuesday" name no one.
     */
    private boolean namesAfterLatinVerb(SentenceView s, Subject after) {
        int first = s.tokenAt(after.start());
        if (first < 0) {
            return false;
        }
        String original = s.text.original();
        char c = original.charAt(s.text.originalStart(s.tokens.get(first).start()));
        return Character.isUpperCase(c) || lexicon.articles.contains(s.word(first));
    }

    /**
     * "The ministry said the army had killed 30": in English the name after "said" with a verb of its own after it is
     * the subject of what was said, not who said it.
     */
    private boolean subjectOfWhatWasSaid(SentenceView s, Subject after) {
        int next = s.tokenAt(after.end() - 1) + 1;
        return next > 0 && next < s.size() && !s.gapHas(next, ",،.") && lexicon.auxiliaries.contains(s.word(next));
    }

    /** "واتهم الجيش الحوثيين": a name read word by word ends where the accused's name begins. */
    private static Subject beforeTheAccused(SentenceView s, Subject after) {
        int first = s.tokenAt(after.start());
        for (int k = first + 1; k >= 1 && k < s.size() && s.tokens.get(k).end() <= after.end(); k++) {
            if (s.headAt(k) != null) {
                return new Subject(List.of(), after.start(), s.tokens.get(k - 1).end(), k);
            }
        }
        return after;
    }

    private static boolean latin(SentenceView s, Cue cue) {
        return s.word(cue.first()).charAt(0) < 0x80;
    }

    /** Words of time that may stand between a verb of relaying and its عن ("قد نقلت مساء الثلاثاء عن"). */
    private static final int MAX_RELAY_GAP = 3;

    /** The عن right after a verb of relaying, or after a few function words (its time), or -1. */
    private int relayedFrom(SentenceView s, int from, int limit) {
        for (int k = from; k < Math.min(limit, from + MAX_RELAY_GAP + 1); k++) {
            if (s.word(k).equals(RELAY_FROM)) {
                return k;
            }
            if (!lexicon.functionWords.contains(s.word(k))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * نقلت رويترز عن مصدر عسكري: the original source's entity if the gazetteer knows it, the relayer's when the
     * original is an unnamed source, else none; the text spans both.
     */
    private Resolution relay(SentenceView s, Cue cue, int limit, int clauseStart, Attribution last, Recall previous) {
        Subject relayer = subjects.after(s, cue.end(), limit, true, RELAY_FROM);
        if (relayer.isEmpty() && !cue.prefixed()) {
            int from = relayedFrom(s, cue.end(), limit);
            if (from < 0) {
                // "إن فرق الإسعاف نقلت 12 جريحاً": a verb of carrying, not of relaying, with no عن after it
                return null;
            }
            Head before = subjects.before(s, cue.first(), clauseStart);
            relayer = before == null ? relayer
                    : new Subject(List.of(before), before.start(), before.end(), from);
        }
        int from = relayer.stop();
        if (from + 1 < s.size() && !s.word(from).equals(RELAY_FROM) && s.word(from + 1).equals(RELAY_FROM)
                && s.gapHas(from, "(")) {
            from++; // "نقلت وكالة الأنباء العراقية (واع) عن مدير الصحة": the relayer's abbreviation in brackets
        }
        Subject origin = from < s.size() && s.word(from).equals(RELAY_FROM)
                ? subjects.after(s, from + 1, limit, true, null) : null;
        if (origin == null || origin.isEmpty()) {
            return relayer.isEmpty() ? null : named(s, relayer, last, previous);
        }
        if (relayer.isEmpty()) {
            return named(s, origin, last, previous);
        }
        // the one relayed made the claim: "نقلت قناة المسيرة عن المتحدث باسم وزارة الصحة" is the spokesman's, whom the
        // gazetteer does not know, not the channel's; an agency's unnamed source ("نقلت رويترز عن مصدر عسكري") is the
        // agency's own sourcing. The text keeps who relayed it.
        Entity known = entityOf(origin);
        Entity entity = known != null ? known : unnamedOnly(origin) ? entityOf(relayer) : null;
        return new Resolution(s.attribution(entity == null ? null : entity.id(), relayer.start(), origin.end()), false);
    }

    /**
     * "وفق ما أفاد المرصد": the verb after ما is a cue of its own and names the source; "بحسب بيان صادر عن القيادة":
     * so does the issuer after the statement.
     */
    private boolean deferred(SentenceView s, Cue cue) {
        int i = cue.end();
        return i + 1 < s.size() && (s.word(i).equals("ما") || s.word(i).equals("لما"))
                && s.headAt(i + 1) == null && !s.inFigure(i + 1) && isVerbCue(s, i + 1)
                || i + 1 < s.size() && isCitingCue(s, i + 1); // "بحسب بيان صادر عن القيادة": the issuer names it
    }

    private boolean isCitingCue(SentenceView s, int i) {
        return lexicon.cues.stream().anyMatch(f -> f.kind() == CueKind.CITING && i + f.words().size() <= s.size()
                && java.util.stream.IntStream.range(0, f.words().size()).allMatch(k -> s.word(i + k).equals(f.words().get(k))));
    }

    private boolean isVerbCue(SentenceView s, int i) {
        return lexicon.cues.stream().anyMatch(f -> f.kind().isVerb() && f.words().size() == 1
                && (s.word(i).equals(f.words().get(0))));
    }

    private Resolution named(SentenceView s, Subject subject, Attribution last, Recall previous) {
        if (subject.isEmpty()) {
            return null;
        }
        Entity entity = entityOf(subject);
        // "the ministry said" points back; "the Ministry of Defense said" names its ministry
        boolean described = !subject.heads().isEmpty()
                && subject.end() > subject.heads().get(subject.heads().size() - 1).end();
        boolean anaphor = !subject.heads().isEmpty() && !described
                && subject.heads().stream().allMatch(h -> h.kind() == Head.Kind.ANAPHOR);
        String head = entity != null ? null : anaphor ? s.word(subject.heads().get(0).last()) : oneDefiniteWord(s, subject);
        // "ووثقت المنسقية" after "المنسقية العامة للنازحين واللاجئين": the body named before by that head noun
        Attribution byHead = head == null ? null : previous.namedWithHead(head);
        if (byHead != null) {
            return new Resolution(byHead, true);
        }
        String alias = entity == null ? null : definiteWord(s, subject);
        Attribution namedBefore = alias == null ? null : previous.namedWithHead(alias);
        if (namedBefore != null && !entity.id().equals(namedBefore.entity())) {
            // "وأضاف المرصد" after "المرصد العراقي لحقوق الإنسان": the monitor named before, not the one the word
            // names alone
            return new Resolution(namedBefore, true);
        }
        if (entity == null && anaphor) {
            Resolution back = inherit(last, previous);
            // "وأضافت الوزارة" after a witness spoke: a body points back to one who speaks for a body, not to a witness
            if (back != null && !(lexicon.bodyAnaphora.contains(head) && !forABody(back.attribution()))) {
                return back;
            }
        }
        return new Resolution(s.attribution(entity == null ? null : entity.id(), subject), false);
    }

    /**
     * Whether a speaker speaks for a body: one the gazetteer knows, or one whose first word is a speaker's head noun
     * ("وزارة الصحة"، "المتحدث باسم الشرطة"; speaker-heads.txt), not a witness, a source or a bare name.
     */
    private boolean forABody(Attribution speaker) {
        if (speaker.entity() != null || speaker.text() == null) {
            return true;
        }
        List<String> words = lexicon.words(speaker.text());
        return words.isEmpty() || lexicon.isSpeakerHead(words.get(0));
    }

    /** The word of a subject that is one definite word and no head the gazetteer knows ("المنسقية"), or null. */
    private static String oneDefiniteWord(SentenceView s, Subject subject) {
        return subject.heads().isEmpty() ? definiteWord(s, subject) : null;
    }

    /** The word of a subject that is one definite word ("المرصد"), or null. */
    private static String definiteWord(SentenceView s, Subject subject) {
        int first = s.tokenAt(subject.start());
        return first >= 0 && s.tokens.get(first).end() == subject.end() && s.word(first).startsWith("ال")
                ? s.word(first) : null;
    }

    /** The named entity of a speaker: a person if one is named (the spokesman), else the first body named. */
    private static Entity entityOf(Subject subject) {
        Head first = null;
        for (Head h : subject.heads()) {
            if (h.isPerson()) {
                return h.entity();
            }
            if (first == null && h.kind() == Head.Kind.ENTITY) {
                first = h;
            }
        }
        return first == null ? null : first.entity();
    }

    private static Resolution inherit(Attribution last, Recall previous) {
        Attribution a = last != null ? last : previous.previous();
        return a == null ? null : new Resolution(a, true);
    }

    /** A source named by unnamed-source nouns alone ("مصدر عسكري"، "مسؤولون"), not a title or a name. */
    private static boolean unnamedOnly(Subject subject) {
        return !subject.heads().isEmpty() && subject.heads().stream().allMatch(h -> h.kind() == Head.Kind.UNNAMED);
    }
}
