package org.hasila.extract.entity;

/** A run of letters or digits in folded text, at [start, end). */
public record TextToken(int start, int end) {

    public String in(String text) {
        return text.substring(start, end);
    }
}
