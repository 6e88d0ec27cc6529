package org.hasila.extract.source;

import java.util.List;
import java.util.Set;
import org.hasila.core.claim.Attribution;
import org.hasila.core.text.NormalizedText;
import org.hasila.extract.entity.EntityMatch;
import org.hasila.extract.entity.TextToken;

/** One sentence as the source rules see it: its words, the speaker-like word groups on them, the figure. */
final class SentenceView {

    /** Entity types that never state a figure: a town or a prison does not speak. */
    private static final Set<String> MUTE = Set.of("place", "facility");

    final NormalizedText text;
    final String folded;
    final List<TextToken> tokens;
    final int figureStart;
    final int figureEnd;
    private final Head[] headAt;
    private final Head[] headEndingAt;
    private final String[] words;

    /** The sentence of {@code tokens} with its speaker-like groups; the figure is set by {@link #withFigure}. */
    SentenceView(NormalizedText text, List<TextToken> tokens, List<EntityMatch> entities, List<EntityMatch> nouns) {
        this.text = text;
        this.folded = text.text();
        this.tokens = tokens;
        this.figureStart = 0;
        this.figureEnd = 0;
        this.headAt = new Head[tokens.size()];
        this.headEndingAt = new Head[tokens.size()];
        this.words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).in(folded);
        }
        for (EntityMatch m : nouns) {
            Head.Kind kind = m.entity().type().equals(SourceNouns.ANAPHOR) ? Head.Kind.ANAPHOR : Head.Kind.UNNAMED;
            int last = tokenAt(m.end() - 1);
            if (kind == Head.Kind.UNNAMED && last >= 0 && isRelationAdjective(last + 1)) {
                last++; // "مصادر قبلية", "مسؤول محلي": the adjective says which sources
            }
            place(new Head(kind, m.entity(), tokenAt(m.start()), last, m.start(),
                    Math.max(m.end(), last >= 0 ? tokens.get(last).end() : m.end())));
        }
        for (EntityMatch m : entities) {
            if (!MUTE.contains(m.entity().type())) {
                place(new Head(Head.Kind.ENTITY, m.entity(), tokenAt(m.start()), tokenAt(m.end() - 1), m.start(), m.end()));
            }
        }
    }

    private SentenceView(SentenceView sentence, int figureStart, int figureEnd) {
        this.text = sentence.text;
        this.folded = sentence.folded;
        this.tokens = sentence.tokens;
        this.figureStart = figureStart;
        this.figureEnd = figureEnd;
        this.headAt = sentence.headAt;
        this.headEndingAt = sentence.headEndingAt;
        this.words = sentence.words;
    }

    /** The same sentence looking at the figure at folded [figureStart, figureEnd); the words are shared. */
    SentenceView withFigure(int figureStart, int figureEnd) {
        return new SentenceView(this, figureStart, figureEnd);
    }

    /**
     * An Arabic adjective of relation (nisba: قبلية، محلي، عشائرية، أمنياً) right after word {@code i - 1}, with
     * nothing between: folded, it ends in يه, ي or يا after at least three letters.
     */
    private boolean isRelationAdjective(int i) {
        if (i >= words.length || gapHas(i, "،,.:;؛()\"«»")) {
            return false;
        }
        String w = words[i];
        return w.length() >= 5 && w.endsWith("يه")
                || (w.length() >= 4 && w.endsWith("ي") || w.length() >= 5 && w.endsWith("يا")) && !w.startsWith("ال")
                && w.chars().allMatch(c -> c >= 0x0620 && c <= 0x064A);
    }

    /** A named entity wins over a noun on the same words, a longer group over a shorter one. */
    private void place(Head head) {
        if (head.first() < 0 || head.last() < 0) {
            return;
        }
        Head old = headAt[head.first()];
        if (old == null || head.kind() == Head.Kind.ENTITY || head.last() > old.last()) {
            if (old != null) {
                headEndingAt[old.last()] = null;
            }
            headAt[head.first()] = head;
            headEndingAt[head.last()] = head;
        }
    }

    int size() {
        return tokens.size();
    }

    String word(int i) {
        return words[i];
    }

    Head headAt(int i) {
        return headAt[i];
    }

    Head headEndingAt(int i) {
        return headEndingAt[i];
    }

    /** Whether word {@code i} lies in the figure itself. */
    boolean inFigure(int i) {
        TextToken t = tokens.get(i);
        return t.end() > figureStart && t.start() < figureEnd;
    }

    /** Whether the text between word i-1 and word i holds one of {@code marks}. */
    boolean gapHas(int i, String marks) {
        if (i <= 0 || i >= tokens.size()) {
            return false;
        }
        for (int c = tokens.get(i - 1).end(); c < tokens.get(i).start(); c++) {
            if (marks.indexOf(folded.charAt(c)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The token holding folded offset {@code offset}, or -1. */
    int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return tokens.get(i).start() <= offset ? i : -1;
            }
        }
        return -1;
    }

    /** The first token at or after folded {@code offset}. */
    int tokenFrom(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return tokens.size();
    }

    /** An attribution whose text is the speaker's original words, without a preposition glued to them. */
    Attribution attribution(String entity, Subject subject) {
        String original = closingQuote(text.originalStart(subject.start()), text.originalEnd(subject.end()));
        return new Attribution(entity, switch (subject.glued()) {
            case NONE -> original;
            case LAM -> original.substring(afterLam(original, 0));
            case LAM_ARTICLE -> "ا" + original.substring(afterLam(original, 0));
        });
    }

    /** Past the letter ل at {@code at} and the marks written on it. */
    private static int afterLam(String original, int at) {
        int i = at + 1;
        while (i < original.length() && Character.getType(original.charAt(i)) == Character.NON_SPACING_MARK) {
            i++;
        }
        return i;
    }

    /** An attribution whose text is the original text of folded [start, end). */
    Attribution attribution(String entity, int start, int end) {
        return new Attribution(entity, closingQuote(text.originalStart(start), text.originalEnd(end)));
    }

    /**
     * The original text of [from, to), with the guillemet that closes a name quoted inside it ("مدير مستشفى «أبو علي
     * سينا»"), which folding made a space and so left out.
     */
    private String closingQuote(int from, int to) {
        String original = text.original();
        String span = original.substring(from, to);
        long opened = span.chars().filter(c -> c == '«').count() - span.chars().filter(c -> c == '»').count();
        return opened > 0 && to < original.length() && original.charAt(to) == '»' ? span + '»' : span;
    }
}
