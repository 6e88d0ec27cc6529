package org.hasila.core.entity;

/**
 * A place in a document's text where an entity is named.
 *
 * @param entity   canonical entity id
 * @param document document id
 * @param start    first char index, inclusive
 * @param end      last char index, exclusive
 * @param text     exactly the text between start and end
 * @param recalled whether it is named only in a sentence whose figures are about an earlier incident the document
 *                 recalls or a wider count ("ويأتي الحادث بعد عام على فرار 119 سجيناً من سجن سوليجا"): a place so
 *                 named is no place of the document's incident
 */
public record Mention(String entity, String document, int start, int end, String text, boolean recalled) {

    /** A mention in the document's own story. */
    public Mention(String entity, String document, int start, int end, String text) {
        this(entity, document, start, end, text, false);
    }
}
