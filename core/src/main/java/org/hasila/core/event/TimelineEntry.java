package org.hasila.core.event;

/** A dated statement within an event, linked to the sentence that makes it. */
public record TimelineEntry(String at, String text, String document, int start, int end) {
}
