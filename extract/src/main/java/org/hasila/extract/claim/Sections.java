package org.hasila.extract.claim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hasila.core.entity.PlaceTree;
import org.hasila.extract.entity.EntityMatch;

/**
 * A roundup's sections: lines that open with a short head naming a place, then a colon ("سنار: أعلنت السلطات ..."،
 * "النيجر: كمين دامٍ قرب بانكيلاري"، "سيوداد خواريز (المكسيك، 2023): قُتل 17"), in a report with heads of two places or more; a short line of no such head (a
 * heading, "أرقام الأسبوع") ends a section. A figure of a section whose sentence names no place, or only a country, a
 * place the gazetteer does not know, or a region that holds the head's place, is the head's place's: each paragraph of
 * a roundup tells its own incident. A report of one place's heads has no sections.
 */
final class Sections {

    /** Words before the colon of a head: a place's name and a word or two ("أما في الفاشر:"). */
    private static final int HEAD_WORDS = 4;
    /** A bracketed part that ends a head ("(المكسيك، 2023)"). */
    private static final Pattern BRACKETED_TAIL = Pattern.compile("\\s*\\([^()\\n]*\\)\\s*$");
    /** Words of a line that stands as a heading of its own. */
    private static final int HEADING_WORDS = 8;
    private static final Sections NONE = new Sections(List.of(), List.of(), Set.of(), new PlaceTree(Map.of()));

    private final List<Integer> starts;
    private final List<String> places;
    private final Set<EntityMatch> heads;
    private final PlaceTree tree;

    private Sections(List<Integer> starts, List<String> places, Set<EntityMatch> heads, PlaceTree tree) {
        this.starts = starts;
        this.places = places;
        this.heads = heads;
        this.tree = tree;
    }

    /** Words of a line long enough to be a paragraph whatever its last mark. */
    private static final int PARAGRAPH_WORDS = 20;

    /** Whether a line is a paragraph's: it ends a sentence, or it is long. */
    private static boolean isSentence(String line) {
        String stripped = line.strip();
        return !stripped.isEmpty() && ".؟?!".indexOf(stripped.charAt(stripped.length() - 1)) >= 0
                || words(line) > PARAGRAPH_WORDS;
    }

    /** The names of places that head sections: each a place of an incident of its own. */
    Set<EntityMatch> heads() {
        return heads;
    }

    /**
     * @param entities the entities named in folded {@code text}, in order
     * @param tree     the gazetteer's places inside one another
     */
    static Sections of(String text, List<EntityMatch> entities, PlaceTree tree) {
        List<Integer> starts = new ArrayList<>();
        List<String> places = new ArrayList<>();
        Set<String> distinct = new HashSet<>();
        Set<EntityMatch> heads = new HashSet<>();
        int lineStart = 0;
        // a line of no sentence before the first sentence is the title, the byline or the dateline ("رام الله: كفاح
        // زبون"، a desk's city and its writer), never a section's head
        boolean body = false;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            String line = text.substring(lineStart, lineEnd);
            int colon = line.indexOf(':');
            // "سيوداد خواريز (المكسيك، 2023):": the country and year a head gives in brackets are no words of its own
            String prefix = colon > 0 ? BRACKETED_TAIL.matcher(line.substring(0, colon)).replaceFirst("") : null;
            if ((body || isSentence(line)) && prefix != null && !prefix.isBlank() && words(prefix) <= HEAD_WORDS
                    && prefix.chars().noneMatch(Character::isDigit)) {
                EntityMatch head = headPlace(entities, lineStart, lineStart + colon, lineEnd, tree);
                if (head != null) {
                    starts.add(lineStart);
                    places.add(head.entity().id());
                    distinct.add(head.entity().id());
                    heads.add(head);
                }
            } else if (!line.isBlank() && colon < 0 && words(line) <= HEADING_WORDS && !line.strip().endsWith(".")
                    && !starts.isEmpty()) {
                starts.add(lineStart); // a heading of no place ends the section before it
                places.add(null);
            }
            body = body || isSentence(line);
            lineStart = lineEnd + 1;
        }
        return distinct.size() < 2 ? NONE : new Sections(starts, places, Set.copyOf(heads), tree);
    }

    /**
     * The place of the figure at {@code offset} whose sentence names {@code own} (or null): the section's place where
     * the sentence names none narrower of its own, else {@code own}.
     */
    String placeOf(int offset, String own) {
        String section = null;
        for (int i = 0; i < starts.size() && starts.get(i) <= offset; i++) {
            section = places.get(i);
        }
        if (section == null || section.equals(own)) {
            return own;
        }
        // a country, or a place the gazetteer does not know, has no parent
        boolean vague = own == null || tree.parentOf(own) == null || tree.lies(section, own);
        return vague ? section : own;
    }

    /**
     * The place a head names: before its colon, unless that is a country and the line names a narrower place after
     * it ("نيجيريا: هجوم على قاعدة في واجيروكو"); null when it names none.
     */
    private static EntityMatch headPlace(List<EntityMatch> entities, int lineStart, int colon, int lineEnd,
                                         PlaceTree tree) {
        EntityMatch before = null;
        EntityMatch after = null;
        for (EntityMatch m : entities) {
            if (!isPlace(m) || m.start() < lineStart || m.end() > lineEnd) {
                continue;
            }
            String id = m.entity().id();
            if (m.end() <= colon && before == null) {
                before = m;
            } else if (m.start() > colon && after == null && !tree.topLevel(id)) {
                after = m;
            }
        }
        return before != null && tree.topLevel(before.entity().id()) && after != null ? after : before;
    }

    private static boolean isPlace(EntityMatch m) {
        String type = m.entity().type();
        return "place".equals(type) || "facility".equals(type);
    }

    private static int words(String text) {
        return text.strip().split("\\s+").length;
    }
}
