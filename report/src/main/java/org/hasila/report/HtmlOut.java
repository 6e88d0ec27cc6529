package org.hasila.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Markup sink: {@link #markup} takes the writer's own constant tags, every other method escapes, so input text
 * can never become markup.
 */
final class HtmlOut {

    /** Shown where the report has no value. */
    static final String UNKNOWN = "—";

    private final Writer writer;

    HtmlOut(Writer writer) {
        this.writer = writer;
    }

    /** Writes trusted markup; never pass input text here. */
    HtmlOut markup(String constant) {
        try {
            writer.write(constant);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes input text, escaped. */
    HtmlOut text(String value) {
        return markup(Html.escape(value));
    }

    /** A table cell holding escaped text, or the unknown mark. */
    HtmlOut cell(String value) {
        return markup("<td>").text(value == null ? UNKNOWN : value).markup("</td>");
    }

    HtmlOut cell(Long value) {
        return cell(value == null ? null : value.toString());
    }

    /** A cell holding a number, aligned for comparing down a column. */
    HtmlOut numberCell(Long value) {
        return markup("<td class=\"num\">").text(value == null ? UNKNOWN : value.toString()).markup("</td>");
    }

    /** A table cell whose text may run in either direction (file names, Latin ids inside Arabic). */
    HtmlOut isolatedCell(String value) {
        return markup("<td><bdi>").text(value == null ? UNKNOWN : value).markup("</bdi></td>");
    }

    /** A header row of constant labels. */
    HtmlOut headerRow(String... labels) {
        markup("<thead><tr>");
        for (String label : labels) {
            markup("<th>").text(label).markup("</th>");
        }
        return markup("</tr></thead>");
    }

    /** A term and its escaped value in a description list. */
    HtmlOut entry(String term, String value) {
        return markup("<dt>").text(term).markup("</dt><dd><bdi>").text(value == null ? UNKNOWN : value)
                .markup("</bdi></dd>");
    }

    /** A cell showing a contract code by its Arabic label, with the code itself beside it for machines and search. */
    HtmlOut codeCell(String code) {
        if (code == null) {
            return cell((String) null);
        }
        return markup("<td>").text(Labels.of(code)).markup(" <span class=\"code\">").text(code)
                .markup("</span></td>");
    }
}
