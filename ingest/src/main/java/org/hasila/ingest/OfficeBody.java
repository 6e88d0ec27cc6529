package org.hasila.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The text of an office document's body as Tika writes it in XHTML, read as a web page's article is ({@link BlockText}),
 * without what some of Tika's readers write into the running text besides it: a reviewer's comment inline ("Comment by
 * ...: ...", which may state figures of its own) and the marks of footnotes ("[footnoteRef:1]", "[1]"); the notes
 * themselves follow the text, as Tika writes them after the body. Tika's reader of DOCX that leaves out deleted text
 * writes comments as paragraphs after the body, like any other: {@link DocxComments} removes those.
 */
final class OfficeBody {

    /** Tika writes a comment after a tab at the end of the paragraph it is anchored to. */
    private static final Pattern COMMENT = Pattern.compile("\\tComment by [^\\n]*");
    /** "[footnoteRef:1]", or "[1]" glued to the word or mark it follows. */
    private static final Pattern NOTE_MARK =
            Pattern.compile("\\[(?:footnote|endnote)Ref:\\d+]|(?<=[\\p{L}\\p{M}\\p{N}.،,])\\[\\d{1,3}]");

    private OfficeBody() {
    }

    static String text(Element body) {
        for (TextNode node : allTextNodes(body)) {
            String text = node.getWholeText();
            String kept = NOTE_MARK.matcher(COMMENT.matcher(text).replaceAll("")).replaceAll("");
            if (!kept.equals(text)) {
                node.text(kept);
            }
        }
        return BlockText.of(body);
    }

    private static List<TextNode> allTextNodes(Element body) {
        List<TextNode> nodes = new ArrayList<>();
        body.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                nodes.add(text);
            }
        });
        return nodes;
    }
}
