package org.hasila.core.entity;

/**
 * A place in a document's text where an entity is named.
 *
 * @param entity   canonical entity id
 * @param document document id
 * @param start    first char index, inclusive
 * @param end      last char index, exclusive
 * @param text     exactly the text between start and end
 * @param role     how the document names it: in the sentence of a figure about its incident, elsewhere in its story, or
 *                 only incidentally (where people went or were treated, a point of reference, or a sentence that recalls
 *                 an earlier incident or counts more): an incidental place is no place of the document's incident
 */
public record Mention(String entity, String document, int start, int end, String text, Role role) {

    /** How a document names a place; stored mentions without a role are {@link #STORY}. */
    public enum Role {
        /** In the sentence of a figure about the document's incident. */
        FIGURE,
        /** Elsewhere in the document's story. */
        STORY,
        /**
         * At the head of a section of a roundup ("سنار: أعلنت السلطات ..."): the place of an incident of its own, that
         * the section's figures are filed under.
         */
        SECTION,
        /**
         * Where people went or were treated ("نُقل الجرحى إلى مستشفى في بيشاور"), a point of reference ("على بعد 35
         * كيلومتراً غرب مدينة الأبيض"), or only in sentences of figures about an earlier incident or a wider count.
         */
        INCIDENTAL,
        /**
         * Where a party named is based ("منظمة حقوق الإنسان في إيران، ومقرها أوسلو"): no place of the story, not even of a
         * document that names no other.
         */
        SEAT
    }

    public Mention {
        role = role == null ? Role.STORY : role;
    }

    /** A mention in the document's story. */
    public Mention(String entity, String document, int start, int end, String text) {
        this(entity, document, start, end, text, Role.STORY);
    }

    /** Whether the place is named only incidentally: no place of the document's incident. */
    public boolean incidental() {
        return role == Role.INCIDENTAL || role == Role.SEAT;
    }
}
