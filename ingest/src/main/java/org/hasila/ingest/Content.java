package org.hasila.ingest;

/** Text and metadata extracted from one file, before language detection. Metadata fields are null when absent. */
record Content(String text, String contentType, String title, String published, String author, String dateline) {

    /** This content with blanks filled from what the text's own first lines state. */
    Content orFrom(TextHeader.Header header) {
        return new Content(text, contentType, first(title, header.title()), first(published, header.published()),
                first(author, header.author()), first(dateline, header.dateline()));
    }

    private static String first(String declared, String stated) {
        return declared == null || declared.isBlank() ? stated : declared.strip();
    }
}
