package org.hasila.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.nodes.Element;

/**
 * A reviewer's comments in a DOCX, which Tika's SAX reader writes as paragraphs after the body like any other
 * ("مستشفى سبها يتحدث عن 9 قتلى، يرجى التحقق": a figure of the reviewer's, not of the document). They are read
 * with POI, Tika's own reader of the format, and their paragraphs removed from the body.
 */
final class DocxComments {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private DocxComments() {
    }

    /** Removes from {@code body} the paragraphs that are the text of a comment of the DOCX {@code bytes}. */
    static void remove(byte[] bytes, Element body) throws IOException {
        Set<String> comments = paragraphs(bytes);
        if (comments.isEmpty()) {
            return;
        }
        for (Element p : body.select("p")) {
            if (comments.contains(p.text().strip())) {
                p.remove();
            }
        }
    }

    private static Set<String> paragraphs(byte[] bytes) throws IOException {
        Set<String> texts = new HashSet<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            XWPFComment[] comments = document.getComments();
            if (comments == null) {
                return texts; // no part of comments
            }
            for (XWPFComment comment : comments) {
                for (XWPFParagraph paragraph : comment.getParagraphs()) {
                    String text = paragraph.getText().strip();
                    if (!text.isEmpty()) {
                        texts.add(text);
                    }
                }
            }
        }
        return texts;
    }
}
