package org.hasila.ingest;

/** Text and metadata extracted from one file, before language detection. Metadata fields are null when absent. */
record Content(String text, String contentType, String title, String published, String author, String dateline,
               String monthDay) {

    /** Content of no year-less date line ({@link TextHeader.Header#monthDay}). */
    Content(String text, String contentType, String title, String published, String author, String dateline) {
        this(text, contentType, title, published, author, dateline, null);
    }

    /** This content with blanks filled from what the text's own first lines state. */
    Content orFrom(TextHeader.Header header) {
        String date = first(published, header.published());
        return new Content(text, contentType, first(title, header.title()), date, first(author, header.author()),
                first(dateline, header.dateline()), date == null ? header.monthDay() : null);
    }

    private static String first(String declared, String stated) {
        return declared == null || declared.isBlank() ? stated : declared.strip();
    }
}
