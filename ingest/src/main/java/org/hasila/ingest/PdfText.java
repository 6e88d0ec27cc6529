package org.hasila.ingest;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** The text of a PDF, line by line in logical order, right-to-left lines included. */
final class PdfText {

    private PdfText() {
    }

    static String text(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new RtlPdfStripper().getText(document);
        }
    }
}
