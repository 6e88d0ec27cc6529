package org.hasila.core.claim;

/**
 * Who stated a figure.
 *
 * @param entity canonical entity id when known (e.g. {@code org:sohr}), else {@code null}
 * @param text   the words naming the source in the text
 */
public record Attribution(String entity, String text) {
}
