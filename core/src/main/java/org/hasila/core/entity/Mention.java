package org.hasila.core.entity;

/**
 * A place in a document's text where an entity is named.
 *
 * @param entity   canonical entity id
 * @param document document id
 * @param start    first char index, inclusive
 * @param end      last char index, exclusive
 * @param text     exactly the text between start and end
 */
public record Mention(String entity, String document, int start, int end, String text) {
}
