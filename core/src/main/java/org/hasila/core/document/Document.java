package org.hasila.core.document;

import java.util.List;

/**
 * One input document after ingest: its identity, metadata and extracted plain text.
 *
 * @param id          content-derived id ({@code d-} + 12 hex digits of the SHA-256 of the file's bytes)
 * @param file        path relative to the input folder of the first file that held this content
 * @param files       every relative path that held identical content, in order
 * @param sha256      hex SHA-256 of the file's bytes
 * @param contentType detected media type, with charset for text
 * @param language    ISO 639-1 code, or {@code null} when unknown
 * @param title       title from metadata or the text, or {@code null}
 * @param published   ISO-8601 date or date-time of publication, or {@code null}; never guessed
 * @param author      author or byline, or {@code null}
 * @param dateline    city of the dateline, or {@code null}
 * @param monthDay    the month and day of a date line that names no year ("BEIRUT, Sept 18 (Reuters) -"), as ISO-8601
 *                    writes a date without its year ({@code --09-18}), when {@code published} is unknown; else {@code null}
 * @param status      what the pipeline did with the document
 * @param error       one-line reason when quarantined or skipped, else {@code null}
 * @param text        the extracted plain text; every offset in the report indexes into it
 */
public record Document(String id, String file, List<String> files, String sha256, String contentType,
                       String language, String title, String published, String author, String dateline,
                       String monthDay, DocumentStatus status, String error, String text) {

    public Document {
        files = files == null ? List.of(file) : List.copyOf(files);
        text = text == null ? "" : text;
    }

    /** A document whose date line, if any, named its year or no date at all. */
    public Document(String id, String file, List<String> files, String sha256, String contentType, String language,
                    String title, String published, String author, String dateline, DocumentStatus status,
                    String error, String text) {
        this(id, file, files, sha256, contentType, language, title, published, author, dateline, null, status, error,
                text);
    }

    /** This document with another status and reason, text kept. */
    public Document withStatus(DocumentStatus newStatus, String reason) {
        return new Document(id, file, files, sha256, contentType, language, title, published, author, dateline,
                monthDay, newStatus, reason, text);
    }

    /** This document with another text (e.g. empty, to store metadata apart from a large text). */
    public Document withText(String newText) {
        return new Document(id, file, files, sha256, contentType, language, title, published, author, dateline,
                monthDay, status, error, newText);
    }

    /** This document as held by these files (relative paths, the first one naming it). */
    public Document withFiles(List<String> paths) {
        return new Document(id, paths.get(0), paths, sha256, contentType, language, title, published, author,
                dateline, monthDay, status, error, text);
    }
}
