package org.hasila.core.event;

/** A finding about a figure, with a stable code for machines and a sentence for people. */
public record Note(String code, String message) {
}
